// How much goes into one request. Excel on the web refuses a request or a response over 5 MB
// (../shared/TOOLCHAIN.md), so ranges are read and written in blocks of rows sized by what their cells
// weigh as JSON, and the number of context.sync calls grows with blocks, never with rows.

/** Excel on the web's cap on one request and on one response. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What a block may weigh. Under the cap with room for what the estimate misses: JSON escapes, the
 * request's own envelope, and UTF-8 bytes of non-ASCII text (counted here as 2 bytes per char).
 */
export const BLOCK_BUDGET_BYTES = 3.5 * 1024 * 1024;

/** Rows in the first block read, before anything is known of the cells' weight. */
export const FIRST_READ_ROWS = 2000;

/** What a cell value weighs in the JSON of a request or response, near enough and never much less. */
export function cellBytes(value: unknown): number {
  if (typeof value === "string") {
    let bytes = value.length + 3;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c > 0x7f || c === 0x22 || c === 0x5c || c < 0x20) bytes += c > 0x7ff ? 5 : 1; // multi-byte or escaped
    }
    return bytes;
  }
  // A date serial or a count is a few digits; anything else is weighed as the longest a number prints.
  if (typeof value === "number") return Number.isInteger(value) && value > -1e6 && value < 1e6 ? 8 : 24;
  if (typeof value === "boolean") return 6;
  return 5;
}

/** The weight of a row of values (and their number formats, when read with them). */
export function rowBytes(values: readonly unknown[], formats?: readonly unknown[]): number {
  let bytes = 2;
  for (const v of values) bytes += cellBytes(v);
  if (formats) for (const f of formats) bytes += cellBytes(f);
  return bytes;
}

/**
 * Splits rows [0, count) into blocks whose weight stays within the budget: each block is [start, end).
 * A single row heavier than the budget is still a block of its own (Excel caps a cell at 32,767 chars,
 * so one row of a real ledger is far below 5 MB).
 */
export function blocksByWeight(count: number, weightOf: (i: number) => number, budget = BLOCK_BUDGET_BYTES, maxPerBlock = Infinity): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  let weight = 0;
  for (let i = 0; i < count; i++) {
    const w = weightOf(i);
    if (i > start && (weight + w > budget || i - start >= maxPerBlock)) {
      blocks.push([start, i]);
      start = i;
      weight = 0;
    }
    weight += w;
  }
  if (count > start) blocks.push([start, count]);
  return blocks;
}

/** Rows for the next read block, from the heaviest row weight seen so far. */
export function nextReadRows(heaviestRowBytes: number, budget = BLOCK_BUDGET_BYTES): number {
  return Math.max(1, Math.floor(budget / Math.max(heaviestRowBytes, 1)));
}

/**
 * What Microsoft's Excel client spends on one range operation beyond its cells: the object paths and
 * actions of its envelope (measured through the client, ../shared/TOOLCHAIN.md: about 380 B for an insert
 * or a delete, 420 B for a one-cell write, 650 B for a row's numberFormat + formulas), rounded up.
 */
export const OPERATION_BYTES = 800;

/**
 * Range operations in one request at the most, whatever they weigh, so no sync grows with the rows.
 * Ranges made in such loops are untracked (Range.untrack): an Excel.run batch otherwise keeps a
 * reference to each and removes them all in one cleanup request at its end, which for tens of thousands
 * of ranges is itself over 5 MB.
 */
export const MAX_OPERATIONS_PER_SYNC = 2_000;

/**
 * Splits operations [0, count) into requests: each operation weighs its cells plus OPERATION_BYTES, and a
 * request holds at most MAX_OPERATIONS_PER_SYNC of them and at most `budget` bytes.
 */
export function blocksOfOperations(count: number, weightOf: (i: number) => number, budget = BLOCK_BUDGET_BYTES): [number, number][] {
  return blocksByWeight(count, (i) => weightOf(i) + OPERATION_BYTES, budget, MAX_OPERATIONS_PER_SYNC);
}

/** Excel on the web reads at most 5,000,000 cells in one request (Resource limits for Office Add-ins). */
export const CELLS_PER_READ = 5_000_000;

/** Rows of `width` columns that one read may ask for: the weight budget, and never over 5,000,000 cells. */
export function rowsPerRead(width: number, heaviestRowBytes: number | null, budget = BLOCK_BUDGET_BYTES): number {
  const byCells = Math.max(1, Math.floor(CELLS_PER_READ / Math.max(width, 1)));
  const byWeight = heaviestRowBytes === null ? FIRST_READ_ROWS : nextReadRows(heaviestRowBytes, budget);
  return Math.max(1, Math.min(byCells, byWeight));
}
