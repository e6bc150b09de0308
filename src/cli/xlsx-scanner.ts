// A lean reader of one .xlsx worksheet: the zip's members found through its directory (zip-archive.ts),
// the workbook, its relationships, styles and shared strings read first, whatever their order in the
// zip, then the worksheet's XML streamed and scanned byte by byte for what a ledger needs — `<row r>`,
// `<c r s t>`, `<v>`, `<f>`, `<is>` — skipping everything else. exceljs's streaming reader spends six
// seconds of a 100,000-row ledger building a SAX event, a Row and a Cell object per node and
// copying the worksheet to a temporary file when the shared strings come after it; this reads the same
// file in well under one.
//
// It gives exactly what the exceljs path gives (xlsx-exceljs.ts and its fixes; compared cell by cell in
// test/cli/xlsx-scanner.test.ts), including where exceljs decides a value's kind in its own way, since
// the engine's findings depend on it:
// - a date is a date-formatted number (exceljs's isDateFmt) in a cell without a formula, made a Date
//   in the workbook's date system; a formula's cached number stays a number (the engine reads it
//   with the cell's format);
// - a formula without a cached result is an UncalculatedFormula; a cached "" or 0 is its result
//   (exceljs's cell.value drops a falsy result, so the exceljs path reads cell.result);
// - a cell without `s` (or with `s="0"`) takes its row's number format when the row has one;
// - a formula's `t="b"` result is the number 1 or 0, as exceljs parses it.
// Where exceljs loses text, the scanner keeps it: an inline string of several runs is all its runs (not
// the last), a phonetic reading (`<rPh>`) is not the string, and an entity is decoded once.
//
// What it does not read it leaves: scanLedgerSheet answers null and the caller reads the file with
// exceljs, which reads it or says what is wrong with it (a ZIP64 or encrypted zip, a UTF-16 part, a
// missing workbook part, a worksheet exceljs would not find, XML cut short).
import type { Readable } from "node:stream";
import { UncalculatedFormula } from "../core/ledger/cells";
import { FileError, UsageError } from "./io";
import {
  EMPTY_FORMATS,
  EMPTY_ROW,
  FORMULA_ERROR,
  GENERAL,
  isExceljsDateFormat,
  isoDateValue,
  pickSheet,
  ROWS_PER_PROGRESS,
  serialDateValue,
  type LedgerSheet,
  type ReadLedgerOptions,
} from "./xlsx-model";
import { ZipArchive, type ZipMember } from "./zip-archive";

/** Thrown inside the scanner for a file it leaves to exceljs. */
class NotScanned extends Error {}

/** Reads the chosen worksheet, or answers null for a file to read with exceljs. */
export async function scanLedgerSheet(file: string, options: ReadLedgerOptions = {}): Promise<LedgerSheet | null> {
  const zip = await ZipArchive.open(file);
  if (zip === null) return null;
  try {
    return await scanSheet(zip, file, options);
  } catch (e) {
    if (e instanceof UsageError || e instanceof FileError) throw e;
    return null;
  } finally {
    await zip.close();
  }
}

async function scanSheet(zip: ZipArchive, file: string, options: ReadLedgerOptions): Promise<LedgerSheet> {
  const book = await readWorkbook(zip);
  const sheetNames = book.sheets.map((s) => s.name);
  const worksheets = book.sheets.filter((s) => book.rels.get(s.rId)?.isWorksheet === true);
  const target = pickSheet(file, sheetNames, worksheets, options.sheet);
  const rel = book.rels.get(book.sheets.find((s) => s.name === target)!.rId);
  // A chart sheet, or a sheet without its part: exceljs says which.
  const member = rel?.isWorksheet ? zip.member(rel.path) : undefined;
  if (member === undefined) throw new NotScanned();

  const stylesMember = zip.member(book.partPath("styles") ?? "xl/styles.xml");
  const stringsMember = zip.member(book.partPath("sharedStrings") ?? "xl/sharedStrings.xml");
  const [formats, sharedStrings] = await Promise.all([
    stylesMember ? cellFormatsOf(await memberText(zip, stylesMember)) : { ofStyle: [], isDate: [] },
    stringsMember ? readSharedStrings(zip, stringsMember) : [],
  ]);
  const scanner = new WorksheetScanner(sharedStrings, formats, book.date1904, options.onRow);
  await scanMember(zip, member, scanner);
  if (!scanner.finished) throw new NotScanned(); // the XML ends before </sheetData>
  const { values, formats: cellFormats, columnCount } = scanner;
  return { input: { values, formats: cellFormats, firstRow: 1, sheet: target, date1904: book.date1904 }, sheetNames, columnCount };
}

// ---------------------------------------------------------------------------------------------------
// The workbook, its relationships and its styles: small parts, read whole as text.

interface Workbook {
  readonly sheets: { name: string; state?: string; rId: string }[];
  readonly rels: Map<string, { path: string; isWorksheet: boolean; type: string }>;
  readonly date1904: boolean;
  /** Where the workbook's part of that kind is ("styles", "sharedStrings"), from its relationships. */
  partPath(kind: string): string | undefined;
}

async function readWorkbook(zip: ZipArchive): Promise<Workbook> {
  const workbookMember = zip.member("xl/workbook.xml");
  const relsMember = zip.member("xl/_rels/workbook.xml.rels");
  if (!workbookMember || !relsMember) throw new NotScanned();
  const [workbookXml, relsXml] = await Promise.all([memberText(zip, workbookMember), memberText(zip, relsMember)]);
  const sheets: Workbook["sheets"] = [];
  let date1904 = false;
  for (const tag of tagsOf(workbookXml)) {
    if (tag.name === "sheet") sheets.push({ name: tag.attributes.name ?? "", state: tag.attributes.state, rId: tag.prefixed.id ?? "" });
    // An xsd:boolean, "1" or "true" (ECMA-376 Part 1 §18.2.28); LibreOffice writes "true".
    if (tag.name === "workbookPr") date1904 = /^(1|true)$/i.test(tag.attributes.date1904 ?? "");
  }
  const rels: Workbook["rels"] = new Map();
  for (const tag of tagsOf(relsXml)) {
    if (tag.name !== "Relationship" || tag.attributes.TargetMode === "External") continue;
    const type = tag.attributes.Type ?? "";
    rels.set(tag.attributes.Id ?? "", { path: partPath(tag.attributes.Target ?? ""), isWorksheet: type === "" || /\/worksheet$/.test(type), type });
  }
  const partOf = (kind: string) => [...rels.values()].find((r) => r.type.endsWith(`/${kind}`))?.path;
  return { sheets, rels, date1904, partPath: partOf };
}

/** A relationship's target as a zip member name: relative to xl/, or absolute from the zip's root. */
function partPath(target: string): string {
  const parts: string[] = target.startsWith("/") ? [] : ["xl"];
  for (const part of target.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "" && part !== ".") parts.push(part);
  }
  return parts.join("/");
}

interface CellFormats {
  /** The number format of each cell style (cellXfs), as exceljs resolves it; undefined for none. */
  readonly ofStyle: (string | undefined)[];
  readonly isDate: boolean[];
}

/** The number format of every cell style, from styles.xml's numFmts and cellXfs. */
function cellFormatsOf(stylesXml: string): CellFormats {
  const custom = new Map<number, string>();
  const numFmtIds: number[] = [];
  let inCellXfs = false;
  for (const tag of tagsOf(stylesXml)) {
    if (tag.name === "cellXfs") inCellXfs = !tag.closing && !tag.selfClosing;
    // exceljs drops the backslashes of a format code ("dd\-mm\-yyyy" is "dd-mm-yyyy").
    else if (tag.name === "numFmt" && !tag.closing) custom.set(parseInt(tag.attributes.numFmtId ?? "", 10), (tag.attributes.formatCode ?? "").replace(/[\\](.)/g, "$1"));
    else if (tag.name === "xf" && inCellXfs && !tag.closing) numFmtIds.push(parseInt(tag.attributes.numFmtId ?? "", 10));
  }
  // exceljs's own table of Excel's built-in formats (0 General … 49 @), which its reader uses.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const builtIn = require("exceljs/lib/xlsx/defaultnumformats") as Record<number, { f?: string } | undefined>;
  const ofStyle = numFmtIds.map((id) => (id ? custom.get(id) || builtIn[id]?.f || undefined : undefined));
  return { ofStyle, isDate: ofStyle.map(isExceljsDateFormat) };
}

interface Tag {
  /** The local name, without a namespace prefix. */
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** Unprefixed attributes by name. */
  readonly attributes: Record<string, string | undefined>;
  /** Prefixed attributes by local name (r:id as id). */
  readonly prefixed: Record<string, string | undefined>;
}

const TAG = /<(\/?)(?:[\w.-]+:)?([\w.-]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The tags of a small part, comments left out. */
function* tagsOf(xml: string): Generator<Tag> {
  for (const m of xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(TAG)) {
    const attributes: Record<string, string> = {};
    const prefixed: Record<string, string> = {};
    for (const a of m[3].matchAll(ATTRIBUTE)) {
      const value = decodeXml(a[2] ?? a[3]);
      const colon = a[1].indexOf(":");
      if (colon < 0) attributes[a[1]] = value;
      else if (!a[1].startsWith("xmlns")) prefixed[a[1].slice(colon + 1)] = value;
    }
    yield { name: m[2], closing: m[1] === "/", selfClosing: m[4] === "/", attributes, prefixed };
  }
}

async function memberText(zip: ZipArchive, member: ZipMember): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.stream(member)) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  if (isUtf16(bytes)) throw new NotScanned();
  return bytes.toString("utf8");
}

/** A UTF-16 part begins with its byte-order mark (exceljs reads it as UTF-8 and fails; so would this). */
function isUtf16(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text as the parser gives it: line ends made \n (XML 1.0 §2.11), entities and character references decoded. */
function decodeXml(text: string): string {
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (entity, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name];
    const code = parseInt(hex ?? dec ?? "", hex !== undefined ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

// ---------------------------------------------------------------------------------------------------
// The big parts, scanned as bytes as they are inflated.

/**
 * Something that reads XML in pieces cut anywhere: scan() reads what it can of `bytes` and answers how
 * many bytes it used; the rest comes back at the front of the next piece.
 */
interface PieceScanner {
  scan(bytes: Buffer): number;
  /** True once the scanner has read all it wants of the part. */
  readonly finished: boolean;
}

async function scanMember(zip: ZipArchive, member: ZipMember, scanner: PieceScanner): Promise<void> {
  const stream: Readable = await zip.stream(member);
  let pending: Buffer | null = null;
  let first = true;
  try {
    for await (const chunk of stream) {
      if (first && isUtf16(chunk as Buffer)) throw new NotScanned();
      first = false;
      const bytes: Buffer = pending === null ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
      const used = scanner.scan(bytes);
      pending = used < bytes.length ? bytes.subarray(used) : null;
      if (scanner.finished) return;
    }
  } finally {
    stream.destroy();
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;
const MINUS = 0x2d;
const BRACKET = 0x5b;
const AMPERSAND = 0x26;
const CARRIAGE_RETURN = 0x0d;
const DIGIT_0 = 0x30;
const LETTER_A = 0x41;
const LETTER_Z = 0x5a;
const LOWER_CASE = 0x20;
const LETTER_C = 0x63;
const LETTER_V = 0x76;

/** nextAttribute's answers besides an index: the piece ends inside the tag, or the tag ends. */
const CUT = -1;
const TAG_END = -2;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === CARRIAGE_RETURN;
}

/** The next '<' from `from`, or -1. A loop in JavaScript: Buffer#indexOf costs a call into C++ each time. */
function nextTag(bytes: Buffer, from: number): number {
  const length = bytes.length;
  for (let i = from; i < length; i++) if (bytes[i] === LT) return i;
  return -1;
}

/** Past the first `marker` after `from`, or -1. */
function endOf(bytes: Buffer, marker: string, from: number): number {
  const at = bytes.indexOf(marker, from + 1, "latin1");
  return at < 0 ? -1 : at + marker.length;
}

/**
 * The byte-level reading both big parts share: a tag's local name (after any namespace prefix, as
 * Strict and prefixed writers have them), its attributes one by one, the end of a tag, comments and
 * processing instructions skipped, and text up to the next tag, decoded.
 */
abstract class XmlBytes {
  /** The local name of the tag last read by readName. */
  protected nameStart = 0;
  protected nameEnd = 0;
  /** The attribute last read by nextAttribute: its name (as written, prefix and all) and its value. */
  protected attributeStart = 0;
  protected attributeEnd = 0;
  protected valueStart = 0;
  protected valueEnd = 0;
  /** Where the tag whose end nextAttribute or tagEnd found ends, and whether it closed itself (<v/>). */
  protected tagClosedAt = 0;
  protected selfClosed = false;
  /** The text last read by readText. */
  protected text = "";

  /** Reads the name of the tag whose '<' is at `lt`; answers whether it is a closing tag, or null when cut short. */
  protected readName(bytes: Buffer, lt: number): boolean | null {
    let i = lt + 1;
    const closing = bytes[i] === SLASH;
    if (closing) i++;
    let start = i;
    const length = bytes.length;
    for (; i < length; i++) {
      const b = bytes[i];
      if (b === GT || b === SLASH || isSpace(b)) break;
      if (b === COLON) start = i + 1;
    }
    if (i >= length) return null;
    this.nameStart = start;
    this.nameEnd = i;
    return closing;
  }

  protected nameIs(bytes: Buffer, name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && sameBytes(bytes, this.nameStart, name);
  }

  protected attributeIs(bytes: Buffer, name: string): boolean {
    return this.attributeEnd - this.attributeStart === name.length && sameBytes(bytes, this.attributeStart, name);
  }

  /** Reads the attribute from `i` on; answers the index after it, TAG_END (see tagClosedAt) or CUT. */
  protected nextAttribute(bytes: Buffer, i: number): number {
    const length = bytes.length;
    while (i < length && isSpace(bytes[i])) i++;
    if (i >= length) return CUT;
    const b = bytes[i];
    if (b === GT || b === SLASH) {
      const gt = b === GT ? i : i + 1;
      if (gt >= length) return CUT;
      this.tagClosedAt = gt + 1;
      this.selfClosed = b === SLASH;
      return TAG_END;
    }
    this.attributeStart = i;
    while (i < length && bytes[i] !== EQUALS && !isSpace(bytes[i])) i++;
    this.attributeEnd = i;
    while (i < length && bytes[i] !== QUOTE && bytes[i] !== APOSTROPHE) i++;
    if (i >= length) return CUT;
    const quote = bytes[i];
    let close = i + 1;
    while (close < length && bytes[close] !== quote) close++;
    if (close >= length) return CUT;
    this.valueStart = i + 1;
    this.valueEnd = close;
    return close + 1;
  }

  /** Reads past the attributes of the tag whose name readName read; answers tagClosedAt, or CUT. */
  protected tagEnd(bytes: Buffer): number {
    let i = this.nameEnd;
    for (;;) {
      i = this.nextAttribute(bytes, i);
      if (i === CUT) return CUT;
      if (i === TAG_END) return this.tagClosedAt;
    }
  }

  /** Past a comment, a processing instruction or a declaration at `lt`; CUT when cut short; 0 when it is none. */
  protected skipSpecial(bytes: Buffer, lt: number): number {
    const b = bytes[lt + 1];
    if (b === QUESTION) return endOf(bytes, "?>", lt);
    if (b !== BANG) return 0;
    if (bytes[lt + 2] === MINUS) return endOf(bytes, "-->", lt);
    if (bytes[lt + 2] === BRACKET) return endOf(bytes, "]]>", lt); // a CDATA section out of place
    const gt = bytes.indexOf(GT, lt);
    return gt < 0 ? CUT : gt + 1;
  }

  /** Reads the text from `from` to the next tag into this.text; answers the '<' of that tag, or CUT. */
  protected readText(bytes: Buffer, from: number): number {
    let i = from;
    let text = "";
    const length = bytes.length;
    for (;;) {
      let special = false;
      let j = i;
      for (; j < length; j++) {
        const b = bytes[j];
        if (b === LT) break;
        if (b === AMPERSAND || b === CARRIAGE_RETURN) special = true;
      }
      if (j >= length) return CUT;
      if (j > i) {
        const raw = bytes.toString("utf8", i, j);
        text += special ? decodeXml(raw) : raw;
      }
      if (bytes[j + 1] !== BANG) {
        this.text = text;
        return j;
      }
      // <![CDATA[…]]> is text as it stands; <!--…--> is no text.
      const cdata = bytes[j + 2] === BRACKET;
      const end = endOf(bytes, cdata ? "]]>" : "-->", j);
      if (end < 0) return CUT;
      if (cdata) text += bytes.toString("utf8", j + 9, end - 3).replace(/\r\n?/g, "\n");
      i = end;
    }
  }
}

function sameBytes(bytes: Buffer, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (bytes[at + k] !== name.charCodeAt(k)) return false;
  return true;
}

/** A run of ASCII digits as a number, or NaN when it is anything else (or too long to be exact). */
function digitsAt(bytes: Buffer, start: number, end: number): number {
  if (end <= start || end - start > 15) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i] - DIGIT_0;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** An optional minus and up to 15 digits as a number, or NaN (parseFloat reads the rest). */
function integerAt(bytes: Buffer, start: number, end: number): number {
  if (bytes[start] !== MINUS) return digitsAt(bytes, start, end);
  return -digitsAt(bytes, start + 1, end);
}

/** Whether XML text holds a reference or a carriage return to decode. */
function needsDecoding(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] === AMPERSAND || bytes[i] === CARRIAGE_RETURN) return true;
  return false;
}

/** The shared strings (sharedStrings.xml), each as exceljs caches it: its text, or null when empty. */
async function readSharedStrings(zip: ZipArchive, member: ZipMember): Promise<(string | null)[]> {
  const scanner = new SharedStringsScanner();
  await scanMember(zip, member, scanner);
  if (!scanner.finished) throw new NotScanned();
  return scanner.strings;
}

/**
 * `<si>` by `<si>`: a plain string's `<t>`, or a rich string's runs (`<r><t>`) joined; a phonetic
 * reading (`<rPh><t>`) is not part of the string.
 */
class SharedStringsScanner extends XmlBytes implements PieceScanner {
  readonly strings: (string | null)[] = [];
  finished = false;
  /** The text of the string's <t> elements so far (most strings have one). */
  private pieces = "";
  private runs = 0;
  private inPhonetic = false;

  scan(bytes: Buffer): number {
    let p = 0;
    for (;;) {
      const lt = nextTag(bytes, p);
      if (lt < 0) return bytes.length; // text outside <t> is layout
      const special = this.skipSpecial(bytes, lt);
      if (special === CUT) return lt;
      if (special > 0) {
        p = special;
        continue;
      }
      const closing = this.readName(bytes, lt);
      const end = closing === null ? CUT : this.tagEnd(bytes);
      if (end === CUT) return lt;
      p = end;
      const opens = !closing && !this.selfClosed;
      if (this.nameIs(bytes, "t")) {
        if (!opens) continue;
        const close = this.readText(bytes, end);
        if (close === CUT) return lt; // the whole <t> again with the next piece
        if (!this.inPhonetic) this.pieces = this.pieces === "" ? this.text : this.pieces + this.text;
        p = close;
      } else if (this.nameIs(bytes, "r")) {
        if (closing) this.runs++;
      } else if (this.nameIs(bytes, "rPh")) {
        this.inPhonetic = opens;
      } else if (this.nameIs(bytes, "si")) {
        if (!opens) this.endString();
        this.pieces = "";
        this.runs = 0;
        this.inPhonetic = false;
      } else if (this.nameIs(bytes, "sst") && !opens) {
        this.finished = true;
        return end;
      }
    }
  }

  private endString(): void {
    // exceljs keeps a plain string's empty text as null (an empty cell), a rich string's as "".
    this.strings.push(this.runs > 0 || this.pieces !== "" ? this.pieces : null);
  }
}

/** A cell's `t`: what its `<v>` holds (ECMA-376 Part 1 §18.18.11). */
const enum CellType {
  Number,
  Shared,
  Text, // "str": a formula's text result, or text written as such
  Inline,
  Boolean,
  Error,
  IsoDate,
}

/**
 * The worksheet's `<sheetData>`, row by row, into the engine's values and formats. A row is read
 * when the piece holds all of it; a row cut by the end of a piece is read again, whole, with the next.
 */
class WorksheetScanner extends XmlBytes implements PieceScanner {
  readonly values: (readonly unknown[])[] = [];
  readonly formats: string[][] = [];
  columnCount = 0;
  finished = false;
  private inSheetData = false;
  private rowsSeen = 0;
  private lastRow = 0;
  // The cell last read by readCell.
  private cellColumn = 0;
  private cellValue: unknown = null;
  private cellFormat: string | undefined = undefined;

  constructor(
    private readonly sharedStrings: readonly (string | null)[],
    private readonly styles: CellFormats,
    private readonly date1904: boolean,
    private readonly onRow: ((row: number) => void) | undefined,
  ) {
    super();
  }

  scan(bytes: Buffer): number {
    let p = 0;
    for (;;) {
      const lt = nextTag(bytes, p);
      if (lt < 0) return bytes.length;
      const special = this.skipSpecial(bytes, lt);
      if (special === CUT) return lt;
      if (special > 0) {
        p = special;
        continue;
      }
      const closing = this.readName(bytes, lt);
      if (closing === null) return lt;
      if (this.inSheetData && !closing && this.nameIs(bytes, "row")) {
        const end = this.readRow(bytes);
        if (end === CUT) return lt;
        p = end;
        continue;
      }
      const end = this.tagEnd(bytes);
      if (end === CUT) return lt;
      if (this.nameIs(bytes, "sheetData")) {
        if (closing || this.selfClosed) {
          this.finished = true;
          return end;
        }
        this.inSheetData = true;
      }
      p = end;
    }
  }

  /** Reads the row whose name readName read, and keeps it; answers the index after it, or CUT. */
  private readRow(bytes: Buffer): number {
    let rowNumber = this.lastRow + 1;
    let rowStyle = NaN;
    for (let i = this.nameEnd; ; ) {
      i = this.nextAttribute(bytes, i);
      if (i === CUT) return CUT;
      if (i === TAG_END) break;
      if (this.attributeIs(bytes, "r")) rowNumber = digitsAt(bytes, this.valueStart, this.valueEnd) || rowNumber;
      else if (this.attributeIs(bytes, "s")) rowStyle = digitsAt(bytes, this.valueStart, this.valueEnd);
    }
    // exceljs gives a cell without a style of its own its row's number format.
    const rowFormat = Number.isNaN(rowStyle) ? undefined : this.styles.ofStyle[rowStyle];
    const rowIsDate = isExceljsDateFormat(rowFormat);
    const cells: unknown[] = [];
    const cellFormats: string[] = [];
    let p = this.tagClosedAt;
    if (!this.selfClosed) {
      let column = 0;
      for (;;) {
        // The common next thing, `<c ` or `</row>`, tested in place; else the next tag read in full.
        let lt = p;
        let closing: boolean | null = false;
        if (bytes[p] === LT && bytes[p + 1] === LETTER_C && isSpace(bytes[p + 2])) {
          this.nameStart = p + 1;
          this.nameEnd = p + 2;
        } else if (p + 6 <= bytes.length && sameBytes(bytes, p, "</row>")) {
          p += 6;
          break;
        } else {
          lt = nextTag(bytes, p);
          if (lt < 0) return CUT;
          const special = this.skipSpecial(bytes, lt);
          if (special === CUT) return CUT;
          if (special > 0) {
            p = special;
            continue;
          }
          closing = this.readName(bytes, lt);
          if (closing === null) return CUT;
        }
        if (!closing && this.nameIs(bytes, "c")) {
          p = this.readCell(bytes, column + 1, rowFormat, rowIsDate);
          if (p === CUT) return CUT;
          column = this.cellColumn;
          if (this.cellValue === null) continue;
          while (cells.length < column - 1) {
            cells.push(null);
            cellFormats.push(GENERAL);
          }
          cells[column - 1] = this.cellValue;
          cellFormats[column - 1] = this.cellFormat || GENERAL;
          continue;
        }
        p = this.tagEnd(bytes);
        if (p === CUT) return CUT;
        if (closing && this.nameIs(bytes, "row")) break;
      }
    }
    this.keepRow(rowNumber, cells, cellFormats);
    return p;
  }

  private keepRow(rowNumber: number, cells: unknown[], cellFormats: string[]): void {
    this.lastRow = rowNumber;
    if (this.onRow && ++this.rowsSeen % ROWS_PER_PROGRESS === 0) this.onRow(rowNumber);
    if (cells.length === 0) return; // a row with formatting only
    const index = rowNumber - 1;
    while (this.values.length < index) {
      this.values.push(EMPTY_ROW);
      this.formats.push(EMPTY_FORMATS);
    }
    this.values[index] = cells;
    this.formats[index] = cellFormats;
    if (cells.length > this.columnCount) this.columnCount = cells.length;
  }

  /**
   * Reads the cell whose name readName read into cellColumn, cellValue and cellFormat; answers the
   * index after it, or CUT.
   */
  private readCell(bytes: Buffer, column: number, rowFormat: string | undefined, rowIsDate: boolean): number {
    let style = 0;
    let type = CellType.Number;
    for (let i = this.nameEnd; ; ) {
      i = this.nextAttribute(bytes, i);
      if (i === CUT) return CUT;
      if (i === TAG_END) break;
      if (this.attributeIs(bytes, "r")) column = columnOf(bytes, this.valueStart, this.valueEnd) || column;
      else if (this.attributeIs(bytes, "s")) style = digitsAt(bytes, this.valueStart, this.valueEnd) || 0;
      else if (this.attributeIs(bytes, "t")) type = cellTypeOf(bytes, this.valueStart, this.valueEnd);
    }
    // exceljs gives a cell its own style only when `s` is not 0 and names a style that exists.
    const ownStyle = style > 0 && style < this.styles.ofStyle.length;
    this.cellColumn = column;
    this.cellFormat = ownStyle ? this.styles.ofStyle[style] : rowFormat;
    this.cellValue = null;
    let p = this.tagClosedAt;
    if (this.selfClosed) return p;
    const isDate = ownStyle ? this.styles.isDate[style] : rowIsDate;

    // The common cell, `<v>` plain text `</v></c>`, read in place.
    if (bytes[p] === LT && bytes[p + 1] === LETTER_V && bytes[p + 2] === GT) {
      const start = p + 3;
      const close = nextTag(bytes, start);
      if (close > 0 && close + 8 <= bytes.length && sameBytes(bytes, close, "</v></c>") && !needsDecoding(bytes, start, close)) {
        this.cellValue = this.plainValue(type, bytes, start, close, null, isDate);
        return close + 8;
      }
    }

    // The cell's <v> or <is>: plain bytes at valueStart…valueEnd (the common case, decoded only when
    // text is needed), or its decoded text; hasValue false when the cell has neither.
    let hasValue = false;
    let text: string | null = null;
    let valueStart = 0;
    let valueEnd = 0;
    let formula: string | null = null;
    for (;;) {
      const lt = nextTag(bytes, p);
      if (lt < 0) return CUT;
      const special = this.skipSpecial(bytes, lt);
      if (special === CUT) return CUT;
      if (special > 0) {
        p = special;
        continue;
      }
      const closing = this.readName(bytes, lt);
      if (closing === null) return CUT;
      const end = this.tagEnd(bytes);
      if (end === CUT) return CUT;
      p = end;
      if (closing) {
        if (this.nameIs(bytes, "c")) break;
        continue;
      }
      if (this.nameIs(bytes, "v")) {
        hasValue = true;
        text = null;
        valueStart = valueEnd = end;
        if (this.selfClosed) continue;
        const close = nextTag(bytes, end);
        if (close === CUT) return CUT;
        if (bytes[close + 1] === BANG || needsDecoding(bytes, end, close)) {
          p = this.readText(bytes, end);
          if (p === CUT) return CUT;
          text = this.text;
        } else {
          valueEnd = p = close;
        }
      } else if (this.nameIs(bytes, "f")) {
        if (this.selfClosed) {
          formula = "";
          continue;
        }
        p = this.readText(bytes, end);
        if (p === CUT) return CUT;
        formula = this.text;
      } else if (this.nameIs(bytes, "is")) {
        hasValue = true;
        text = "";
        if (this.selfClosed) continue;
        p = this.readInlineString(bytes, end);
        if (p === CUT) return CUT;
        text = this.text;
      }
    }
    if (hasValue || formula !== null) {
      this.cellValue =
        formula === null
          ? this.plainValue(type, bytes, valueStart, valueEnd, text, isDate)
          : this.formulaValue(type, hasValue ? (text ?? bytes.toString("utf8", valueStart, valueEnd)) : null, formula);
    }
    return p;
  }

  /** The text of an inline string's runs, up to its </is>, into this.text; answers the index after it, or CUT. */
  private readInlineString(bytes: Buffer, from: number): number {
    const pieces: string[] = [];
    let inPhonetic = false;
    for (let p = from; ; ) {
      const lt = nextTag(bytes, p);
      if (lt < 0) return CUT;
      const special = this.skipSpecial(bytes, lt);
      if (special === CUT) return CUT;
      if (special > 0) {
        p = special;
        continue;
      }
      const closing = this.readName(bytes, lt);
      if (closing === null) return CUT;
      const end = this.tagEnd(bytes);
      if (end === CUT) return CUT;
      p = end;
      if (this.nameIs(bytes, "t") && !closing && !this.selfClosed) {
        const close = this.readText(bytes, end);
        if (close === CUT) return CUT;
        if (!inPhonetic) pieces.push(this.text);
        p = close;
      } else if (this.nameIs(bytes, "rPh")) {
        inPhonetic = !closing && !this.selfClosed;
      } else if (this.nameIs(bytes, "is") && closing) {
        this.text = pieces.join("");
        return end;
      }
    }
  }

  /**
   * A value without a formula, as exceljs's reader makes it and plainCellValue makes that plain: from
   * the plain bytes start…end, or from `decoded` when it is not null.
   */
  private plainValue(type: CellType, bytes: Buffer, start: number, end: number, decoded: string | null, isDate: boolean): unknown {
    if (type === CellType.Number) {
      let n = decoded === null ? integerAt(bytes, start, end) : NaN;
      if (Number.isNaN(n)) n = parseFloat(decoded ?? bytes.toString("utf8", start, end));
      if (isDate) return serialDateValue(n, this.date1904);
      return Number.isFinite(n) ? n : FORMULA_ERROR;
    }
    if (type === CellType.Shared) {
      let index = decoded === null ? digitsAt(bytes, start, end) : NaN;
      if (Number.isNaN(index)) index = parseInt(decoded ?? bytes.toString("utf8", start, end), 10);
      return this.sharedStrings[index] ?? null;
    }
    const text = decoded ?? bytes.toString("utf8", start, end);
    if (type === CellType.IsoDate) return isoDateValue(text);
    if (type === CellType.Boolean) return parseInt(text, 10) !== 0;
    return text; // Text, Inline, Error
  }

  /**
   * A formula's cell as exceljs's reader gives it: the cached result when there is one, text for a
   * text, error or ISO date result and else a number (never a date); a formula of its own with no
   * result (no <v>, or an empty one that is not text) is an UncalculatedFormula; a cached "" or 0 is
   * the formula's result.
   */
  private formulaValue(type: CellType, text: string | null, formula: string): unknown {
    if (text === null) return new UncalculatedFormula(formula);
    if (type === CellType.IsoDate) return isoDateValue(text);
    const isText = type === CellType.Text || type === CellType.Error;
    // openpyxl writes an empty <v></v> for a formula it could not calculate: no result; an empty text
    // result is t="str" (Excel and LibreOffice write a formula's "" so).
    if (formula !== "" && !isText && text.trim() === "") return new UncalculatedFormula(formula);
    const result: string | number = isText ? text : parseFloat(text);
    if (typeof result === "string") return result;
    return Number.isFinite(result) ? result : FORMULA_ERROR;
  }
}

/** The column number of a cell reference ("AB12" is 28); 0 when it has no letters. */
function columnOf(bytes: Buffer, start: number, end: number): number {
  let column = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i] & ~LOWER_CASE;
    if (b < LETTER_A || b > LETTER_Z) break;
    column = column * 26 + (b - LETTER_A + 1);
  }
  return column;
}

function cellTypeOf(bytes: Buffer, start: number, end: number): CellType {
  const length = end - start;
  if (length === 1) {
    switch (bytes[start]) {
      case 0x73: // s
        return CellType.Shared;
      case 0x62: // b
        return CellType.Boolean;
      case 0x65: // e
        return CellType.Error;
      case 0x64: // d
        return CellType.IsoDate;
    }
  }
  if (length === 3 && sameBytes(bytes, start, "str")) return CellType.Text;
  if (length === 9 && sameBytes(bytes, start, "inlineStr")) return CellType.Inline;
  return CellType.Number;
}
