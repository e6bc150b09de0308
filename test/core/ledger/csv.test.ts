// What exports do to a ledger, one rule at a time: CSV encodings, delimiters and escapes; the leading
// apostrophe; yyyymmdd dates.
import { isoOf, parseDate, type Day } from "../../../src/core/dates";
import { inspectNik } from "../../../src/core/ids/nik";
import { inspectNpp } from "../../../src/core/ids/npp";
import { csvCell, decodeCsv, detectDelimiter, readCsv } from "../../../src/core/ledger/csv";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("CSV exports", () => {
  it("reads UTF-8 with and without a byte-order mark, UTF-16 with one, and Windows-1252 when the bytes are not UTF-8", () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("André")]))).toEqual({ text: "André", encoding: "utf-8" });
    expect(decodeCsv(bytes("André"))).toEqual({ text: "André", encoding: "utf-8" });
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toEqual({ text: "Aé", encoding: "utf-16le" });
    // "André" as Windows-1252 writes it: é is the single byte 0xE9, not valid UTF-8.
    expect(decodeCsv(new Uint8Array([0x41, 0x6e, 0x64, 0x72, 0xe9]))).toEqual({ text: "André", encoding: "windows-1252" });
  });

  it("detects ; , and tab, not counting what is inside quotes", () => {
    expect(detectDelimiter("NIK;Nama;Tgl\n1;Budi, S.Kom;2\n")).toBe(";");
    expect(detectDelimiter('NIK,Nama,Tgl\n1,"Budi; S.Kom",2\n')).toBe(",");
    expect(detectDelimiter("NIK\tNama\n1\tBudi\n")).toBe("\t");
    expect(detectDelimiter("just one column\nof notes\n")).toBe(",");
  });

  it("reads Excel's =\"…\" escape as the text inside, and an empty field as no value", () => {
    expect(csvCell('="0812"')).toBe("0812");
    expect(csvCell('="a ""b"""')).toBe('a "b"');
    expect(csvCell("")).toBeNull();
    expect(csvCell("=SUM(A1)")).toBe("=SUM(A1)"); // kept as text: a CSV's formula-like text is not a formula
  });

  it("keeps every cell as text: a 16-digit NIK and leading zeros survive", () => {
    const table = readCsv(bytes('NPP;NIK;Nama\r\n="01234567";3171011203900001;"Budi; S.Kom"\r\n\r\n'));
    expect(table.delimiter).toBe(";");
    expect(table.input.values).toEqual([["NPP", "NIK", "Nama"], ["01234567", "3171011203900001", "Budi; S.Kom"], []]);
    expect(table.input.formats[1]).toEqual(["@", "@", "@"]);
  });
});

describe("a leading apostrophe kept by an export is formatting", () => {
  it("in identifiers", () => {
    expect(inspectNpp("'21001234").value).toBe("21001234");
    expect(inspectNik("'3171011203900001", { refDate: 20_780 as Day }).nik).toBe("3171011203900001");
    expect(inspectNik("\u20193171011203900001", { refDate: 20_780 as Day }).nik).toBe("3171011203900001");
  });
  it("in dates", () => {
    expect(isoOf(parseDate("'12-03-1990")!)).toBe("1990-03-12");
  });
});

it("reads ISO 8601 date-time text (as exports and ISO date cells write it) as its day", () => {
  // The text was lower-cased before matching, so the T and Z of "…T00:00:00.000Z" never matched.
  expect(isoOf(parseDate("1990-03-12T00:00:00.000Z")!)).toBe("1990-03-12");
  expect(isoOf(parseDate("2026-11-30T13:45:00")!)).toBe("2026-11-30");
});

describe("yyyymmdd text is a date when it is a real one", () => {
  it.each([
    ["19801231", "1980-12-31"],
    ["20000229", "2000-02-29"],
  ])("%s is %s", (text, iso) => expect(isoOf(parseDate(text)!)).toBe(iso));
  it.each(["19800230", "12345678", "21001231", "19801301"])("%s is no date", (text) => expect(parseDate(text)).toBeNull());
});
