// Safe fixes: what may be fixed (and what never), applied through the Excel double, and undone to the
// original cells exactly.
import { dayOf, type Day } from "../../src/core/dates";
import { runAudit } from "../../src/core/ledger/audit";
import { safeFixes } from "../../src/core/ledger/fixes";
import { WORKBOOK_PROBLEMS } from "../../src/core/messages";
import { applyFixes, officeHost, readLedger, undoLastFixes } from "../../src/excel";
import { FIX_ARCHIVE_SHEET } from "../../src/excel/sheet-names";
import { WorkbookModel, type SheetModel } from "../excel-double/excel-double";
import { useWorkbook } from "../excel-double/office-client";

const header = ["NPP", "Nama Perusahaan", "Nama", "NIK", "Tanggal Lahir", "No KPJ", "Tanggal Keluar", "Status"];
const rows: unknown[][] = [
  [1234567, "PT Contoh", "  Budi   Santoso ", "3171011203900001", "12/03/1990", 1234567890, "", "Aktif"],
  ["12345678", "PT Contoh", "Siti Aminah", 3171015203920000, 33675, "12345678901", "31-10-26", "Aktif"],
  ["12345678", " PT Contoh ", "Joko", "3171010101880003", "1 Januari 1988", 123456789012345, "", "Aktif"],
];
const formats = [header.map(() => "General"), ["General", "General", "General", "@", "General", "General", "General", "General"], ["@", "General", "General", "General", "dd-mm-yyyy", "@", "General", "General"], ["@", "General", "General", "@", "General", "General", "General", "General"]];

function snapshot(sheet: SheetModel) {
  const out: unknown[] = [];
  for (let r = 0; r < 6; r++) for (let c = 0; c < 10; c++) out.push([sheet.value(r, c), sheet.format(r, c), sheet.formula(r, c) ?? null]);
  return out;
}

describe("safe fixes", () => {
  const input = { values: [header, ...rows], formats };
  const layout = (() => {
    const a = runAudit(input, { refDate: dayOf(2026, 11, 23) as Day });
    if (!a.ok) throw new Error(a.problem);
    return a.audit.parsed.layout;
  })();

  it("fixes only what cannot lose or invent a digit, a date or a letter", () => {
    const fixes = safeFixes(input, layout).map((f) => [f.row, header[f.column], f.kind, f.after]);
    expect(fixes).toEqual([
      [2, "NPP", "numberToText", "01234567"],
      [2, "Nama", "trim", "Budi Santoso"],
      [2, "Tanggal Lahir", "dateText", 32944],
      [2, "No KPJ", "numberToText", "01234567890"],
      [4, "Nama Perusahaan", "trim", "PT Contoh"],
      [4, "Tanggal Lahir", "dateText", 32143],
    ]);
    // Never: the NIK stored as a number (its 16th digit is gone), a two-digit year, a 15-digit number in an 11-digit KPJ.
  });

  it("applies them through Excel, keeps the originals in the fix archive, and undoes them exactly", async () => {
    const book = new WorkbookModel([{ name: "Peserta", values: [header, ...rows], formats }, { name: "Lain", values: [["tidak disentuh"]] }]);
    useWorkbook(book);
    const host = officeHost();
    const sheet = book.sheet("Peserta");
    sheet.setRaw(3, 9, 42, "=LEN(C4)"); // a formula beside the ledger
    const before = snapshot(sheet);
    const read = await readLedger(host, "sheet:Peserta");
    if (!read.ok) throw new Error(read.message.en);
    const fixes = safeFixes(read.value.input, layout);

    expect(await applyFixes(host, read.value, fixes, "id")).toEqual({ ok: true, value: 6 });
    expect(sheet.value(1, 0)).toBe("01234567");
    expect(sheet.format(1, 0)).toBe("@");
    expect(sheet.value(1, 2)).toBe("Budi Santoso");
    expect([sheet.value(1, 4), sheet.format(1, 4)]).toEqual([32944, "dd-mm-yyyy"]);
    expect(sheet.value(1, 5)).toBe("01234567890");
    expect(sheet.value(2, 3)).toBe(3171015203920000); // untouched
    expect(book.sheet(FIX_ARCHIVE_SHEET).usedRect()!.rows).toBe(7);
    expect(book.runs.at(-1)).toMatchObject({ undoGroup: true });

    // The audit is stale now: the same fixes are refused rather than applied twice.
    expect(await applyFixes(host, read.value, fixes, "id")).toEqual({ ok: false, message: WORKBOOK_PROBLEMS.ledgerChanged });

    expect(await undoLastFixes(host, "id")).toEqual({ ok: true, value: 6 });
    expect(snapshot(sheet)).toEqual(before);
    expect(book.read("Lain", "A1")).toEqual([["tidak disentuh"]]);
    expect(book.sheet(FIX_ARCHIVE_SHEET).usedRect()!.rows).toBe(1);
    // "Nothing to undo" says so (not "no archived rows"), as information.
    expect(await undoLastFixes(host, "id")).toEqual({ ok: false, message: WORKBOOK_PROBLEMS.nothingToUndo, nothing: true });
  });
});
