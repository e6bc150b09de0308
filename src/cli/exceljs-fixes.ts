// Two defects of exceljs 4.4's .xlsx reader, corrected where they arise. Imported before exceljs is
// first loaded (xlsx-ledger.ts imports this module first), since the streaming worksheet reader takes
// its XML event source when it loads (or, when exceljs was loaded first, its readers are loaded again).
//
// 1. ISO 8601 date cells (`<c t="d"><v>2026-11-30T00:00:00</v></c>`, ECMA-376 Part 1 §18.18.11
//    ST_CellType "d"), written by Excel's Strict Open XML save, openpyxl's `iso_dates` and SheetJS's
//    `cellDates`: exceljs parses the text with parseFloat and gets the year (2026 → a date in 1905;
//    exceljs#2695). The cell's events are rewritten to a text cell holding the ISO date behind a mark
//    (ISO_DATE_MARK), which plainCellValue turns into the exact day, in either date system.
//    A formula's cached error (`t="e"`) is kept as its text the same way ("#N/A"), where exceljs
//    would parse it to NaN.
// 2. `<workbookPr date1904="true"/>`: the attribute is an xsd:boolean (ECMA-376 Part 1 §18.2.28),
//    "true" or "1" (LibreOffice writes "true"), but exceljs accepts only "1".
import { createRequire } from "node:module";

/** Starts the text of a cell that held an ISO 8601 date (a character no cell text begins with). */
export const ISO_DATE_MARK = "\u0000iso-date:";

interface SaxEvent {
  eventType: "opentag" | "text" | "closetag";
  value: { name: string; attributes: Record<string, string> } | string;
}
type ParseSax = (iterable: unknown) => AsyncGenerator<SaxEvent[]>;

// Resolves exceljs's own files (lib/…) from its package folder.
const load = createRequire(require.resolve("exceljs"));

function patchParseSax(): void {
  const exceljs = load("exceljs") as { stream: { xlsx: { WorkbookReader: unknown } } };
  const id = load.resolve("./lib/utils/parse-sax");
  const original = load(id) as ParseSax & { fixed?: boolean };
  if (original.fixed) return;
  const fixed = async function* (iterable: unknown): AsyncGenerator<SaxEvent[]> {
    // A cell's type decides how its <v> is read: state is kept across batches of events.
    let kind: "date" | "error" | null = null;
    for await (const events of original(iterable)) {
      const out: SaxEvent[] = [];
      for (const event of events) {
        out.push(event);
        if (event.eventType === "opentag") {
          const node = event.value as { name: string; attributes: Record<string, string> };
          if (node.name === "c") {
            kind = node.attributes.t === "d" ? "date" : node.attributes.t === "e" ? "error" : null;
            if (kind !== null) event.value = { ...node, attributes: { ...node.attributes, t: "str" } };
          } else if (node.name === "v" && kind === "date") out.push({ eventType: "text", value: ISO_DATE_MARK });
        } else if (event.eventType === "closetag" && (event.value as { name: string }).name === "c") kind = null;
      }
      yield out;
    }
  } as ParseSax & { fixed?: boolean };
  fixed.fixed = true;
  load.cache[id]!.exports = fixed;
  // The readers took their event source when they loaded: load them again, and hand exceljs the new one.
  for (const reader of ["./lib/stream/xlsx/workbook-reader", "./lib/stream/xlsx/worksheet-reader"]) delete load.cache[load.resolve(reader)];
  exceljs.stream.xlsx.WorkbookReader = load("./lib/stream/xlsx/workbook-reader");
}

function patchDate1904(): void {
  const Xform = load("./lib/xlsx/xform/book/workbook-properties-xform") as { prototype: { parseOpen(node: { name: string; attributes: Record<string, string> }): boolean; model?: unknown } };
  const parseOpen = Xform.prototype.parseOpen;
  Xform.prototype.parseOpen = function (this: { model?: { date1904?: boolean } }, node) {
    const handled = parseOpen.call(this, node);
    if (node.name === "workbookPr") this.model = { ...this.model, date1904: /^(1|true)$/i.test(node.attributes.date1904 ?? "") };
    return handled;
  };
}

patchParseSax();
patchDate1904();
