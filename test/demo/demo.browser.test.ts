// The demo page ("try it without Excel"), built as `npm run build:demo` builds it but into a scratch
// folder, opened in headless Chromium: the banner says it is a demo, the real task pane audits the
// sample workbook and compares it with the payroll roster, the page's grid shows what the pane wrote,
// and nothing leaves localhost (no request, no telemetry frame). Saves the README's screenshot.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import type { Configuration, Stats } from "webpack";
import { browserAvailable, launch, open, ROOT, serve, type StaticServer } from "../browser/harness";

/* eslint-disable @typescript-eslint/no-require-imports */
const webpack = require("webpack") as (config: Configuration, callback: (error: Error | null, stats?: Stats) => void) => void;
const makeConfig = require("../../webpack.config.js") as (env: Record<string, unknown>, argv: { mode: string }) => Configuration;
const { CSP, withoutOfficeCdn } = require("../../scripts/csp.js") as { CSP: string; withoutOfficeCdn(policy: string): string };
/* eslint-enable @typescript-eslint/no-require-imports */

const describeInBrowser = browserAvailable ? describe : describe.skip;
jest.setTimeout(300_000);

interface DemoBook {
  sheets: { name: string }[];
  findSheet(name: string): { value(r: number, c: number): unknown; usedRect(): { rows: number; cols: number } | null } | undefined;
}

async function buildDemo(out: string): Promise<void> {
  const config = makeConfig({ demo: true }, { mode: "production" });
  config.output = { ...config.output, path: out };
  const stats = await new Promise<Stats>((resolve, reject) => webpack(config, (error, s) => (error ? reject(error) : resolve(s!))));
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
}

describeInBrowser("the demo page", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-demo-"));
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    await buildDemo(out);
    server = await serve(out);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it("says it is a demo, audits the sample workbook and compares the roster in the real pane, and sends nothing anywhere", async () => {
    const requests: string[] = [];
    const { page, outside, pageErrors } = await open(browser, `${server.origin}/demo.html`, async (p) => {
      p.on("request", (r) => requests.push(r.url()));
      await p.addInitScript(() => localStorage.setItem("ledger-bpjs.lang", "id"));
    });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The banner, in both languages, on screen.
    await page.waitForSelector("#demo-banner", { state: "visible" });
    const banner = await page.textContent("#demo-banner");
    expect(banner).toContain("Demo — data contoh, tidak ada yang dikirim ke mana pun");
    expect(banner).toContain("Demo — sample data, nothing is sent anywhere");
    // The add-in's Content-Security-Policy, less Microsoft's CDN; no script from elsewhere.
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content")).toBe(withoutOfficeCdn(CSP));
    expect(withoutOfficeCdn(CSP)).not.toContain("microsoft.com");
    expect(await page.$$eval("script[src]", (s) => s.map((x) => x.getAttribute("src")))).toEqual(["office-js/excel-win32-16.01.js", "demo-host.js", "functions.js", "commands.js", "taskpane.js"]);

    // The pane lists the sample workbook's sheets: the ledger first, the roster second.
    await page.waitForSelector("#ledger-source option", { state: "attached" });
    expect(await page.$$eval("#ledger-source option", (o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(["sheet:Peserta", "sheet:Gaji Karyawan"]);

    await page.click("#audit-run");
    await page.waitForSelector("#findings .finding-group", { state: "attached", timeout: 60_000 });
    expect(await page.$$eval("#findings .finding-group", (n) => n.length)).toBeGreaterThan(3);
    expect(await page.textContent("#fact-header-row")).toBe("3");
    expect(await page.textContent("#fact-rows")).toBe("400");
    // What the pane wrote is in the page's workbook, and its grid offers the new sheets.
    const written = await page.evaluate(() => {
      const book = (window as unknown as { demoWorkbook: DemoBook }).demoWorkbook;
      const ledger = book.findSheet("Peserta")!;
      return { status: ledger.value(2, 15), findings: book.findSheet("Temuan Ledger BPJS")?.usedRect()?.rows ?? 0 };
    });
    expect(written.status).toBe("Status Ledger BPJS");
    expect(written.findings).toBeGreaterThan(10);
    await page.waitForSelector('#demo-tabs [data-sheet="Temuan Ledger BPJS"]');

    // The roster comparison: leavers, new workers and transfers on the worklist.
    await page.evaluate(() => {
      (document.getElementById("roster-source") as HTMLSelectElement).value = "sheet:Gaji Karyawan";
      document.getElementById("roster-run")!.click();
    });
    await page.waitForFunction(() => (window as unknown as { demoWorkbook: DemoBook }).demoWorkbook.findSheet("Daftar Kerja Ledger BPJS") !== undefined, undefined, { timeout: 60_000 });
    const worklist = await page.evaluate(() => {
      const sheet = (window as unknown as { demoWorkbook: DemoBook }).demoWorkbook.findSheet("Daftar Kerja Ledger BPJS")!;
      const codes = new Set<string>();
      for (let r = 1; r < sheet.usedRect()!.rows; r++) codes.add(String(sheet.value(r, 0)));
      return [...codes];
    });
    expect(worklist).toEqual(expect.arrayContaining(["DEACT_NOT_IN_ROSTER", "REGISTER_NEW", "DUPLICATE_NIK_OTHER_EMPLOYER"]));

    // The grid shows the sheet whose tab is clicked, the status column painted by its conditional format.
    await page.click('#demo-tabs [data-sheet="Peserta"]');
    expect(await page.getAttribute("#demo-grid", "data-sheet")).toBe("Peserta");
    expect(await page.textContent('#demo-grid td[data-r="2"][data-c="15"]')).toBe("Status Ledger BPJS");
    const painted = await page.$$eval('#demo-grid td[data-c="15"]', (cells) => cells.filter((td) => (td as HTMLElement).style.backgroundColor !== "").length);
    expect(painted).toBeGreaterThan(5);
    // The sample CSV for the import is made in the page.
    expect(await page.getAttribute("#demo-sample-csv", "href")).toMatch(/^blob:http:\/\/localhost:\d+\//);

    // A cell clicked in the grid shows its whole text in the formula bar: here an error's status.
    const errorRow = await page.$$eval('#demo-grid td[data-c="15"]', (cells) => cells.find((td) => td.textContent?.startsWith("GALAT"))?.getAttribute("data-r"));
    await page.click(`#demo-grid td[data-r="${errorRow}"][data-c="15"]`);
    expect(await page.textContent("#demo-address")).toBe(`P${Number(errorRow) + 1}`);
    expect(await page.inputValue("#demo-cell-input")).toMatch(/^GALAT · [A-Z_]+/);

    mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, "docs/demo.png"), scale: "css" });

    // Office.js would try its telemetry frame about 3 s after load: give anything of the kind the time.
    await page.waitForTimeout(4_000);
    expect(outside).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith("blob:"))).toEqual([]);
    expect(page.frames()).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it("holds no network call in the demo's own script", () => {
    const code = readFileSync(path.join(out, "demo-host.js"), "utf8");
    expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource|applicationinsights/);
  });
});
