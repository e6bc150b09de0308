// Writes the corpus ledger (ledger.json) with SheetJS, as scripts and web exports do. Run from the
// project root: node test/corpus/make-sheetjs.js
"use strict";
const fs = require("fs");
const path = require("path");
const XLSX = require("@e965/xlsx");
const { header, rows } = require("./ledger.json");
const out = (name) => path.join(__dirname, "files", name);
const day = (iso) => new Date(`${iso}T00:00:00Z`);
const DATE_COLUMNS = [3, 6];
// Dates as date cells, identifiers as text cells.
const aoa = [header, ...rows.map((r) => r.map((v, c) => (DATE_COLUMNS.includes(c) ? day(v) : v)))];
function book(options = {}) {
  const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: "dd-mm-yyyy", UTC: true, ...options });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Peserta");
  return wb;
}
XLSX.writeFile(book(), out("sheetjs.xlsx"));
XLSX.writeFile(book(), out("sheetjs-iso-dates.xlsx"), { cellDates: true });
XLSX.writeFile(book(), out("sheetjs.xls"), { bookType: "biff8" });
XLSX.writeFile(book(), out("sheetjs.xlsb"), { bookType: "xlsb" });
XLSX.writeFile(book(), out("sheetjs.ods"), { bookType: "ods" });
XLSX.writeFile(book(), out("sheetjs-2003-xml.xls"), { bookType: "xlml" });
fs.writeFileSync(out("sheetjs-html.xls"), XLSX.utils.sheet_to_html(book().Sheets.Peserta));
const wb1904 = book();
wb1904.Workbook = { WBProps: { date1904: true } };
XLSX.writeFile(wb1904, out("sheetjs-1904.xlsx"));
fs.writeFileSync(path.join(__dirname, "files", "sheetjs.version"), `SheetJS ${XLSX.version} (@e965/xlsx)\n`);
