// Two defects of exceljs 4.4's .xlsx reader, corrected where they arise. Imported before exceljs is
// used (xlsx-exceljs.ts imports this module), on the classes exceljs uses, so the order of loading does
// not matter.
//
// 1. ISO 8601 date cells (`<c t="d"><v>2026-11-30T00:00:00</v></c>`, ECMA-376 Part 1 §18.18.11
//    ST_CellType "d"), written by Excel's Strict Open XML save, openpyxl's `iso_dates` and SheetJS's
//    `cellDates`: exceljs parses the text with parseFloat and gets the year (2026 → a date in 1905;
//    exceljs#2695). The cell's XML events are rewritten to a text cell holding the ISO date behind a
//    mark (ISO_DATE_MARK), which plainCellValue turns into the exact day, in either date system.
//    A formula's cached error (`t="e"`) is kept as its text the same way ("#N/A"), where exceljs
//    would parse it to NaN.
// 2. `<workbookPr date1904="true"/>`: the attribute is an xsd:boolean (ECMA-376 Part 1 §18.2.28),
//    "true" or "1" (LibreOffice writes "true"), but exceljs accepts only "1".
import { SaxesParser } from "saxes";
import { ISO_DATE_MARK } from "./xlsx-model";

interface SaxTag {
  name: string;
  attributes: Record<string, string>;
}
type Handler = (value: unknown) => void;
const KIND = Symbol("cell kind");
const TEXT = Symbol("text handler");
interface Parser {
  [KIND]?: "date" | "error" | null;
  [TEXT]?: Handler;
}

/**
 * exceljs reads every XML part through saxes, setting its handlers with `on`. The handlers it sets are
 * wrapped: a `<c t="d">` or `<c t="e">` opens as a text cell (`t="str"`), and a date cell's `<v>` text
 * begins with ISO_DATE_MARK. The kind of the open cell is kept on the parser, across chunks.
 */
function patchSaxes(): void {
  const proto = SaxesParser.prototype as unknown as { on(name: string, handler: Handler): void; fixed?: boolean };
  if (proto.fixed) return;
  proto.fixed = true;
  const on = proto.on;
  proto.on = function (this: Parser, name: string, handler: Handler) {
    if (name === "text") this[TEXT] = handler;
    if (name === "opentag") {
      const opened = handler;
      handler = (value) => {
        const node = value as SaxTag;
        if (node.name === "c") {
          const t = node.attributes.t;
          this[KIND] = t === "d" ? "date" : t === "e" ? "error" : null;
          if (this[KIND]) value = { ...node, attributes: { ...node.attributes, t: "str" } };
        }
        opened(value);
        if (node.name === "v" && this[KIND] === "date") this[TEXT]?.(ISO_DATE_MARK);
      };
    } else if (name === "closetag") {
      const closed = handler;
      handler = (value) => {
        if ((value as SaxTag).name === "c") this[KIND] = null;
        closed(value);
      };
    }
    on.call(this, name, handler);
  };
}

function patchDate1904(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Xform = require("exceljs/lib/xlsx/xform/book/workbook-properties-xform") as { prototype: { parseOpen(node: SaxTag): boolean; fixed?: boolean } };
  if (Xform.prototype.fixed) return;
  Xform.prototype.fixed = true;
  const parseOpen = Xform.prototype.parseOpen;
  Xform.prototype.parseOpen = function (this: { model?: { date1904?: boolean } }, node) {
    const handled = parseOpen.call(this, node);
    if (node.name === "workbookPr") this.model = { ...this.model, date1904: /^(1|true)$/i.test(node.attributes.date1904 ?? "") };
    return handled;
  };
}

patchSaxes();
patchDate1904();
