// The command line's phrases: usage mistakes, files it cannot read or write, the terminal summary of
// an audit or a recap, and the names of the sheets its workbooks hold.
import type { Params, Said, Words } from "./fill";

/** The command line's own phrases: usage mistakes and files it cannot read or write. */
export const CLI_WORDS = {
  noCommand: { id: "tidak ada perintah; coba: ledger-bpjs nik 3171015708450001", en: "no command given; try: ledger-bpjs nik 3171015708450001" },
  unknownCommand: { id: 'perintah "{command}" tidak dikenal; perintahnya: nik, audit, recap', en: 'unknown command "{command}"; commands: nik, audit, recap' },
  nikNoValue: { id: "nik: berikan paling sedikit satu NIK, mis. ledger-bpjs nik 3171015708450001", en: "nik: give at least one NIK, e.g. ledger-bpjs nik 3171015708450001" },
  noFile: { id: "{command}: berikan satu file ledger (.xlsx, .xls, .ods, .csv …), mis. ledger-bpjs {command} peserta.xlsx", en: "{command}: give one ledger file (.xlsx, .xls, .ods, .csv …), e.g. ledger-bpjs {command} peserta.xlsx" },
  oneFile: { id: "{command}: berikan tepat satu file ledger", en: "{command}: give exactly one ledger file" },
  refDate: { id: '--ref-date harus tanggal, ditulis DD-MM-YYYY atau YYYY-MM-DD; yang diberikan "{value}"', en: '--ref-date must be a date written DD-MM-YYYY or YYYY-MM-DD, got "{value}"' },
  noMonth: { id: "recap: berikan bulannya, mis. --month 2026-11", en: "recap: give the month, e.g. --month 2026-11" },
  month: { id: '--month harus ditulis YYYY-MM atau MM-YYYY; yang diberikan "{value}"', en: '--month must be written YYYY-MM or MM-YYYY, got "{value}"' },
  roster: { id: '--roster harus menyebut file buku kerja atau CSV (.xlsx, .xls, .ods, .csv …), boleh dengan :LEMBAR; yang diberikan "{value}"', en: '--roster must name a workbook or CSV file (.xlsx, .xls, .ods, .csv …), optionally with :SHEET, got "{value}"' },
  rosterIsLedger: {
    id: '--roster: daftar gaji dan ledger adalah lembar yang sama ("{sheet}" di {file}), jadi membandingkannya tidak menemukan apa pun; pilih daftar gaji, mis. --roster gaji.xlsx atau --roster {file}:"Daftar Gaji"',
    en: '--roster: the payroll list and the ledger are the same sheet ("{sheet}" in {file}), so comparing them finds nothing; choose the payroll list, e.g. --roster payroll.xlsx or --roster {file}:"Payroll"',
  },
  outNotXlsx: { id: '--out harus menyebut file .xlsx; yang diberikan "{value}"', en: '--out must name an .xlsx file, got "{value}"' },
  outIsInput: { id: "--out tidak boleh file masukan; Ledger BPJS tidak pernah mengubah buku kerja Anda", en: "--out must not be the input file; Ledger BPJS never changes your workbook" },
  jsonNoName: { id: '--json perlu nama file, atau "-" untuk keluaran standar', en: '--json needs a file name, or "-" for standard output' },
  jsonIsInput: { id: "--json tidak boleh file masukan", en: "--json must not be the input file" },
  jsonIsOut: { id: "--json dan --out harus file yang berbeda", en: "--json and --out must be different files" },
  unknownOption: { id: 'opsi {option} tidak dikenal; lihat ledger-bpjs --help', en: "unknown option {option}; see ledger-bpjs --help" },
  optionValue: { id: "opsi {option} perlu nilai, mis. {option} Peserta", en: "option {option} needs a value, e.g. {option} Peserta" },
  unexpectedArgument: { id: 'argumen "{option}" tidak diharapkan; lihat ledger-bpjs --help', en: 'unexpected argument "{option}"; see ledger-bpjs --help' },
  usage: {
    id: `Pemakaian:
  ledger-bpjs nik <nilai...> [--ref-date DD-MM-YYYY] [--json]
  ledger-bpjs audit <file> [--sheet NAMA] [--ref-date DD-MM-YYYY] [--out beranotasi.xlsx] [--json laporan.json|-]
                    [--roster gaji.xlsx[:LEMBAR]] [--mask-nik]
  ledger-bpjs recap <file> --month YYYY-MM [--sheet NAMA] [--out rekap.xlsx] [--json rekap.json|-]

audit membaca satu lembar (yang pertama, kecuali dengan --sheet) dari file .xlsx, .xlsm, .xls, .xlsb,
.ods atau CSV dan tidak pernah mengubah file itu. --out menulis buku kerja baru dengan kolom status dan
lembar temuan, duplikat, total dan penonaktifan; --json menulis laporan pemeriksaan sebagai JSON (ke
keluaran standar dengan "-"); --roster membandingkan ledger dengan daftar gaji; --mask-nik menyamarkan
setiap NIK di JSON dan ringkasan (3522**********01) untuk dibagikan. recap menghitung bulan itu per
perusahaan (aktif, masuk, keluar, menunggu dan terlambat dinonaktifkan, KPJ, baris tidak sah dan ganda)
beserta antrean cetak; --out menulis rekap sebagai buku kerja.

Memeriksa nomor identitas Indonesia dan ledger peserta BPJS. Tidak ada data yang keluar dari komputer ini.
Pesan dalam bahasa Indonesia kecuali LANG diawali "en".`,
    en: `Usage:
  ledger-bpjs nik <value...> [--ref-date DD-MM-YYYY] [--json]
  ledger-bpjs audit <file> [--sheet NAME] [--ref-date DD-MM-YYYY] [--out annotated.xlsx] [--json report.json|-]
                    [--roster payroll.xlsx[:SHEET]] [--mask-nik]
  ledger-bpjs recap <file> --month YYYY-MM [--sheet NAME] [--out recap.xlsx] [--json recap.json|-]

audit reads one worksheet (the first unless --sheet) of an .xlsx, .xlsm, .xls, .xlsb, .ods or CSV
file and never changes the file. --out writes a new workbook with a status column and sheets of
findings, duplicates, totals and deactivation; --json writes the audit report as JSON (to standard
output with "-"); --roster compares the ledger with a payroll list; --mask-nik masks every NIK in the
JSON and the summary (3522**********01) for sharing. recap counts the month per company (active,
joined, left, awaiting and overdue deactivation, KPJ, invalid and duplicate rows) with the print queue;
--out writes the recap as a workbook.

Checks Indonesian identity numbers and BPJS participant ledgers. Nothing leaves this machine.
Messages are in Indonesian unless LANG starts with "en". Dates may also be written YYYY-MM-DD.`,
  },

  noSuchFile: { id: "{file}: file tidak ada", en: "{file}: no such file" },
  permission: { id: "{file}: tidak boleh dibaca (izin ditolak)", en: "{file}: permission denied" },
  cannotOpen: { id: "{file}: tidak bisa dibuka ({detail})", en: "{file}: cannot be opened ({detail})" },
  isFolder: { id: "{file}: ini folder, bukan buku kerja", en: "{file}: is a folder, not a workbook" },
  encrypted: {
    id: "{file}: buku kerja ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File › Info › Proteksi Buku Kerja) dan simpan, lalu coba lagi",
    en: "{file}: a password-protected workbook. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it, then try again",
  },
  notSpreadsheet: {
    id: "{file}: bukan lembar kerja yang bisa dibaca Ledger BPJS (yang dibaca: .xlsx, .xlsm, .xls, .xlsb, .ods dan .csv). Buka di Excel dan simpan sebagai Buku Kerja Excel (.xlsx)",
    en: "{file}: not a spreadsheet Ledger BPJS can read (it reads .xlsx, .xlsm, .xls, .xlsb, .ods and .csv). Open it in Excel and save it as an Excel Workbook (.xlsx)",
  },
  damaged: {
    id: "{file}: {what} yang tidak bisa dibaca ({detail}). Buka di Excel dan simpan sebagai Buku Kerja Excel (.xlsx)",
    en: "{file}: {what} that cannot be read ({detail}). Open it in Excel and save it as an Excel Workbook (.xlsx)",
  },
  truncated: {
    id: "{file}: file berakhir terlalu cepat: rusak atau tidak tersalin utuh. Salin lagi dari sumbernya",
    en: "{file}: the file ends too soon: it is damaged or was not copied completely. Copy it again from its source",
  },
  noWorksheet: { id: "{file}: tidak ada lembar kerja di buku kerja ini", en: "{file}: the workbook holds no worksheet" },
  notWorksheet: { id: 'lembar "{sheet}" bukan lembar kerja (lembar grafik?); lembar yang ada: {sheets}', en: 'sheet "{sheet}" is not a worksheet (a chart sheet?); sheets: {sheets}' },
  noSuchSheet: { id: 'tidak ada lembar bernama "{sheet}"; lembar yang ada: {sheets}', en: 'no sheet named "{sheet}"; sheets: {sheets}' },
  csvSheet: { id: '{file} adalah file CSV dengan satu lembar, "{sheet}"; hapus --sheet', en: '{file} is a CSV file with one sheet, "{sheet}"; leave out --sheet' },
  notLedgerSheet: {
    id: '{problem} Lembar lain di file ini: {sheets}; pilih dengan --sheet, mis. --sheet "{example}"',
    en: '{problem} Other sheets in this file: {sheets}; choose one with --sheet, e.g. --sheet "{example}"',
  },

  noColumnLeft: {
    id: "{file}: tidak ditulis: lembar memakai semua kolom sampai XFD, jadi tidak ada kolom untuk status. Kosongkan sel di ujung kanan lembar, atau jalankan tanpa --out (laporan JSON dan ringkasan tidak perlu kolom)",
    en: "{file}: not written: the sheet uses every column up to XFD, so no column is left for the status. Clear the cells at the far right of the sheet, or run without --out (the JSON report and the summary need no column)",
  },
  cannotWrite: { id: "{file}: {what} tidak bisa ditulis ({detail})", en: "{file}: cannot write {what} ({detail})" },

  // What a file is, for the messages above.
  xls: { id: "buku kerja .xls", en: "an .xls workbook" },
  xlsb: { id: "buku kerja .xlsb", en: "an .xlsb workbook" },
  xlsx: { id: "buku kerja .xlsx", en: "an .xlsx workbook" },
  ods: { id: "lembar kerja OpenDocument", en: "an OpenDocument spreadsheet" },
  spreadsheetml: { id: "buku kerja XML Excel 2003", en: "an Excel 2003 XML workbook" },
  html: { id: "halaman HTML yang disimpan sebagai lembar kerja", en: "an HTML page saved as a spreadsheet" },
  annotatedWorkbook: { id: "buku kerja beranotasi", en: "the annotated workbook" },
  recapWorkbook: { id: "buku kerja rekap", en: "the recap workbook" },
  jsonReport: { id: "laporan JSON", en: "the JSON report" },
  jsonRecap: { id: "rekap JSON", en: "the JSON recap" },
} as const satisfies Record<string, Words>;

export type CliPhrase = keyof typeof CLI_WORDS;

/** A command-line phrase with its parameters, to be said in the user's language. */
export const cli = (key: CliPhrase, params?: Params): Said => ({ words: CLI_WORDS[key], params });

/** `ledger-bpjs audit`'s progress phases and terminal summary. */
export const AUDIT_SUMMARY_WORDS = {
  reading: { id: "Membaca baris", en: "Reading rows" },
  auditing: { id: "Memeriksa", en: "Auditing" },
  writing: { id: "Menulis", en: "Writing" },
  readingRoster: { id: "Membaca daftar karyawan", en: "Reading the roster" },
  sheet: { id: 'Lembar "{sheet}" ({file}), baris judul {headerRow}', en: 'Sheet "{sheet}" ({file}), header row {headerRow}' },
  participants: { id: "daftar peserta", en: "participant ledger" },
  receipts: { id: "tanda terima KPJ", en: "KPJ receipt ledger" },
  ledger: { id: "{shape}, {rows} baris data, tanggal acuan {refDate}", en: "{shape}, {rows} data rows, reference date {refDate}" },
  columns: { id: "Kolom: {columns}", en: "Columns: {columns}" },
  counts: { id: "Galat {errors} · Peringatan {warnings} · Duplikat {duplicates}", en: "Errors {errors} · Warnings {warnings} · Duplicates {duplicates}" },
  countsDeactivation: { id: "{counts} · Penonaktifan/tinjauan {deactivation}", en: "{counts} · Deactivation/review {deactivation}" },
  issues: { id: "Temuan", en: "Findings" },
  duplicates: { id: "Duplikat", en: "Duplicates" },
  deactivation: { id: "Penonaktifan/tinjauan", en: "Deactivation/review" },
  totals: { id: "Total per perusahaan:", en: "Totals per company:" },
  none: { id: "{title}: tidak ada", en: "{title}: none" },
  all: { id: "{title} ({count}):", en: "{title} ({count}):" },
  firstOf: { id: "{title} ({n} pertama dari {total}):", en: "{title} (first {n} of {total}):" },
  row: { id: "baris {row}", en: "row {row}" },
  rows: { id: "baris {rows}", en: "rows {rows}" },
  keep: { id: "simpan {row}", en: "keep {row}" },
  since: { id: "tgl keluar {date}", en: "end date {date}" },
  overdue: { id: "(lewat batas lapor)", en: "(overdue)" },
  more: { id: "… {n} lagi", en: "… {n} more" },
  rosterRow: { id: "baris daftar {row}", en: "roster row {row}" },
  roster: {
    id: "Rekonsiliasi daftar karyawan: {notInRoster} aktif tetapi tidak di daftar · {registerNew} perlu didaftarkan · {transfers} perlu mutasi · {arrears} tunggakan pemberi kerja lama",
    en: "Roster reconciliation: {notInRoster} active but not on the roster · {registerNew} to register · {transfers} transfers · {arrears} arrears at a previous employer",
  },
  wroteJson: { id: "Laporan JSON ditulis ke {file}", en: "JSON report written to {file}" },
  wroteOut: { id: "Buku kerja beranotasi ditulis ke {file}", en: "Annotated workbook written to {file}" },
} as const satisfies Record<string, Words>;

/** `ledger-bpjs recap`'s progress phases and what it wrote. */
export const RECAP_COMMAND_WORDS = {
  wroteJson: { id: "Rekap JSON ditulis ke {file}", en: "JSON recap written to {file}" },
  wroteOut: { id: "Buku kerja rekap ditulis ke {file}", en: "Recap workbook written to {file}" },
} as const satisfies Record<string, Words>;

/** `ledger-bpjs nik`'s verdict on each value. */
export const NIK_COMMAND_WORDS = {
  valid: { id: "SAH", en: "VALID" },
  invalid: { id: "TIDAK SAH", en: "INVALID" },
} as const satisfies Record<string, Words>;

/** A sheet that is not a ledger, named with its file. */
export const SHEET_PROBLEM: Words = { id: '{file}, lembar "{sheet}": {problem}', en: '{file}, sheet "{sheet}": {problem}' };

/** The sheets of `audit --out`, after the ledger's own. */
export const ANNOTATED_SHEETS = {
  findings: { id: "Temuan", en: "Findings" },
  duplicates: { id: "Duplikat", en: "Duplicates" },
  totals: { id: "Total per Perusahaan", en: "Totals" },
  deactivation: { id: "Nonaktif", en: "Deactivation" },
  worklist: { id: "Daftar Kerja", en: "Worklist" },
  moreRows: { id: "… {n} baris lagi ada di laporan JSON (--json).", en: "… {n} more rows are in the JSON report (--json)." },
} as const satisfies Record<string, Words>;

/** The recap workbook's sheet that explains each column. */
export const RECAP_EXPLAIN = {
  sheet: { id: "Penjelasan kolom", en: "Columns explained" },
  column: { id: "Kolom", en: "Column" },
  meaning: { id: "Artinya", en: "Meaning" },
} as const satisfies Record<string, Words>;
