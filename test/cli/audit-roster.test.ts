// `ledger-bpjs audit --roster`: the worklist against the generator's truth, in the JSON and in --out.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { runCli } from "./run-cli";
import { dayOf, isoOf, type Day } from "../../src/core/dates";
import type { AuditReport } from "../../src/core/ledger/audit";
import type { RosterReport } from "../../src/core/roster/reconcile";
import { writeLedgerWorkbook } from "../../src/fixtures/ledger-workbook";
import type { GeneratedLedger } from "../../src/fixtures/ledgers";
import { generateRosterScenario } from "../../src/fixtures/roster";

jest.setTimeout(60_000);

const run = runCli;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-roster-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("ledger-bpjs audit --roster", () => {
  const scenario = generateRosterScenario({ workers: 2_000, seed: 5, refDate: dayOf(2026, 11, 23) as Day });
  const ledgerFile = path.join(tmp, "peserta.xlsx");
  const rosterFile = path.join(tmp, "gaji.xlsx");
  const json = path.join(tmp, "laporan.json");
  const out = path.join(tmp, "beranotasi.xlsx");
  let result: { code: number; out: string; err: string };
  let report: AuditReport & { roster: RosterReport };

  beforeAll(async () => {
    await writeLedgerWorkbook(scenario.ledger as unknown as GeneratedLedger, ledgerFile);
    await writeLedgerWorkbook(scenario.roster as unknown as GeneratedLedger, rosterFile, { sheet: "Gaji November", sheetsBefore: [{ name: "Catatan", rows: [["gaji"]] }] });
    result = await run(["audit", ledgerFile, "--ref-date", isoOf(scenario.refDate), "--roster", `${rosterFile}:Gaji November`, "--json", json, "--out", out]);
    report = JSON.parse(fs.readFileSync(json, "utf8"));
  });

  it("finds exactly the generator's leavers, joiners, transfers and arrears", () => {
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(report.roster.notInRoster).toEqual(scenario.truth.notInRoster);
    expect(report.roster.registerNew).toEqual(scenario.truth.registerNew);
    expect(report.roster.transfers).toEqual(scenario.truth.transfers);
    expect(report.roster.arrears).toEqual(scenario.truth.arrears);
    expect(report.roster.matched.nameBirth).toBe(scenario.truth.weakMatches.length);
  });

  it("prints the reconciliation in the summary", () => {
    const r = report.roster;
    expect(result.out).toContain(`Rekonsiliasi daftar karyawan: ${r.notInRoster.length} aktif tetapi tidak di daftar · ${r.registerNew.length} perlu didaftarkan · ${r.transfers.length} perlu mutasi · ${r.arrears.length} tunggakan pemberi kerja lama`);
  });

  it("writes the worklist sheet with a deadline for each deactivation", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("Daftar Kerja")!;
    expect(sheet.getCell(1, 1).value).toBe("Kode");
    expect(sheet.rowCount).toBe(report.roster.worklist.length + 1);
    const notInRoster = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      if (sheet.getCell(r, 1).value !== "DEACT_NOT_IN_ROSTER") continue;
      notInRoster.push(sheet.getCell(r, 2).value);
      // A date (the deadline of 7 working days after Monday 23 Nov), not text: the list sorts by it.
      expect(sheet.getCell(r, 10).value).toEqual(new Date("2026-12-02T00:00:00Z"));
      expect(sheet.getCell(r, 10).numFmt).toBe("dd-mm-yyyy");
      expect(sheet.getCell(r, 11).value).toEqual(new Date("2026-12-20T00:00:00Z"));
    }
    expect(notInRoster).toEqual(scenario.truth.notInRoster);
  });

  it("refuses the ledger's own file and sheet as the roster, in the user's language", async () => {
    for (const roster of [ledgerFile, path.join(tmp, ".", "peserta.xlsx")]) {
      const refused = await run(["audit", ledgerFile, "--ref-date", isoOf(scenario.refDate), "--roster", roster]);
      expect(refused.code).toBe(1);
      expect(refused.out).toBe("");
      expect(refused.err).toMatch(/^ledger-bpjs: --roster: daftar gaji dan ledger adalah lembar yang sama \("[^"]+" di .*peserta\.xlsx\)/);
    }
    const en = await run(["audit", ledgerFile, "--roster", ledgerFile], { lang: "en" });
    expect(en.code).toBe(1);
    expect(en.err).toContain("the payroll list and the ledger are the same sheet");
    expect(en.err).toContain("choose the payroll list");
    // The roster's own sheet of the roster file is no refusal.
    expect((await run(["audit", ledgerFile, "--roster", `${rosterFile}:Gaji November`, "--json", "-"])).code).toBe(0);
  });

  it("refuses a roster spec that names no .xlsx file", async () => {
    expect(await run(["audit", ledgerFile, "--roster", "gaji.csv"])).toMatchObject({ code: 1 });
  });
});

describe("ledger-bpjs audit --mask-nik", () => {
  it("masks every NIK of the JSON report, the worklist's included, and keeps the rest", async () => {
    const scenario = generateRosterScenario({ workers: 300, seed: 9, refDate: dayOf(2026, 11, 23) as Day });
    const ledgerFile = path.join(tmp, "mask-peserta.xlsx");
    const rosterFile = path.join(tmp, "mask-gaji.xlsx");
    await writeLedgerWorkbook(scenario.ledger as unknown as GeneratedLedger, ledgerFile);
    await writeLedgerWorkbook(scenario.roster as unknown as GeneratedLedger, rosterFile);
    const plain = await run(["audit", ledgerFile, "--ref-date", "2026-11-23", "--roster", rosterFile, "--json", "-"]);
    const masked = await run(["audit", ledgerFile, "--ref-date", "2026-11-23", "--roster", rosterFile, "--json", "-", "--mask-nik"]);
    expect(masked.code).toBe(0);
    const niks = new Set<string>(plain.out.match(/(?<!\d)\d{16}(?!\d)/g) ?? []);
    expect(niks.size).toBeGreaterThan(0); // the unmasked report does name NIKs (register-new workers)
    for (const nik of niks) {
      expect(masked.out).not.toContain(nik);
      expect(masked.out).toContain(`${nik.slice(0, 4)}**********${nik.slice(14)}`);
    }
    // Nothing else changed: the same report, rows and counts, still valid JSON.
    const report = JSON.parse(masked.out) as AuditReport & { roster: RosterReport };
    expect(report.rowCount).toBe(JSON.parse(plain.out).rowCount);
    expect(report.roster.notInRoster).toEqual(JSON.parse(plain.out).roster.notInRoster);
  });
});
