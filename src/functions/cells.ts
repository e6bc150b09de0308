// How Excel hands ranges to custom functions and takes results back. Every function takes a single
// cell or a whole range (as a matrix) and returns a matrix of the same shape, which Excel spills.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel cells hold any scalar.
export type Matrix = any[][];

/**
 * An empty cell. Excel desktop passes empty cells as 0 and Excel on the web as null; no identifier,
 * name or date is ever 0, so 0 is read as empty too.
 */
export function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || value === "" || value === 0;
}

/** A literal argument (`=BPJS.VALIDNIK("3171…")`) arrives as a scalar on some hosts: make it a matrix. */
export function asMatrix(value: unknown): Matrix {
  if (Array.isArray(value)) return Array.isArray(value[0]) ? (value as Matrix) : [value];
  return [[value]];
}

/**
 * A cell holding an entity or another data type (Excel.CellValue: { type, basicValue, … }) reaches a
 * function as that object on hosts that pass data types through; its basic value is what the cell shows.
 */
export function plainCell(value: unknown): unknown {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "basicValue" in value) return (value as { basicValue: unknown }).basicValue;
  return value;
}

export function mapCells(input: unknown, fn: (value: unknown, row: number, col: number) => unknown): Matrix {
  const m = asMatrix(input);
  const out: Matrix = new Array(m.length);
  for (let r = 0; r < m.length; r++) {
    const row = m[r];
    const outRow = new Array(row.length);
    for (let c = 0; c < row.length; c++) outRow[c] = fn(plainCell(row[c]), r, c);
    out[r] = outRow;
  }
  return out;
}

/** A #VALUE! error carrying our message, shown in the cell's error tooltip. */
export function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * Reads an optional argument alongside the main range: absent gives null everywhere, one cell applies
 * to every cell, a range must have the main range's shape.
 */
export function alongside(main: unknown, optional: unknown, what: string): (row: number, col: number) => unknown {
  if (optional === null || optional === undefined) return () => null;
  const m = asMatrix(main);
  const o = asMatrix(optional);
  if (o.length === 1 && o[0].length === 1) {
    const single = o[0][0];
    return () => single;
  }
  if (o.length !== m.length || o[0].length !== m[0].length) {
    throw valueError(`${what}: range must be one cell or the same size as the NIK range / harus satu sel atau seukuran rentang NIK`);
  }
  return (row, col) => o[row][col];
}
