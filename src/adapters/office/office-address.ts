// Reading the addresses Office reports ("'Phân công'!A1:B2", "Sheet1!C5", "1:5000",
// comma lists from RangeAreas) back into 0-based rectangles.
import { splitOutsideQuotes } from '../../domain/text/split-outside-quotes';
import type { CellRect } from '../../domain/model/grid';
import { columnIndex } from '../../domain/model/address';

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

/** One area without its sheet prefix; undefined when not understood. */
export function parseLocalArea(local: string): CellRect | undefined {
  const parts = local.trim().split(':');
  if (parts.length > 2 || parts[0] === '') return undefined;
  const ends = parts.map((p) => PART.exec(p.trim()));
  if (ends.some((m) => !m || (!m[1] && !m[2]))) return undefined;
  const [a, b] = [ends[0]!, ends[ends.length - 1]!];
  const row = (m: RegExpExecArray, dflt: number) => (m[2] ? Number(m[2]) - 1 : dflt);
  const col = (m: RegExpExecArray, dflt: number) => (m[1] ? columnIndex(m[1]) : dflt);
  return { top: row(a, 0), left: col(a, 0), bottom: row(b, 1048575), right: col(b, 16383) };
}

/** Strips "Sheet!" (quoted or not) from one area. */
export function stripSheet(area: string): string {
  const bang = area.lastIndexOf('!');
  return bang < 0 ? area : area.slice(bang + 1);
}

/** Splits a RangeAreas address at the commas that separate areas (not inside quoted sheet names). */
export function splitAreas(address: string): string[] {
  const out = splitOutsideQuotes(address, ',', "'");
  if (out[out.length - 1].trim() === '') out.pop();
  return out.map((s) => s.trim());
}

export function parseAreasAddress(address: string): CellRect[] {
  const out: CellRect[] = [];
  for (const a of splitAreas(address)) {
    const r = parseLocalArea(stripSheet(a));
    if (r) out.push(r);
  }
  return out;
}
