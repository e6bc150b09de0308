// What stands for Excel's grid on the demo page: the sheets of the workbook the page holds, drawn
// after every request the task pane makes, so that what the pane writes (status column, findings,
// worklist, recap, archive, imported sheets) can be seen. Sheet tabs, a formula bar, the selection the
// pane's go-to-cell sets, and the status column's colours. Typing in the formula bar enters a value the
// way Excel does (the host model's typing rules: a NIK typed into a General cell becomes a 15-digit
// number), so a user can break a cell and audit again.
//
// Cell text is set with textContent only: an imported CSV may hold anything.
import { dayOfExcelSerial, ymdOf } from "../core/dates";
import { columnLetters } from "../excel/addresses";
import type { SheetModel, WorkbookModel } from "../../test/excel-double/excel-double";

/** Rows drawn at once; the rest are a click away (a findings sheet can be long). */
const ROWS_SHOWN = 200;
const COLUMNS_SHOWN = 40;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function isDateFormat(format: string): boolean {
  return /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
}

/** A date serial shown in its format's order of day, month and year (enough of Excel's codes for dates). */
function dateText(serial: number, format: string, date1904: boolean): string {
  const day = dayOfExcelSerial(serial, date1904);
  if (day === null) return String(serial);
  const { year, month, day: d } = ymdOf(day);
  const two = (n: number) => String(n).padStart(2, "0");
  const parts: Record<string, string> = { yyyy: String(year), yy: two(year % 100), mm: two(month), m: String(month), dd: two(d), d: String(d) };
  return format.replace(/"[^"]*"|\[[^\]]*\]/g, "").replace(/yyyy|yy|mm|m|dd|d/gi, (token) => parts[token.toLowerCase()] ?? token).replace(/\\/g, "");
}

/** What a cell shows: dates in their format, long numbers the way General shows them (3.17101E+15). */
export function shownText(value: unknown, format: string, date1904 = false): string {
  if (value === "" || value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  if (isDateFormat(format)) return dateText(value, format, date1904);
  if (Math.abs(value) >= 1e11) return value.toExponential(5).replace(/\.?0+e/, "e").toUpperCase();
  return String(Number(value.toPrecision(10)));
}

/** What the formula bar shows: the formula, the date, or the number with every digit Excel kept. */
function editText(sheet: SheetModel, r: number, c: number, date1904: boolean): string {
  const formula = sheet.formula(r, c);
  if (formula !== undefined) return formula;
  const value = sheet.value(r, c);
  if (typeof value === "number" && isDateFormat(sheet.format(r, c))) return dateText(value, "dd-mm-yyyy", date1904);
  return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
}

export class WorkbookView {
  private shown: string;
  private lastActive: string;
  private lastSelection: WorkbookModel["selection"] = null;
  private firstRow = 0;
  /** Sheets the pane added since the user last looked at them: their tabs say so. */
  private readonly unseen = new Set<string>();
  private known: Set<string>;
  private scheduled = false;
  private readonly tabs = el("div", { class: "demo-tabs", role: "tablist", id: "demo-tabs" });
  private readonly grid = el("table", { class: "demo-grid", id: "demo-grid" });
  private readonly address = el("output", { class: "demo-address", id: "demo-address" });
  private readonly input = el("input", { type: "text", id: "demo-cell-input", class: "demo-cell-input", autocomplete: "off", spellcheck: "false", "aria-label": "Isi sel / Cell contents" });
  private readonly pager = el("div", { class: "demo-pager" });
  private readonly charts = el("ul", { class: "demo-charts" });

  constructor(
    readonly root: HTMLElement,
    private readonly book: WorkbookModel,
  ) {
    this.shown = book.active;
    this.lastActive = book.active;
    this.known = new Set(book.sheets.map((s) => s.name));
    const bar = el("div", { class: "demo-formula-bar" });
    bar.append(this.address, this.input);
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") this.enter();
      if (event.key === "Escape") this.render();
    });
    const scroller = el("div", { class: "demo-grid-scroll" });
    scroller.append(this.grid);
    root.replaceChildren(bar, scroller, this.pager, this.charts, this.tabs);
    this.grid.addEventListener("click", (event) => {
      const cell = (event.target as HTMLElement).closest("td[data-r]");
      if (cell instanceof HTMLElement) this.select(Number(cell.dataset.r), Number(cell.dataset.c));
    });
    this.render();
  }

  /** Draws again soon: called after each request the pane's Excel client sends. */
  refresh(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.render();
    }, 30);
  }

  private sheet(): SheetModel | undefined {
    return this.book.findSheet(this.shown) ?? this.book.sheets[0];
  }

  private select(r: number, c: number): void {
    this.book.active = this.shown;
    this.lastActive = this.shown;
    this.book.selection = { sheet: this.shown, rect: { r, c, rows: 1, cols: 1 } };
    this.lastSelection = this.book.selection;
    this.render();
    this.input.focus();
  }

  /** The formula bar's Enter: the text typed into the selected cell, as Excel would store it. */
  private enter(): void {
    const selection = this.book.selection;
    const sheet = selection && this.book.findSheet(selection.sheet);
    if (!selection || !sheet) return;
    if (sheet.protected) {
      this.input.setCustomValidity("Lembar dilindungi / The sheet is protected");
      this.input.reportValidity();
      return;
    }
    sheet.typeIn(selection.rect.r, selection.rect.c, this.input.value);
    this.render();
  }

  /** Follows what the pane did: a sheet it activated, a cell it selected (go to cell). */
  private follow(): void {
    if (this.book.active !== this.lastActive) {
      this.lastActive = this.book.active;
      this.shown = this.book.active;
      this.firstRow = 0;
    }
    const selection = this.book.selection;
    if (selection && selection !== this.lastSelection) {
      this.lastSelection = selection;
      this.shown = selection.sheet;
      const r = selection.rect.r;
      if (r < this.firstRow || r >= this.firstRow + ROWS_SHOWN) this.firstRow = Math.max(0, r - 10);
      setTimeout(() => this.grid.querySelector("td.selected")?.scrollIntoView({ block: "center", inline: "nearest" }), 0);
    }
    if (!this.book.findSheet(this.shown)) this.shown = this.book.sheets[0]?.name ?? "";
    for (const sheet of this.book.sheets) if (!this.known.has(sheet.name)) this.unseen.add(sheet.name);
    this.known = new Set(this.book.sheets.map((s) => s.name));
    this.unseen.delete(this.shown);
  }

  private render(): void {
    this.follow();
    const sheet = this.sheet();
    this.renderTabs();
    if (!sheet) return;
    const used = sheet.usedRect(false);
    const rowCount = used ? used.r + used.rows : 0;
    const colCount = Math.min(COLUMNS_SHOWN, Math.max(used ? used.c + used.cols : 0, 6));
    if (this.firstRow >= rowCount) this.firstRow = Math.max(0, rowCount - ROWS_SHOWN);
    const last = Math.min(rowCount, this.firstRow + ROWS_SHOWN);
    const date1904 = this.book.use1904DateSystem;
    const selection = this.book.selection?.sheet === sheet.name ? this.book.selection.rect : null;
    const inSelection = (r: number, c: number) => selection !== null && r >= selection.r && r < selection.r + selection.rows && c >= selection.c && c < selection.c + selection.cols;
    const bold = (r: number, c: number) => sheet.bold.some((b) => r >= b.r && r < b.r + b.rows && c >= b.c && c < b.c + b.cols);

    const head = el("thead");
    const letters = el("tr");
    letters.append(el("th", { class: "demo-corner" }));
    for (let c = 0; c < colCount; c++) letters.append(el("th", { scope: "col" }, columnLetters(c)));
    head.append(letters);
    const body = el("tbody");
    // At least a screenful of rows, as a sheet has, even when it holds less.
    for (let r = this.firstRow; r < Math.max(last, this.firstRow + 20); r++) {
      if (sheet.hiddenRows.has(r)) continue;
      const tr = el("tr");
      tr.append(el("th", { scope: "row" }, String(r + 1)));
      for (let c = 0; c < colCount; c++) {
        const value = sheet.value(r, c);
        const format = sheet.format(r, c);
        const text = shownText(value, format, date1904);
        const td = el("td", { "data-r": String(r), "data-c": String(c) }, text);
        if (typeof value === "number" && !isDateFormat(format)) td.classList.add("num");
        if (text.length > 24) td.title = text;
        if (inSelection(r, c)) td.classList.add("selected");
        if (bold(r, c)) td.classList.add("bold");
        this.paint(td, sheet, r, c, text);
        tr.append(td);
      }
      body.append(tr);
    }
    this.grid.replaceChildren(head, body);
    this.grid.dataset.sheet = sheet.name;

    const at = selection ?? { r: 0, c: 0, rows: 1, cols: 1 };
    this.address.textContent = `${columnLetters(at.c)}${at.r + 1}`;
    if (document.activeElement !== this.input) this.input.value = selection ? editText(sheet, at.r, at.c, date1904) : "";
    this.input.setCustomValidity("");
    this.renderPager(rowCount, last);
    this.charts.replaceChildren(...sheet.charts.map((chart) => el("li", {}, `Grafik / Chart: ${chart.title || chart.name} (${chart.type})`)));
  }

  /** The status column's conditional formats ("begins with GALAT" → red …), as Excel paints them. */
  private paint(td: HTMLElement, sheet: SheetModel, r: number, c: number, text: string): void {
    for (const format of sheet.conditionalFormats) {
      const { rect, rule } = format;
      if (!rule || r < rect.r || r >= rect.r + rect.rows || c < rect.c || c >= rect.c + rect.cols) continue;
      const hit = rule.operator === "BeginsWith" ? text.startsWith(rule.text) : rule.operator === "EndsWith" ? text.endsWith(rule.text) : rule.operator === "NotContains" ? !text.includes(rule.text) : text.includes(rule.text);
      if (!hit) continue;
      // Set through the CSSOM, which the page's style-src 'self' allows (a style attribute would not be).
      if (format.fill) td.style.backgroundColor = format.fill;
      if (format.font) td.style.color = format.font;
      return;
    }
  }

  private renderPager(rowCount: number, last: number): void {
    const parts: HTMLElement[] = [];
    if (rowCount > ROWS_SHOWN) {
      const previous = el("button", { type: "button", class: "link", id: "demo-rows-previous" }, "◀");
      previous.disabled = this.firstRow === 0;
      previous.addEventListener("click", () => {
        this.firstRow = Math.max(0, this.firstRow - ROWS_SHOWN);
        this.render();
      });
      const next = el("button", { type: "button", class: "link", id: "demo-rows-next" }, "▶");
      next.disabled = last >= rowCount;
      next.addEventListener("click", () => {
        this.firstRow += ROWS_SHOWN;
        this.render();
      });
      parts.push(previous, el("span", {}, `Baris / Rows ${this.firstRow + 1}–${last} / ${rowCount}`), next);
    }
    this.pager.replaceChildren(...parts);
  }

  private renderTabs(): void {
    const tabs = this.book.sheets
      .filter((s) => s.visibility === "Visible")
      .map((s) => {
        const tab = el("button", { type: "button", role: "tab", class: "demo-tab", "data-sheet": s.name, "aria-selected": String(s.name === this.shown) }, s.name);
        if (this.unseen.has(s.name)) {
          tab.classList.add("demo-tab-new");
          tab.title = "Baru ditulis oleh panel / Just written by the pane";
        }
        tab.addEventListener("click", () => {
          this.shown = s.name;
          this.book.active = s.name;
          this.lastActive = s.name;
          this.firstRow = 0;
          this.render();
        });
        return tab;
      });
    this.tabs.replaceChildren(...tabs);
  }
}
