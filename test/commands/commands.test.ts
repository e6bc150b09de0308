import { readFileSync } from "node:fs";
import * as path from "node:path";

type CommandsModule = typeof import("../../src/commands/commands");

interface FakeOffice {
  onReady: jest.Mock;
  actions: { associate: jest.Mock };
  addin?: { showAsTaskpane: jest.Mock };
}

const globals = globalThis as unknown as { Office?: FakeOffice; window?: EventTarget };

/** The bits of Office.js the commands touch, as Excel's shared runtime provides them. */
function installOffice(host: string | null): FakeOffice {
  const office: FakeOffice = {
    onReady: jest.fn((callback: (info: { host: string | null }) => void) => {
      callback({ host });
      return Promise.resolve({ host });
    }),
    actions: { associate: jest.fn() },
    addin: { showAsTaskpane: jest.fn(() => Promise.resolve()) },
  };
  globals.Office = office;
  // The task pane's window; Node has EventTarget and CustomEvent but no window.
  globals.window = new EventTarget();
  return office;
}

/** Loads src/commands/commands.ts afresh, as the page does once Office.js is there. */
function loadCommands(): CommandsModule {
  let loaded: CommandsModule | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require("../../src/commands/commands") as CommandsModule;
  });
  return loaded!;
}

function fakeEvent(): Office.AddinCommands.Event & { completed: jest.Mock } {
  return { completed: jest.fn(), source: { id: "LedgerBpjs.MonthlyRecap" } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

function noticesOn(target: EventTarget, name: string): unknown[] {
  const seen: unknown[] = [];
  target.addEventListener(name, (event) => seen.push((event as CustomEvent).detail));
  return seen;
}

afterEach(() => {
  delete globals.Office;
  delete globals.window;
  jest.restoreAllMocks();
});

describe("ribbon command registration", () => {
  it("associates the monthly recap handler under the FunctionName of the manifest's button", () => {
    const office = installOffice("Excel");
    const commands = loadCommands();
    const manifest = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    const functionNames = [...manifest.matchAll(/<FunctionName>([^<]*)<\/FunctionName>/g)].map((m) => m[1]);

    expect(functionNames).toEqual([commands.MONTHLY_RECAP_ACTION]);
    expect(office.actions.associate).toHaveBeenCalledTimes(1);
    expect(office.actions.associate).toHaveBeenCalledWith("monthlyRecap", commands.monthlyRecap);
  });

  it("associates nothing outside Office, where onReady reports no host", () => {
    const office = installOffice(null);
    loadCommands();
    expect(office.actions.associate).not.toHaveBeenCalled();
  });
});

describe("monthlyRecap", () => {
  it("opens the task pane, then posts the coming-soon notice in both languages, and completes", async () => {
    const office = installOffice("Excel");
    const { monthlyRecap, NOTICE_EVENT } = loadCommands();
    const notices = noticesOn(globals.window!, NOTICE_EVENT);
    const event = fakeEvent();
    office.addin!.showAsTaskpane.mockImplementation(() => {
      expect(notices).toEqual([]); // the notice goes to a pane that is open
      return Promise.resolve();
    });

    await monthlyRecap(event);

    expect(NOTICE_EVENT).toBe("ledger-bpjs:notice");
    expect(office.addin!.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([{ id: "Rekap bulanan segera hadir.", en: "Monthly recap is coming soon." }]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes, without a notice, when the task pane cannot be opened", async () => {
    const office = installOffice("Excel");
    const { monthlyRecap, NOTICE_EVENT } = loadCommands();
    const notices = noticesOn(globals.window!, NOTICE_EVENT);
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    office.addin!.showAsTaskpane.mockRejectedValue(new Error("host refused"));
    const event = fakeEvent();

    await expect(monthlyRecap(event)).resolves.toBeUndefined();

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([]);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("monthly recap"), expect.any(Error));
  });

  it("completes when Office.addin is missing and the call throws at once", async () => {
    const office = installOffice("Excel");
    const { monthlyRecap } = loadCommands();
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    delete office.addin;
    const event = fakeEvent();

    await monthlyRecap(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes when posting the notice throws", async () => {
    installOffice("Excel");
    const { monthlyRecap } = loadCommands();
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    jest.spyOn(globals.window!, "dispatchEvent").mockImplementation(() => {
      throw new Error("no pane listening");
    });
    const event = fakeEvent();

    await monthlyRecap(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
