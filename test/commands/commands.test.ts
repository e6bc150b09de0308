import { readFileSync } from "node:fs";
import * as path from "node:path";
import { dayOf, type Day } from "../../src/core/dates";
import { generateParticipantLedger, type GeneratedLedger } from "../../src/fixtures/ledgers";
import { WorkbookModel } from "../excel-double/excel-double";
import { useWorkbook } from "../excel-double/office-client";

type CommandsModule = typeof import("../../src/commands/commands");

interface FakeOffice {
  onReady: jest.Mock;
  actions: { associate: jest.Mock };
  addin?: { showAsTaskpane: jest.Mock };
  context?: { requirements: { isSetSupported(name: string, version?: string): boolean } };
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
    // Excel on the web today: every requirement set the add-in asks about.
    context: { requirements: { isSetSupported: () => true } },
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

/** Only Date is faked: the command's "this month" is November 2026 whatever the machine's clock says. */
function useNovember2026(): void {
  jest.useFakeTimers({ now: new Date(2026, 10, 23, 10, 0, 0), doNotFake: ["nextTick", "setImmediate", "setTimeout", "setInterval", "clearTimeout", "clearInterval", "clearImmediate", "queueMicrotask", "hrtime", "performance"] });
}

/** Excel, as the test double, seeded with a generated participant ledger on the active sheet. */
function installWorkbook(ledger: GeneratedLedger, options: { protectedRecap?: boolean } = {}): WorkbookModel {
  const book = new WorkbookModel([{ name: "Catatan", values: [["catatan"]] }, { name: "Peserta", values: ledger.values as unknown[][], formats: ledger.formats }]);
  if (options.protectedRecap) book.addSheet({ name: "Rekap 2026-11", values: [["lama"]], protected: true });
  book.active = "Peserta";
  useWorkbook(book);
  return book;
}

describe("monthlyRecap", () => {
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as unknown as { Excel?: unknown }).Excel;
  });

  const ledger = generateParticipantLedger({ rows: 3_000, seed: 1123, refDate: dayOf(2026, 11, 23) as Day });
  const expected = ledger.expectedRecap(2026, 11);

  it("creates Rekap 2026-11 from the active sheet with the table, the chart and the print queue, then updates it in place", async () => {
    useNovember2026();
    const office = installOffice("Excel");
    const book = installWorkbook(ledger);
    const { monthlyRecap, NOTICE_EVENT } = loadCommands();
    const notices = noticesOn(globals.window!, NOTICE_EVENT) as { id: string; en: string }[];
    const event = fakeEvent();

    await monthlyRecap(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(office.addin!.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(notices[0].id).toBe("Menyusun rekap 2026-11…");
    expect(notices[notices.length - 1].id).toMatch(/^Rekap selesai: lembar "Rekap 2026-11", \d+ perusahaan/);
    const sheet = book.sheet("Rekap 2026-11");
    const firstSyncs = book.syncCount;
    expect(firstSyncs).toBeLessThanOrEqual(25);

    // The company table: header on row 4, one row per company as the generator counts them, then TOTAL.
    const width = 12;
    const header = book.read("Rekap 2026-11", "A4:L4")[0];
    expect(header[0]).toBe("NPP");
    const keys = ["npp", "company", "ro", "active", "joined", "left", "awaitingDeactivation", "overdue", "kpj", "invalidRows", "duplicateRows", "deltaActive"] as const;
    const rows = book.read("Rekap 2026-11", `A5:L${4 + expected.companies.length}`);
    expect(rows).toEqual(expected.companies.map((c) => keys.map((k) => c[k])));
    const total = book.read("Rekap 2026-11", `A${5 + expected.companies.length}:L${5 + expected.companies.length}`)[0];
    expect(total[0]).toBe("TOTAL");
    expect(total[3]).toBe(expected.companies.reduce((n, c) => n + c.active, 0));
    // NPPs stay text (leading zeros kept), never numbers.
    for (let r = 4; r < 4 + expected.companies.length; r++) expect(typeof sheet.value(r, 0)).toBe("string");

    const recapTable = book.tables.find((t) => t.name === "Rekap_2026_11")!;
    expect(recapTable.rect).toEqual({ r: 3, c: 0, rows: expected.companies.length + 1, cols: width });
    const queueTable = book.tables.find((t) => t.name === "AntreanCetak_2026_11");
    expect(queueTable !== undefined).toBe(expected.printQueue.length > 0);
    if (queueTable) {
      const q = book.read("Rekap 2026-11", `A${queueTable.rect.r + 2}:E${queueTable.rect.r + 1 + expected.printQueue.length}`);
      expect(q.map((r) => [r[0], r[1], r[2]])).toEqual(expected.printQueue.map((p) => [p.npp, p.company, p.newWorkers]));
    }
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ name: "KPJ per perusahaan", type: "BarClustered", title: "Kartu KPJ per perusahaan" });
    const chartData = book.read("Rekap 2026-11", "N4:O4")[0];
    expect(chartData).toEqual(["Perusahaan", "Kartu KPJ"]);
    expect(book.runs.some((r) => r.undoGroup)).toBe(true);

    // Again: the same sheet object, cleared and rewritten, still one table of each and one chart.
    book.resetCounts();
    const again = fakeEvent();
    await monthlyRecap(again);
    expect(again.completed).toHaveBeenCalledTimes(1);
    expect(book.sheet("Rekap 2026-11")).toBe(sheet);
    expect(book.sheets.filter((s) => s.name.startsWith("Rekap"))).toHaveLength(1);
    expect(book.tables.map((t) => t.name).sort()).toEqual(["Rekap_2026_11", ...(queueTable ? ["AntreanCetak_2026_11"] : [])].sort());
    expect(sheet.charts).toHaveLength(1);
    expect(book.read("Rekap 2026-11", `A5:L${4 + expected.companies.length}`)).toEqual(rows);
    // Updating adds only the checks for the sheet's protection, old tables and chart.
    expect(book.syncCount).toBeLessThanOrEqual(firstSyncs + 4);
    console.log(`recap of 3,000 rows: ${firstSyncs} syncs to create, ${book.syncCount} to update`);
    expect(book.sheet("Log Ledger BPJS").value(2, 1)).toBe("Rekap bulanan");
  });

  it("keeps a company named like a formula as text", async () => {
    useNovember2026();
    installOffice("Excel");
    const values = ledger.values.map((r) => [...r]);
    const nppColumn = values[0].indexOf("NPP");
    const companyColumn = values[0].findIndex((h) => /perusahaan/i.test(String(h)));
    const npp = values[1][nppColumn];
    for (const row of values.slice(1)) if (row[nppColumn] === npp) row[companyColumn] = "=SUM(A1)";
    const book = installWorkbook({ ...ledger, values });
    const { monthlyRecap } = loadCommands();
    await monthlyRecap(fakeEvent());
    const sheet = book.sheet("Rekap 2026-11");
    const used = sheet.usedRect()!;
    let found = 0;
    for (let r = 0; r < used.rows; r++)
      for (let c = 0; c < used.cols; c++) {
        expect(sheet.isFormula(r, c)).toBe(false);
        if (sheet.value(r, c) === "=SUM(A1)") found++;
      }
    expect(found).toBeGreaterThan(0);
  });

  it("says why and completes when the recap sheet is protected", async () => {
    useNovember2026();
    installOffice("Excel");
    const book = installWorkbook(ledger, { protectedRecap: true });
    const { monthlyRecap, NOTICE_EVENT } = loadCommands();
    const notices = noticesOn(globals.window!, NOTICE_EVENT) as { id: string; en: string }[];
    const event = fakeEvent();
    await monthlyRecap(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices[notices.length - 1].en).toMatch(/^No recap made\. Ledger BPJS's sheet "Rekap 2026-11" is protected/);
    expect(book.read("Rekap 2026-11", "A1")).toEqual([["lama"]]);
  });

  it("says why and completes when there is no ledger", async () => {
    useNovember2026();
    installOffice("Excel");
    const book = new WorkbookModel([{ name: "Kosong" }]);
    useWorkbook(book);
    const { monthlyRecap, NOTICE_EVENT } = loadCommands();
    const notices = noticesOn(globals.window!, NOTICE_EVENT) as { id: string; en: string }[];
    const event = fakeEvent();
    await monthlyRecap(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices[notices.length - 1].id).toContain("Lembar ini kosong");
  });

  it("still runs, and completes, when the task pane cannot be opened", async () => {
    useNovember2026();
    const office = installOffice("Excel");
    installWorkbook(ledger);
    office.addin!.showAsTaskpane.mockRejectedValue(new Error("host refused"));
    const { monthlyRecap } = loadCommands();
    const event = fakeEvent();
    await expect(monthlyRecap(event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes when Excel itself fails and posting the notice throws", async () => {
    useNovember2026();
    installOffice("Excel");
    (globalThis as unknown as { Excel: unknown }).Excel = { run: () => Promise.reject(new Error("host gone")) };
    const { monthlyRecap } = loadCommands();
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    jest.spyOn(globals.window!, "dispatchEvent").mockImplementation(() => {
      throw new Error("no pane listening");
    });
    const event = fakeEvent();
    await monthlyRecap(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalled();
  });
});
