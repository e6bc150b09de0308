// The built task pane in headless Chromium with the Excel test double standing in for Excel (served in
// place of Office.js), seeded from a generated ledger: choose the ledger, click Audit, and check both
// what the pane shows and what was written to the workbook. Saves the README's screenshot.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { parseIsoDate, type Day } from "../../src/core/dates";
import { auditLedger, runAudit, type AuditReport } from "../../src/core/ledger/audit";
import { reviewClusters } from "../../src/core/ledger/review";
import { STATUS_HEADER } from "../../src/core/ledger/status";
import { generateParticipantLedger } from "../../src/fixtures/ledgers";
import { browserAvailable, bundleExcelDouble, DIST, launch, open, ROOT, serve, type StaticServer } from "../browser/harness";

const describeInBrowser = browserAvailable ? describe : describe.skip;
jest.setTimeout(120_000);

const SEED = { rows: 2_000, seed: 2026 };
/** The ledger sits below a title and a blank row: header on row 3. */
const HEADER_ROW = 3;

interface DoubleView {
  sheet(name: string): { value(r: number, c: number): unknown; usedRect(): { rows: number; cols: number } | null; charts: unknown[] };
  findSheet(name: string): unknown;
  selection: { sheet: string; rect: { r: number; c: number } } | null;
}

describeInBrowser("the task pane auditing a workbook", () => {
  let server: StaticServer;
  let browser: Browser;
  let office: string;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-double-"));
  const ledger = generateParticipantLedger(SEED);
  // What the engine finds in the same ledger, rows shifted by the title rows above it.
  const shown = { values: [["Daftar peserta BPJS Ketenagakerjaan"], [], ...ledger.values], formats: [[], [], ...ledger.formats], sheet: "Peserta" };
  const expected: AuditReport = auditLedger(shown, { refDate: parseIsoDate(ledger.truth.refDate) as Day });
  const expectedAudit = runAudit(shown, { refDate: parseIsoDate(ledger.truth.refDate) as Day });
  if (!expectedAudit.ok) throw new Error("the seed ledger is not a ledger");
  const clusters = reviewClusters(expectedAudit.audit);

  beforeAll(async () => {
    office = await bundleExcelDouble(tmp);
    server = await serve(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function openPane(patch: [number, number, unknown][] = [], blockWorker = false): Promise<{ page: Page; pageErrors: string[]; outside: string[] }> {
    const opened = await open(
      browser,
      `${server.origin}/taskpane.html`,
      async (p) => {
        if (blockWorker) await p.route("**/audit-worker.js", (route) => route.fulfill({ status: 404, body: "" }));
        await p.addInitScript(
          ([seed, refDate, cells]) => {
            localStorage.setItem("ledger-bpjs.lang", "id");
            localStorage.setItem("ledger-bpjs.refDate", refDate as string);
            (window as unknown as { ledgerSeed: unknown }).ledgerSeed = seed;
            (window as unknown as { ledgerPatch: unknown }).ledgerPatch = cells;
          },
          [SEED, ledger.truth.refDate, patch] as const,
        );
      },
      office,
    );
    await opened.page.waitForSelector("#ledger-source option", { state: "attached" });
    return opened;
  }

  it("audits the chosen ledger, shows the findings and writes the status column and findings sheet", async () => {
    const { page, pageErrors, outside } = await openPane();
    expect(await page.$$eval("#ledger-source option", (o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(["sheet:Peserta", "sheet:Catatan"]);
    // The audit runs in a web worker, not in the pane's thread.
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));
    await page.click("#audit-run");
    await page.waitForFunction(() => document.querySelector("#audit-message")?.textContent?.includes("Pemeriksaan selesai"), undefined, { timeout: 60_000 });

    expect(workers).toEqual(["/audit-worker.js"]);
    expect(await page.textContent("#fact-header-row")).toBe(String(HEADER_ROW));
    expect(await page.textContent("#fact-rows")).toBe((2000).toLocaleString("id-ID"));
    // Every kind of injected fault appears as a group, with its count.
    const groups = await page.$$eval("#findings .finding-group", (nodes) => nodes.map((n) => [n.getAttribute("data-code"), Number(n.querySelector(".count")?.textContent?.replace(/\D/g, ""))] as [string, number]));
    const expectedCounts = new Map<string, number>();
    for (const issue of expected.issues) expectedCounts.set(issue.code, (expectedCounts.get(issue.code) ?? 0) + 1);
    expect(new Map(groups)).toEqual(expectedCounts);
    expect(await page.$$eval("#duplicates .dup-cluster", (n) => n.length)).toBe(Math.min(clusters.length, 50));
    expect(await page.$$eval("#totals-table tbody tr", (n) => n.length)).toBe(expected.totals.length);
    expect(await page.$$eval("#deactivation li[data-code]", (n) => n.length)).toBe(expected.deactivation.length);

    // The workbook: the status column right of the ledger, the findings sheet, the log.
    const width = ledger.values[0].length;
    const written = await page.evaluate(
      ([w, headerRow]) => {
        const book = (window as unknown as { excelDouble: DoubleView }).excelDouble;
        const sheet = book.sheet("Peserta");
        const statuses: unknown[] = [];
        for (let r = headerRow; r < headerRow + 2000; r++) statuses.push(sheet.value(r, w));
        return { header: sheet.value(headerRow - 1, w), statuses, findings: book.sheet("Temuan Ledger BPJS").usedRect()?.rows ?? 0, log: book.sheet("Log Ledger BPJS").value(1, 1) };
      },
      [width, HEADER_ROW] as const,
    );
    expect(written.header).toBe(STATUS_HEADER.id);
    for (const fault of ledger.truth.faults) expect(String(written.statuses[fault.row - 2])).toContain(fault.code);
    expect(written.statuses.filter((s) => s === "OK").length).toBeGreaterThan(1000);
    expect(written.findings).toBeGreaterThan(expected.issues.length);
    expect(written.log).toBe("Periksa ledger");

    // Go to a finding's cell.
    const first = expected.issues[0];
    await page.click(`#findings .finding-group[data-code="${first.code}"] summary`);
    await page.click(`#findings .finding-group[data-code="${first.code}"] button[data-row="${first.row}"]`);
    await page.waitForFunction(() => (window as unknown as { excelDouble: DoubleView }).excelDouble.selection !== null);
    const selection = await page.evaluate(() => (window as unknown as { excelDouble: DoubleView }).excelDouble.selection);
    expect(selection).toMatchObject({ sheet: "Peserta", rect: { r: first.row - 1 } });

    mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    await page.click(`#findings .finding-group[data-code="${first.code}"] summary`);
    // The top of the pane: summary and the grouped findings (the whole pane is many screens long).
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
    // Every request came from Microsoft's Excel client, as its serialized body: the host model saw them.
    const traffic = await page.evaluate(() => {
      const w = window as unknown as { excelDouble: { syncs: { requestBytes: number }[] }; OfficeExtension: { HttpUtility?: unknown; ClientRequestContext?: unknown } };
      return { syncs: w.excelDouble.syncs.length, bytes: w.excelDouble.syncs.reduce((n, s) => n + s.requestBytes, 0), microsoft: typeof w.OfficeExtension.HttpUtility === "function" && typeof w.OfficeExtension.ClientRequestContext === "function" };
    });
    expect(traffic.microsoft).toBe(true);
    expect(traffic.syncs).toBeGreaterThan(5);
    expect(traffic.bytes).toBeGreaterThan(50_000);
  });

  it("audits in the pane's own thread when the worker cannot start", async () => {
    const { page, pageErrors } = await openPane([], true);
    await page.click("#audit-run");
    await page.waitForFunction(() => document.querySelector("#audit-message")?.textContent?.includes("Pemeriksaan selesai"), undefined, { timeout: 60_000 });
    expect(await page.textContent("#fact-rows")).toBe((2000).toLocaleString("id-ID"));
    expect(await page.$$eval("#findings .finding-group", (n) => n.length)).toBe(new Set(expected.issues.map((i) => i.code)).size);
    expect(pageErrors).toEqual([]);
  });

  it("shows script and formula text from cells as text: nothing in them runs", async () => {
    const COMPANY = 2;
    const NAME = 4;
    const payloads = ["<img src=x onerror=\"window.pwned=1;document.title='DIRETAS'\">", "<script>window.pwned=2</script>", '=HYPERLINK("http://contoh.invalid","klik")'];
    // Three rows of the first company get hostile company names (an NPP_NAME_CONFLICT quotes them);
    // their names become hostile too.
    const npp = ledger.values[1][1];
    const rows = ledger.values.slice(1).flatMap((row, i) => (row[1] === npp ? [i] : [])).slice(0, 3);
    const patch: [number, number, unknown][] = rows.flatMap((i, k) => [[i, COMPANY, payloads[k]], [i, NAME, payloads[k]]] as [number, number, unknown][]);
    const { page, pageErrors, outside } = await openPane(patch);
    const title = await page.title();
    await page.click("#audit-run");
    await page.waitForFunction(() => document.querySelector("#audit-message")?.textContent?.includes("Pemeriksaan selesai"), undefined, { timeout: 60_000 });
    await page.click('#findings .finding-group[data-code="NPP_NAME_CONFLICT"] summary');
    const shown = await page.textContent("#findings");
    for (const payload of payloads) expect(shown).toContain(payload);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.title()).toBe(title);
    expect(await page.$$eval("#findings img, #findings script, #totals-table img, #totals-table script", (n) => n.length)).toBe(0);
    // And the workbook still holds the formula-looking text as text, not as a formula.
    const cell = await page.evaluate(([r, c]) => {
      const sheet = (window as unknown as { excelDouble: { sheet(n: string): { value(r: number, c: number): unknown; formula(r: number, c: number): unknown } } }).excelDouble.sheet("Peserta");
      return { value: sheet.value(r, c), formula: sheet.formula(r, c) ?? null };
    }, [HEADER_ROW + rows[2], COMPANY] as const);
    expect(cell).toEqual({ value: payloads[2], formula: null });
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it("archives chosen duplicate rows and restores them", async () => {
    const { page, pageErrors } = await openPane();
    await page.click("#audit-run");
    await page.waitForFunction(() => document.querySelector("#audit-message")?.textContent?.includes("Pemeriksaan selesai"), undefined, { timeout: 60_000 });
    const rowsBefore = await page.evaluate(() => (window as unknown as { excelDouble: DoubleView }).excelDouble.sheet("Peserta").usedRect()!.rows);
    const cluster = clusters.find((c) => c.action === "archive")!;
    await page.click("#tab-dup");
    await page.check(`#dup-${cluster.id}`);
    await page.click("#archive-duplicates");
    await page.waitForFunction(() => /dipindahkan/.test(document.querySelector("#audit-message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    const moved = cluster.members.length - 1;
    expect(await page.textContent("#audit-message")).toContain(`${moved} baris dipindahkan`);
    const after = await page.evaluate(() => (window as unknown as { excelDouble: DoubleView }).excelDouble.sheet("Peserta").usedRect()!.rows);
    expect(after).toBe(rowsBefore - moved);
    // The pane audited again: the archived group is gone from the list.
    expect(await page.textContent("#fact-rows")).toBe((2000 - moved).toLocaleString("id-ID"));

    await page.click("#tab-fix");
    await page.click("#restore-archived");
    await page.waitForFunction(() => /dikembalikan/.test(document.querySelector("#audit-message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    const restored = await page.evaluate(() => (window as unknown as { excelDouble: DoubleView }).excelDouble.sheet("Peserta").usedRect()!.rows);
    expect(restored).toBe(rowsBefore);
    expect(await page.textContent("#fact-rows")).toBe((2000).toLocaleString("id-ID"));
    expect(pageErrors).toEqual([]);
  });

  it("reviews duplicates: clusters side by side, a filter by kind, every cluster reachable, select-all, the row to keep chosen", async () => {
    const { page, pageErrors } = await openPane();
    await page.setViewportSize({ width: 320, height: 720 });
    await page.click("#audit-run");
    await page.waitForFunction(() => document.querySelector("#audit-message")?.textContent?.includes("Pemeriksaan selesai"), undefined, { timeout: 60_000 });
    const count = (action: string) => clusters.filter((c) => c.action === action).length;
    for (const action of ["archive", "fixKpj", "transfer"]) expect(count(action)).toBeGreaterThan(0);
    await page.click("#tab-dup");
    // The filter offers each kind with its count, in words.
    const options = await page.$$eval("#dup-filter option", (o) => o.map((x) => [(x as HTMLOptionElement).value, x.textContent]));
    expect(options).toEqual([
      ["all", `Semua kelompok (${clusters.length})`],
      ["archive", `Data ganda satu orang (${count("archive")})`],
      ["fixKpj", `KPJ ganda (dua orang) (${count("fixKpj")})`],
      ["transfer", `Pindah perusahaan (mutasi) (${count("transfer")})`],
    ]);

    // Two people with one KPJ: never offered for the archive; the rows link to their KPJ cells.
    await page.selectOption("#dup-filter", "fixKpj");
    const kpjCards = await page.$$eval("#dup-list > li", (n) => n.map((li) => ({ action: li.getAttribute("data-action"), boxes: li.querySelectorAll("input").length, text: li.textContent })));
    expect(kpjCards.length).toBe(Math.min(count("fixKpj"), 50));
    for (const card of kpjCards) expect(card).toMatchObject({ action: "fixKpj", boxes: 0, text: expect.stringContaining("Perbaiki nomor KPJ") });
    await page.selectOption("#dup-filter", "transfer");
    for (const card of await page.$$eval("#dup-list > li", (n) => n.map((li) => ({ boxes: li.querySelectorAll("input").length, text: li.textContent })))) {
      expect(card).toMatchObject({ boxes: 0, text: expect.stringContaining("Laporkan mutasi") });
    }

    // Every cluster is reachable, 50 at a time.
    await page.selectOption("#dup-filter", "all");
    while (await page.isVisible("#dup-more")) await page.click("#dup-more");
    expect(await page.$$eval("#dup-list > li", (n) => n.length)).toBe(clusters.length);

    // Select-all chooses every cluster of one person, and only those.
    await page.check("#dup-select-all");
    expect(await page.textContent("#archive-duplicates")).toContain(`(${count("archive")})`);
    expect(await page.$$eval("#dup-list > li[data-action=archive] input[type=checkbox]:checked", (n) => n.length)).toBe(count("archive"));
    await page.uncheck("#dup-select-all");
    expect(await page.isDisabled("#archive-duplicates")).toBe(true);

    // One cluster, side by side: a column per row, the proposal preselected, differing cells marked.
    const pairOf = (code: string) => clusters.find((c) => c.action === "archive" && c.members.length === 2 && c.codes.includes(code as never));
    const cluster = (pairOf("POSSIBLE_DUPLICATE") ?? pairOf("DUPLICATE_NIK"))!;
    const rows = cluster.members.map((k) => expectedAudit.audit.parsed.columns.rows[k]);
    const proposal = expectedAudit.audit.parsed.columns.rows[cluster.keep];
    const card = `#dup-list > li:has(#dup-${cluster.id})`;
    expect(await page.$$eval(`${card} thead button`, (b) => b.map((x) => x.textContent))).toEqual(rows.map((r) => `Baris ${r}`));
    expect(await page.isChecked(`#keep-${cluster.id}-${proposal}`)).toBe(true);
    expect(await page.$$eval(`${card} tbody th`, (n) => n.map((x) => x.textContent))).toEqual(expect.arrayContaining(["Nama peserta", "NIK", "Tanggal lahir", "NPP", "No KPJ"]));
    const other = rows.find((r) => r !== proposal)!;
    await page.check(`#keep-${cluster.id}-${other}`);
    await page.check(`#dup-${cluster.id}`);
    const shot = await page.$(card);
    mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    await shot!.screenshot({ path: path.join(ROOT, "docs/taskpane-duplicates.png") });
    await page.click("#archive-duplicates");
    await page.waitForFunction(() => /dipindahkan/.test(document.querySelector("#audit-message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    // The row the user chose stayed; the proposal went to the archive, with the reason in words.
    const archived = await page.evaluate(() => {
      const sheet = (window as unknown as { excelDouble: DoubleView }).excelDouble.sheet("Arsip Ledger BPJS");
      return { row: sheet.value(1, 2), reason: sheet.value(1, 5) };
    });
    expect(archived.row).toBe(proposal);
    expect(String(archived.reason)).toContain(`disimpan baris ${other}`);
    expect(String(archived.reason)).not.toMatch(/[A-Z]+_[A-Z]+/);
    expect(pageErrors).toEqual([]);
  });

  it("imports a CSV safely: a preview of its columns, then a new sheet with NIKs as text and dates as dates, audited", async () => {
    const { page, pageErrors, outside } = await openPane();
    await page.click("#tab-add");
    // Indonesian Excel's CSV: ; with a byte-order mark; a NIK Excel would turn into 3.17101E+15.
    const csv = "\ufeffNPP;Nama Peserta;NIK;Tanggal Lahir;Jenis Kelamin\r\n12345678;Budi Santoso;3171011203900001;12-03-1990;L\r\n12345678;=HYPERLINK(\"http://contoh.invalid\");3273024109920003;01-09-1992;P\r\n";
    await page.setInputFiles("#import-file", { name: "peserta-sipp.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.waitForSelector("#import-columns");
    expect(await page.textContent("#import-summary")).toContain("2 baris data; baris judul 1");
    expect(await page.$$eval("#import-columns tbody tr", (rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)))).toEqual([
      ["NPP", "NPP"],
      ["Nama Peserta", "Nama peserta"],
      ["NIK", "NIK"],
      ["Tanggal Lahir", "Tanggal lahir"],
      ["Jenis Kelamin", "Jenis kelamin"],
    ]);
    await page.setViewportSize({ width: 320, height: 720 });
    mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    await (await page.$("#import"))!.screenshot({ path: path.join(ROOT, "docs/taskpane-csv-import.png") });
    await page.click("#import-run");
    await page.waitForFunction(() => /CSV ditulis ke lembar/.test(document.querySelector("#audit-message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    expect(await page.textContent("#audit-message")).toMatch(/^✓?CSV ditulis ke lembar "peserta-sipp"\. Pemeriksaan selesai: \d+ galat/);
    const written = await page.evaluate(() => {
      const sheet = (window as unknown as { excelDouble: { sheet(n: string): { value(r: number, c: number): unknown; format(r: number, c: number): string; formula(r: number, c: number): unknown } } }).excelDouble.sheet("peserta-sipp");
      return { nik: sheet.value(1, 2), nikFormat: sheet.format(1, 2), birth: sheet.value(1, 3), birthFormat: sheet.format(1, 3), name: sheet.value(2, 1), formula: sheet.formula(2, 1) ?? null };
    });
    // 12-03-1990 is serial 32944; the formula-like name stays text.
    expect(written).toEqual({ nik: "3171011203900001", nikFormat: "@", birth: 32944, birthFormat: "dd-mm-yyyy", name: '=HYPERLINK("http://contoh.invalid")', formula: null });
    // The new sheet was audited: two rows, no NIK finding.
    expect(await page.textContent("#fact-rows")).toBe("2");
    expect(await page.$$eval('#findings .finding-group[data-code^="NIK"]', (n) => n.length)).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it("makes the recap of a chosen month from the pane", async () => {
    const { page, pageErrors } = await openPane();
    await page.click("#tab-recap");
    // Months by name, as the user reads them.
    expect(await page.$eval("#recap-month", (s) => [...(s as HTMLSelectElement).options].some((o) => o.value === "2026-10" && o.text === "Oktober 2026"))).toBe(true);
    await page.selectOption("#recap-month", "2026-10");
    await page.click("#recap-run");
    await page.waitForFunction(() => /Rekap ditulis/.test(document.querySelector("#audit-message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    expect(await page.textContent("#audit-message .message-text")).toBe('Rekap ditulis ke lembar "Rekap 2026-10".');
    expect(await page.getAttribute("#audit-message", "data-intent")).toBe("success");
    const recap = await page.evaluate(() => {
      const book = (window as unknown as { excelDouble: DoubleView }).excelDouble;
      const sheet = book.sheet("Rekap 2026-10");
      return { title: sheet.value(0, 0), header: sheet.value(3, 0), charts: sheet.charts.length };
    });
    expect(recap).toEqual({ title: "Rekap bulanan 2026-10", header: "NPP", charts: 1 });
    expect(pageErrors).toEqual([]);
  });

  it("adds a participant through the entry form, checking the NIK as it is typed", async () => {
    const { page, pageErrors } = await openPane();
    await page.click("#audit-run");
    await page.waitForFunction(() => document.querySelector("#audit-message")?.textContent?.includes("Pemeriksaan selesai"), undefined, { timeout: 60_000 });
    await page.click("#tab-add");
    // A woman's NIK: day 52 = 12 + 40.
    await page.fill("#entry-nik", "3171015203920002");
    await page.waitForSelector("#entry-nik-check .fact-birthDate");
    expect(await page.textContent("#entry-nik-check .fact-birthDate")).toBe("12-03-1992");
    expect(await page.textContent("#entry-nik-check .fact-gender")).toBe("Perempuan");
    await page.fill("#entry-birthDate", "1993-03-12");
    await page.waitForSelector('#entry-nik-check .finding[data-code="NIK_BIRTHDATE_MISMATCH"]');
    // Copied from a cell that holds the NIK as a number: the lost digit is called out.
    await page.fill("#entry-nik", "3,17102E+15");
    await page.waitForSelector('#entry-nik-check .finding[data-code="NIK_AS_NUMBER"]');
    await page.click("#entry-save");
    expect(await page.textContent("#entry-message")).toContain("NIK tidak sah");
    expect(await page.isVisible("#entry-confirm")).toBe(true);

    await page.fill("#entry-nik", "3171 0152 0392 0002");
    await page.fill("#entry-birthDate", "12-03-1992"); // typed as on an Indonesian form
    await page.fill("#entry-name", "Siti Aminah");
    await page.selectOption("#entry-gender", "P");
    await page.fill("#entry-npp", "12345678");
    await page.fill("#entry-kpj", "12345678901");
    await page.click("#entry-save");
    await page.waitForFunction(() => /Peserta ditambahkan di baris/.test(document.querySelector("#audit-message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    const message = (await page.textContent("#audit-message"))!;
    const row = Number(/baris (\d+)/.exec(message)![1]);
    expect(row).toBe(HEADER_ROW + 2000 + 1);
    const written = await page.evaluate((r) => {
      const book = (window as unknown as { excelDouble: DoubleView & { sheet(n: string): { format(r: number, c: number): string } } }).excelDouble;
      const sheet = book.sheet("Peserta") as unknown as { value(r: number, c: number): unknown; format(r: number, c: number): string };
      return { nik: sheet.value(r - 1, 5), nikFormat: sheet.format(r - 1, 5), name: sheet.value(r - 1, 4), birth: sheet.value(r - 1, 6), birthFormat: sheet.format(r - 1, 6), kpj: sheet.value(r - 1, 8) };
    }, row);
    expect(written).toEqual({ nik: "3171015203920002", nikFormat: "@", name: "Siti Aminah", birth: 33675, birthFormat: "dd-mm-yyyy", kpj: "12345678901" });
    // The pane audited again and counts the new row.
    expect(await page.textContent("#fact-rows")).toBe((2001).toLocaleString("id-ID"));
    expect(pageErrors).toEqual([]);
  });

  it("previews safe fixes, applies them and undoes them", async () => {
    // Names typed with stray spaces: more fixes than the preview lists.
    const names: [number, number, unknown][] = Array.from({ length: 20 }, (_, i) => [100 + i, 4, `  Budi   Santoso ${i} `]);
    const { page, pageErrors } = await openPane(names);
    await page.click("#audit-run");
    await page.waitForFunction(() => document.querySelector("#audit-message")?.textContent?.includes("Pemeriksaan selesai"), undefined, { timeout: 60_000 });
    const snapshot = () =>
      page.evaluate(() => {
        const sheet = (window as unknown as { excelDouble: { sheet(n: string): { value(r: number, c: number): unknown } } }).excelDouble.sheet("Peserta");
        const cells: unknown[] = [];
        for (let r = 0; r < 2003; r++) for (let c = 0; c < 15; c++) cells.push(sheet.value(r, c));
        return cells;
      });
    const before = await snapshot();
    await page.click("#tab-fix");
    const kinds = await page.$$eval("#fixes .fix-kinds li", (n) => n.map((x) => x.getAttribute("data-kind")));
    expect(kinds).toContain("numberToText");
    expect(await page.$$eval("#fixes .fix-preview li", (n) => n.length)).toBeGreaterThan(0);
    // The ones not listed: said to be applied with the rest, their originals in the fix archive (the
    // findings sheet holds no fixes).
    const more = (await page.textContent("#fixes .fix-preview li.hint"))!;
    expect(more).toMatch(/^\+\d+ lagi, diterapkan bersama yang di atas; isi asal setiap sel disimpan di lembar Arsip Perbaikan Ledger BPJS\.$/);
    expect(more).not.toContain("Temuan");
    await page.click("#fixes-apply");
    await page.waitForFunction(() => /sel diperbaiki/.test(document.querySelector("#audit-message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    expect(await snapshot()).not.toEqual(before);
    await page.click("#fixes-undo");
    await page.waitForFunction(() => /sel dikembalikan/.test(document.querySelector("#audit-message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    expect(await snapshot()).toEqual(before);
    expect(pageErrors).toEqual([]);
  });
});
