// Remembering what a text says, for readers that run over every cell of a column.

/**
 * `read` remembered per distinct text. A ledger column repeats a handful of texts ("Aktif", "L",
 * "dd-mm-yyyy") over a million rows; the regular expressions then run once per text, not per cell.
 */
export function memoOfText<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (text.length > 64) return read(text); // long text is rare and would make the memory large
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      value = read(text);
      if (seen.size >= limit) seen.clear();
      seen.set(text, value);
    }
    return value as T;
  };
}
