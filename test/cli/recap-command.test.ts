// `ledger-bpjs recap` against the fixtures generator's ground truth, for both ledger shapes.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { runCli } from "./run-cli";
import { dayOf, type Day } from "../../src/core/dates";
import type { Recap } from "../../src/core/recap/recap";
import { RECAP_COLUMNS } from "../../src/core/recap/recap-table";
import { writeLedgerWorkbook } from "../../src/fixtures/ledger-workbook";
import { generateParticipantLedger, generateReceiptLedger } from "../../src/fixtures/ledgers";

jest.setTimeout(60_000);

const run = runCli;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-recap-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const inTmp = (name: string) => path.join(tmp, name);

describe("ledger-bpjs recap of a participant ledger spanning several months", () => {
  const ledger = generateParticipantLedger({ rows: 5_000, seed: 2611, refDate: dayOf(2026, 11, 23) as Day });
  const file = inTmp("peserta.xlsx");
  beforeAll(() => writeLedgerWorkbook(ledger, file));

  for (const month of ["2026-08", "2026-10", "2026-11"]) {
    it(`gives the generator's figures for ${month}, company by company`, async () => {
      const json = inTmp(`recap-${month}.json`);
      const result = await run(["recap", file, "--month", month, "--json", json]);
      expect(result).toMatchObject({ code: 0, err: "" });
      const recap: Recap = JSON.parse(fs.readFileSync(json, "utf8"));
      const [year, m] = month.split("-").map(Number);
      const expected = ledger.expectedRecap(year, m);
      expect(recap.month).toBe(month);
      expect(recap.companies).toEqual(expected.companies);
      expect(recap.printQueue).toEqual(expected.printQueue);
      for (const key of ["active", "joined", "left", "awaitingDeactivation", "overdue", "kpj", "invalidRows", "duplicateRows", "deltaActive"] as const) {
        expect(recap.total[key]).toBe(expected.companies.reduce((n, c) => n + c[key], 0));
      }
    });
  }

  it("has movement to count in the months tested", async () => {
    const expected = ledger.expectedRecap(2026, 10);
    expect(expected.companies.reduce((n, c) => n + c.joined, 0)).toBeGreaterThan(0);
    expect(expected.companies.reduce((n, c) => n + c.left, 0)).toBeGreaterThan(0);
    expect(expected.companies.reduce((n, c) => n + c.overdue, 0)).toBeGreaterThan(0);
    expect(expected.companies.some((c) => c.deltaActive !== 0)).toBe(true);
  });

  it("prints the table and writes the recap workbook with the column explanations", async () => {
    const out = inTmp("rekap.xlsx");
    const result = await run(["recap", file, "--month", "2026-10", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Rekap bulanan 2026-10\nSumber: lembar "Peserta", 5000 baris; tanggal acuan 31-10-2026\.\n/);
    expect(result.out).toMatch(/\nTOTAL +\d+/);
    expect(result.out).toContain(`Buku kerja rekap ditulis ke ${out}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("Rekap 2026-10")!;
    const expected = ledger.expectedRecap(2026, 10);
    expect((sheet.getRow(4).values as unknown[]).slice(0, RECAP_COLUMNS.length + 1)).toEqual([undefined, ...RECAP_COLUMNS.map((c) => c.label.id)]);
    // The chart's data beside the table (exceljs cannot write the chart itself).
    expect((sheet.getRow(4).values as unknown[]).slice(RECAP_COLUMNS.length + 2)).toEqual(["Perusahaan", "Kartu KPJ"]);
    expected.companies.forEach((c, i) => {
      expect(sheet.getCell(5 + i, 1).value).toBe(c.npp);
      expect(sheet.getCell(5 + i, 4).value).toBe(c.active);
    });
    expect(sheet.getCell(5 + expected.companies.length, 1).value).toBe("TOTAL");
    const explain = book.getWorksheet("Penjelasan kolom")!;
    expect(explain.rowCount).toBe(RECAP_COLUMNS.length + 1);
  });

  it("refuses a missing or malformed month", async () => {
    expect(await run(["recap", file], { lang: "en" })).toMatchObject({ code: 1, err: "ledger-bpjs: recap: give the month, e.g. --month 2026-11\n" });
    expect(await run(["recap", file])).toMatchObject({ code: 1, err: "ledger-bpjs: recap: berikan bulannya, mis. --month 2026-11\n" });
    expect(await run(["recap", file, "--month", "13-2026"], { lang: "en" })).toMatchObject({ code: 1, err: 'ledger-bpjs: --month must be written YYYY-MM or MM-YYYY, got "13-2026"\n' });
    // Month first, as Indonesians write it, is the same month.
    const iso = await run(["recap", file, "--month", "2026-11", "--json", "-"]);
    expect(await run(["recap", file, "--month", "11-2026", "--json", "-"])).toEqual(iso);
    expect((await run(["recap", file, "--month", "2026-11", "--out", file])).code).toBe(1);
  });
});

describe("ledger-bpjs recap of a KPJ receipt ledger", () => {
  const ledger = generateReceiptLedger({ rows: 3_000, seed: 77 });
  const file = inTmp("tanda-terima.xlsx");
  beforeAll(() => writeLedgerWorkbook(ledger, file, { sheet: "Tanda Terima" }));

  for (const month of ["2026-08", "2026-09", "2026-10"]) {
    it(`counts the cards printed in ${month}, with invalid and duplicate rows, as the generator does`, async () => {
      const result = await run(["recap", file, "--month", month, "--json", "-"]);
      expect(result.code).toBe(0);
      const recap: Recap = JSON.parse(result.out);
      const [year, m] = month.split("-").map(Number);
      const expected = ledger.expectedRecap(year, m);
      expect(recap.companies).toEqual(expected.companies);
      expect(recap.printQueue).toEqual([]);
      expect(recap.total.kpj).toBeGreaterThan(0);
    });
  }
});
