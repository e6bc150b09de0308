// A totals row at the bottom of a ledger ("JUMLAH", "TOTAL", "GRAND TOTAL") is not a participant.
import { parseIsoDate, type Day } from "../../../src/core/dates";
import { auditLedger } from "../../../src/core/ledger/audit";
import { generateParticipantLedger, generateReceiptLedger, PARTICIPANT_HEADERS, type GeneratedLedger } from "../../../src/fixtures/ledgers";

const column = (header: string) => PARTICIPANT_HEADERS.indexOf(header as (typeof PARTICIPANT_HEADERS)[number]);

/** The generated ledger with `extra` rows appended (General format). */
function withRows(ledger: GeneratedLedger, extra: unknown[][]) {
  const width = ledger.values[0].length;
  const pad = (row: unknown[]) => [...row, ...new Array(Math.max(0, width - row.length)).fill("")];
  return {
    values: [...ledger.values, ...extra.map(pad)],
    formats: [...ledger.formats, ...extra.map(() => new Array(width).fill("General"))],
    sheet: "Peserta",
  };
}

const audit = (ledger: GeneratedLedger, extra: unknown[][]) => auditLedger(withRows(ledger, extra), { refDate: parseIsoDate(ledger.truth.refDate) as Day });

function row(cells: Record<string, unknown>): unknown[] {
  const out: unknown[] = new Array(PARTICIPANT_HEADERS.length).fill("");
  for (const [header, value] of Object.entries(cells)) out[column(header)] = value;
  return out;
}

describe("a footer row at the end of a participant ledger", () => {
  const ledger = generateParticipantLedger({ rows: 60, seed: 15 });
  const plain = audit(ledger, []);
  const dataRows = ledger.values.length - 1;

  it.each([
    ["JUMLAH in the name column, a count under NIK", [row({ "Nama Peserta": "JUMLAH", NIK: dataRows })]],
    ["TOTAL in the No column", [row({ No: "TOTAL", NIK: dataRows })]],
    ["Total in the company column", [row({ "Nama Perusahaan": "Total", "No KPJ": dataRows })]],
    ["Jumlah peserta: after a blank row", [[], row({ "Nama Peserta": "Jumlah peserta:", NIK: dataRows })]],
    ["GRAND TOTAL under a Sub-total", [row({ "Nama Peserta": "Sub-total", NIK: 30 }), row({ "Nama Peserta": "GRAND TOTAL", NIK: dataRows })]],
    ["Jumlah only", [row({ "Nama Peserta": "Jumlah" })]],
  ])("is not counted and has no findings: %s", (_, extra) => {
    const report = audit(ledger, extra as unknown[][]);
    expect(report.rowCount).toBe(dataRows);
    const footerRows = new Set(Array.from({ length: extra.length }, (_, i) => ledger.values.length + 1 + i));
    expect(report.issues.filter((i) => footerRows.has(i.row))).toEqual([]);
    expect(report.deactivation.filter((d) => footerRows.has(d.row))).toEqual([]);
    expect(report.summary).toEqual(plain.summary);
    expect(report.totals).toEqual(plain.totals);
  });

  it("still counts a person named Jumlah who has a NIK, and says what is missing", () => {
    const report = audit(ledger, [row({ "Nama Peserta": "Jumlah", NIK: "3171011203900001" })]);
    expect(report.rowCount).toBe(dataRows + 1);
    expect(report.issues.filter((i) => i.row === ledger.values.length + 1).map((i) => i.code)).toContain("REQUIRED_MISSING");
  });

  it("still counts a row labelled Total that has a name beside it, a date or a NIK stored as a number", () => {
    for (const extra of [
      row({ No: "Total", "Nama Peserta": "Budi Santoso" }),
      row({ "Nama Peserta": "Total", "Tanggal Lahir": 33675 }),
      row({ "Nama Peserta": "Total", NIK: 3171011203900001 }),
    ]) {
      expect(audit(ledger, [extra]).rowCount).toBe(dataRows + 1);
    }
  });

  it("counts a footer-like row that is not at the end", () => {
    const report = audit(ledger, [row({ "Nama Peserta": "TOTAL", NIK: 5 }), ledger.values[1]]);
    expect(report.rowCount).toBe(dataRows + 2);
  });
});

describe("a footer row at the end of a receipt ledger", () => {
  it("is no receipt: no missing NPP, and the sum is not counted twice", () => {
    const ledger = generateReceiptLedger({ rows: 40, seed: 3 });
    const sum = ledger.values.slice(1).reduce((s, r) => s + (typeof r[3] === "number" ? r[3] : 0), 0);
    const plain = audit(ledger, []);
    const report = audit(ledger, [["", "", "TOTAL", sum]]);
    expect(report.rowCount).toBe(plain.rowCount);
    expect(report.issues.filter((i) => i.row === ledger.values.length + 1)).toEqual([]);
    expect(report.totals).toEqual(plain.totals);
  });
});
