// A1 addresses, 0-based internally.

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = toA1(top, left);
  return top === bottom && left === right ? a : `${a}:${toA1(bottom, right)}`;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B7" or "$B$7" to 0-based {row, col}; undefined when not an address. */
export function parseA1(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Sheet names that need quoting in a reference ('Phân công'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
