// Why a sheet cannot be read as a ledger, and what can stop the add-in from reading or writing the
// workbook: each with what the user can do about it, Indonesian and English side by side.
import type { Words } from "./fill";

/** Why a sheet cannot be read as a ledger at all (or, for a roster, cannot be compared with it), in both languages. */
export const LEDGER_PROBLEMS = {
  empty: {
    id: "Lembar ini kosong. Pilih lembar yang berisi data peserta atau tanda terima KPJ.",
    en: "This sheet is empty. Choose a sheet that holds participant or KPJ receipt data.",
  },
  noHeader: {
    id: "Baris judul tidak ditemukan di 20 baris pertama. Pastikan salah satu dari 20 baris pertama berisi judul kolom seperti NIK, Nama, NPP atau Jumlah KPJ, lalu periksa lagi.",
    en: "No header row found in the first 20 rows. Make sure one of the first 20 rows holds column headers such as NIK, Nama, NPP or Jumlah KPJ, then audit again.",
  },
  noShape: {
    id: "Kolom NIK atau Nama (daftar peserta), atau NPP dan Jumlah KPJ (tanda terima), tidak ditemukan. Beri judul kolom itu \"NIK\", \"Nama\", \"NPP\" atau \"Jumlah KPJ\", lalu periksa lagi.",
    en: "No NIK or Name column (participant ledger), nor NPP and KPJ count (receipt ledger). Head those columns \"NIK\", \"Nama\", \"NPP\" or \"Jumlah KPJ\", then audit again.",
  },
  badHeaderRow: {
    id: "Baris judul yang dipilih berada di luar data.",
    en: "The chosen header row is outside the data.",
  },
  rosterIsLedger: {
    id: "Daftar gaji dan ledger adalah lembar yang sama, jadi membandingkannya tidak menemukan apa pun. Pilih lembar daftar gaji (daftar karyawan terbaru) sebagai gantinya.",
    en: "The payroll list and the ledger are the same sheet, so comparing them finds nothing. Choose the sheet of the payroll list (the current HR list) instead.",
  },
} as const satisfies Record<string, Words>;

export type LedgerProblem = keyof typeof LEDGER_PROBLEMS;

/** What can stop the add-in from reading or writing the workbook, with what the user can do about it. */
export const WORKBOOK_PROBLEMS = {
  protected: {
    id: "Lembar \"{sheet}\" dilindungi, jadi hasil pemeriksaan tidak bisa ditulis. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi.",
    en: "Sheet \"{sheet}\" is protected, so the results cannot be written. Unprotect it (Review › Unprotect Sheet), then run again.",
  },
  sheetGone: {
    id: "Lembar atau tabel \"{sheet}\" tidak ada lagi. Pilih ledger lagi.",
    en: "Sheet or table \"{sheet}\" is no longer there. Choose the ledger again.",
  },
  noColumnLeft: {
    id: "Ledger memakai semua kolom sampai XFD; tidak ada kolom tersisa untuk status. Hapus isi sel di kolom paling kanan lembar, lalu jalankan lagi.",
    en: "The ledger uses every column up to XFD; no column is left for the status. Clear the cells at the far right of the sheet, then run again.",
  },
  ledgerChanged: {
    id: "Ledger berubah sejak diperiksa. Jalankan Periksa lagi, lalu ulangi.",
    en: "The ledger changed since it was audited. Run Audit again, then retry.",
  },
  cancelled: {
    id: "Dibatalkan. Ledger tidak diubah oleh langkah yang belum selesai.",
    en: "Cancelled. Steps that did not finish changed nothing.",
  },
  nothingToRestore: {
    id: "Tidak ada baris di arsip untuk dikembalikan.",
    en: "There are no archived rows to restore.",
  },
  nothingToUndo: {
    id: "Tidak ada perbaikan untuk dibatalkan: belum ada perbaikan yang diterapkan di buku kerja ini.",
    en: "Nothing to undo: no fixes have been applied in this workbook.",
  },
  ownSheetProtected: {
    id: "Lembar \"{sheet}\" milik Ledger BPJS dilindungi, jadi catatannya tidak bisa ditulis. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi. Data Anda tidak diubah.",
    en: "Ledger BPJS's sheet \"{sheet}\" is protected, so its records cannot be written. Unprotect it (Review › Unprotect Sheet), then run again. Your data was not changed.",
  },
  structureProtected: {
    id: "Struktur buku kerja dilindungi, jadi Ledger BPJS tidak bisa menambah lembar \"{sheet}\". Buka proteksinya (Tinjau › Proteksi Buku Kerja), lalu jalankan lagi. Data Anda tidak diubah.",
    en: "The workbook's structure is protected, so Ledger BPJS cannot add the sheet \"{sheet}\". Unprotect it (Review › Protect Workbook), then run again. Your data was not changed.",
  },
  filtered: {
    id: "Lembar \"{sheet}\" sedang difilter, dan Excel tidak bisa menghapus atau menyisipkan baris di rentang yang difilter. Hapus filternya (Data › Hapus), lalu coba lagi.",
    en: "Sheet \"{sheet}\" is filtered, and Excel cannot delete or insert rows in a filtered range. Clear the filter (Data › Clear), then try again.",
  },
  merged: {
    id: "Baris yang akan dipindahkan di lembar \"{sheet}\" berisi sel gabungan ({address}). Pisahkan selnya (Beranda › Gabung & Tengah), lalu coba lagi.",
    en: "The rows to move on sheet \"{sheet}\" contain merged cells ({address}). Unmerge them (Home › Merge & Center), then try again.",
  },
  tableInTheWay: {
    id: "Di lembar \"{sheet}\" ada tabel Excel lain di bawah atau di samping ledger yang akan ikut bergeser. Pindahkan tabel itu atau jadikan ledger sebuah tabel, lalu coba lagi.",
    en: "On sheet \"{sheet}\" another Excel table below or beside the ledger would be shifted. Move that table, or make the ledger a table itself, then try again.",
  },
  partialArchive: {
    id: "Hanya {n} dari {total} baris yang dipindahkan ke arsip; Excel menolak sisanya, yang tetap di ledger. Yang sudah dipindahkan bisa dikembalikan. Periksa lagi, lalu ulangi untuk sisanya.",
    en: "Only {n} of {total} rows were moved to the archive; Excel refused the rest, which stay in the ledger. Those moved can be restored. Audit again, then retry for the rest.",
  },
  sheetFull: {
    id: "Lembar \"{sheet}\" sudah terisi sampai baris terakhir Excel (1.048.576), jadi tidak ada baris untuk peserta baru. Pindahkan sebagian baris ke lembar lain, lalu coba lagi.",
    en: "Sheet \"{sheet}\" is filled to Excel's last row (1,048,576), so there is no row for a new participant. Move some rows to another sheet, then try again.",
  },
  cellEditing: {
    id: "Excel sedang menunggu Anda selesai mengetik di sebuah sel. Tekan Enter atau Esc, lalu coba lagi.",
    en: "Excel is waiting for you to finish typing in a cell. Press Enter or Esc, then try again.",
  },
  host: {
    id: "Excel menolak permintaan: {detail}. Simpan pekerjaan Anda lalu coba lagi.",
    en: "Excel refused the request: {detail}. Save your work and try again.",
  },
} as const satisfies Record<string, Words>;

export type WorkbookProblem = keyof typeof WORKBOOK_PROBLEMS;

