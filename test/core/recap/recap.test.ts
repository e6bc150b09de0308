import { dayOf, type Day } from "../../../src/core/dates";
import { runAudit } from "../../../src/core/ledger/audit";
import { defaultRecapMonth, lastDayOf, monthlyRecap, monthName, parseMonth, previousMonth, type RecapMonth } from "../../../src/core/recap/recap";
import { generateParticipantLedger, generateReceiptLedger, type GeneratedLedger } from "../../../src/fixtures/ledgers";

function recapOf(ledger: GeneratedLedger, month: RecapMonth) {
  const result = runAudit({ values: ledger.values, formats: ledger.formats }, { refDate: lastDayOf(month) });
  if (!result.ok) throw new Error(result.problem);
  return monthlyRecap(result.audit, month);
}

describe("months", () => {
  it("offers the month just ended in a month's first 10 days, else the month itself, by name", () => {
    expect(defaultRecapMonth(dayOf(2026, 12, 2) as Day)).toEqual({ year: 2026, month: 11 });
    expect(defaultRecapMonth(dayOf(2026, 1, 10) as Day)).toEqual({ year: 2025, month: 12 });
    expect(defaultRecapMonth(dayOf(2026, 11, 11) as Day)).toEqual({ year: 2026, month: 11 });
    expect(monthName({ year: 2026, month: 10 }, "id")).toBe("Oktober 2026");
    expect(monthName({ year: 2026, month: 10 }, "en")).toBe("October 2026");
  });

  it("parses YYYY-MM and MM-YYYY and steps back across the year", () => {
    expect(parseMonth("2026-11")).toEqual({ year: 2026, month: 11 });
    expect(parseMonth("2026-13")).toBeNull();
    expect(parseMonth("11-2026")).toEqual({ year: 2026, month: 11 });
    expect(parseMonth("3/2026")).toEqual({ year: 2026, month: 3 });
    expect(parseMonth("13-2026")).toBeNull();
    expect(parseMonth("2026-1")).toBeNull();
    expect(previousMonth({ year: 2026, month: 1 })).toEqual({ year: 2025, month: 12 });
    expect(lastDayOf({ year: 2024, month: 2 })).toBe(dayOf(2024, 2, 29));
  });
});

describe("recap of a generated participant ledger over several months", () => {
  const ledger = generateParticipantLedger({ rows: 6000, seed: 44, refDate: dayOf(2026, 11, 23) as Day });
  for (const label of ["2026-06", "2026-09", "2026-10", "2026-11"]) {
    it(`equals the generator's figures for ${label}`, () => {
      const month = parseMonth(label)!;
      const recap = recapOf(ledger, month);
      const expected = ledger.expectedRecap(month.year, month.month);
      expect(recap.month).toBe(label);
      expect(recap.companies).toEqual(expected.companies);
      expect(recap.printQueue).toEqual(expected.printQueue);
      for (const field of ["active", "joined", "left", "kpj", "deltaActive"] as const) {
        expect(recap.total[field]).toBe(expected.companies.reduce((s, c) => s + c[field], 0));
      }
    });
  }
  it("has joiners, leavers and overdue deactivations to count", () => {
    const recap = recapOf(ledger, { year: 2026, month: 10 });
    expect(recap.total.joined).toBeGreaterThan(0);
    expect(recap.total.left).toBeGreaterThan(0);
    expect(recap.total.overdue).toBeGreaterThan(0);
  });
});

describe("month boundaries", () => {
  const header = ["NPP", "Nama Perusahaan", "Nama", "NIK", "Tgl Kepesertaan", "Tanggal Keluar", "Status"];
  const serial = (y: number, m: number, d: number) => (dayOf(y, m, d) as number) + 25569;
  const rows = [
    ["12345678", "PT Contoh", "Budi Santoso", "3171011203900001", serial(2026, 10, 1), "", "Aktif"], // joined on the 1st
    ["12345678", "PT Contoh", "Siti Aminah", "3171015203920002", serial(2025, 1, 5), serial(2026, 10, 31), "Aktif"], // left on the last day
    ["12345678", "PT Contoh", "Joko Susilo", "3171010101880003", serial(2025, 1, 5), serial(2026, 11, 1), "Aktif"], // leaves next month
    ["12345678", "PT Contoh", "Rina Wati", "3171014101950004", serial(2026, 9, 30), "", "Aktif"], // joined the month before
  ];
  const formats = [header.map(() => "General"), ...rows.map(() => ["@", "General", "General", "@", "dd-mm-yyyy", "dd-mm-yyyy", "General"])];
  it("counts the 1st as joined, the last day as left, and next month's end as still active", () => {
    const result = runAudit({ values: [header, ...rows], formats }, { refDate: lastDayOf({ year: 2026, month: 10 }) });
    if (!result.ok) throw new Error(result.problem);
    const [c] = monthlyRecap(result.audit, { year: 2026, month: 10 }).companies;
    expect(c).toMatchObject({ joined: 1, left: 1, active: 3, awaitingDeactivation: 1, overdue: 0, deltaActive: 0 });
    // September's end: Rina (joined 30 Sep), Siti and Joko were active; Budi not yet.
  });
});

describe("recap of a receipt ledger", () => {
  it("counts KPJ cards printed in the month only", () => {
    const ledger = generateReceiptLedger({ rows: 2000, seed: 9 });
    const recap = recapOf(ledger, { year: 2026, month: 9 });
    const printed = new Map<string, number>();
    ledger.values.slice(1).forEach((r) => {
      const [date, npp, , count] = r as [unknown, string, string, unknown];
      if (typeof date !== "number" || typeof count !== "number" || !Number.isInteger(count) || count <= 0) return;
      const d = new Date((date - 25569) * 86_400_000);
      if (d.getUTCFullYear() === 2026 && d.getUTCMonth() === 8) printed.set(npp, (printed.get(npp) ?? 0) + count);
    });
    const got = new Map(recap.companies.filter((c) => c.kpj > 0).map((c) => [c.npp, c.kpj]));
    expect(got).toEqual(printed);
  });
});
