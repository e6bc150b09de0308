// Files Ledger BPJS cannot read are refused in one line, in the user's language, naming the file, what
// it really is and what to do; files it can read say nothing on the side.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as XLSX from "@e965/xlsx";
import { readLedgerFile } from "../../src/cli/read-file";
import { FileError } from "../../src/cli/io";
import { say } from "../../src/core/words";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-bpjs-read-"));
const CORPUS = path.join(__dirname, "..", "corpus", "files");

async function refusal(file: string): Promise<{ id: string; en: string }> {
  try {
    await readLedgerFile(file);
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    return { id: say(e.said, "id"), en: say(e.said, "en") };
  }
  throw new Error(`${file} was read`);
}

it("refuses a password-protected workbook, saying so and how to remove the password", async () => {
  // The shape Excel and LibreOffice give an encrypted .xlsx (ECMA-376 §2.3.4 "EncryptedPackage"
  // beside "EncryptionInfo" in an OLE compound file), written with SheetJS's CFB writer: no producer
  // here encrypts (Debian's msoffcrypto-tool 5.0 only decrypts).
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(4096, 7));
  const file = path.join(tmp, "gaji-november.xlsx");
  fs.writeFileSync(file, XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
  const words = await refusal(file);
  expect(words.id).toBe("gaji-november.xlsx: buku kerja ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File › Info › Proteksi Buku Kerja) dan simpan, lalu coba lagi");
  expect(words.en).toMatch(/^gaji-november\.xlsx: a password-protected workbook\. Open it in Excel, remove the password/);
});

it("refuses a picture named .xlsx, naming what it reads and what to do", async () => {
  const file = path.join(tmp, "foto.xlsx");
  fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  const words = await refusal(file);
  expect(words.id).toMatch(/^foto\.xlsx: bukan lembar kerja yang bisa dibaca Ledger BPJS \(yang dibaca: \.xlsx, \.xlsm, \.xls, \.xlsb, \.ods dan \.csv\)\. Buka di Excel/);
  expect(words.en).toMatch(/^foto\.xlsx: not a spreadsheet Ledger BPJS can read/);
});

it("says what a damaged .xls is, and what to do", async () => {
  const file = path.join(tmp, "lama.xls");
  fs.writeFileSync(file, fs.readFileSync(path.join(CORPUS, "libreoffice.xls")).subarray(0, 1200));
  const words = await refusal(file);
  expect(words.id).toMatch(/^lama\.xls: buku kerja \.xls yang tidak bisa dibaca \(.+\)\. Buka di Excel dan simpan sebagai Buku Kerja Excel \(\.xlsx\)$/);
  expect(words.en).toMatch(/^lama\.xls: an \.xls workbook that cannot be read/);
});

it("keeps SheetJS's notes on number formats off the user's screen, and the console as it was", async () => {
  const consoleError = console.error;
  const printed: unknown[] = [];
  console.error = (...args: unknown[]) => void printed.push(args);
  try {
    const sheet = await readLedgerFile(path.join(CORPUS, "libreoffice.ods"));
    expect(sheet.input.values.length).toBe(6);
    expect(printed).toEqual([]);
    console.error("after");
    expect(printed).toEqual([["after"]]);
  } finally {
    console.error = consoleError;
  }
});
