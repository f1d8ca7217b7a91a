// Finds the header row of a table wherever it is: below titles, merged, one or two rows deep.
import type { SheetData } from '../model/grid';
import { matchKey } from '../text/normalize';
import { cellText } from './cell-text';
import type { FieldName, FieldPattern } from './column-synonyms';
import { MergedView } from './merged-view';

export const HEADER_SCAN_ROWS = 40;

export interface HeaderMatch {
  /** First header row (0-based). */
  row: number;
  /** Last header row: data starts after it. */
  lastRow: number;
  columns: Partial<Record<FieldName, number>>;
  /** Header cells that matched no field: candidate commune columns in a matrix. */
  others: { col: number; text: string }[];
  /** Number of fields matched. */
  score: number;
}

export function sheetWidth(sheet: SheetData, rows: number): number {
  let w = 0;
  for (let r = 0; r < Math.min(rows, sheet.rows.length); r++) w = Math.max(w, sheet.rows[r]?.length ?? 0);
  return w;
}

/** Header text of the top rows, computed once per sheet and shared by every role tried. */
interface HeaderScan {
  texts: string[][];
  keys: string[][];
}

const scans = new WeakMap<SheetData, HeaderScan>();

function headerKey(text: string): string {
  return text ? matchKey(text).replace(/[:.]+$/, '') : '';
}

function scanOf(sheet: SheetData): HeaderScan {
  let scan = scans.get(sheet);
  if (scan) return scan;
  const last = Math.min(HEADER_SCAN_ROWS + 1, sheet.rows.length) - 1;
  const view = new MergedView(sheet, 0, last);
  const width = sheetWidth(sheet, last + 1);
  const texts: string[][] = [];
  const keys: string[][] = [];
  for (let r = 0; r <= last; r++) {
    const t: string[] = [];
    for (let c = 0; c < width; c++) t.push(cellText(view.get(r, c)));
    texts.push(t);
    keys.push(t.map(headerKey));
  }
  scan = { texts, keys };
  scans.set(sheet, scan);
  return scan;
}

function classify(texts: string[], keys: string[], fields: FieldPattern[]): { columns: Partial<Record<FieldName, number>>; others: { col: number; text: string }[]; score: number } {
  const columns: Partial<Record<FieldName, number>> = {};
  const others: { col: number; text: string }[] = [];
  let score = 0;
  texts.forEach((text, col) => {
    if (!text) return;
    const key = keys[col];
    const hit = fields.find((f) => columns[f.field] === undefined && f.re.test(key));
    if (hit) {
      columns[hit.field] = col;
      score++;
    } else {
      others.push({ col, text });
    }
  });
  return { columns, others, score };
}

/**
 * Tries every row in the first HEADER_SCAN_ROWS as a header, alone and combined with the row
 * below (a merged group header over sub-headers like "Chủ trì | Phối hợp"), and keeps the
 * best candidate that satisfies `accept`.
 */
export function findHeader(sheet: SheetData, fields: FieldPattern[], accept: (m: HeaderMatch) => boolean): HeaderMatch | undefined {
  const { texts, keys } = scanOf(sheet);
  const last = Math.min(HEADER_SCAN_ROWS, texts.length) - 1;
  let best: HeaderMatch | undefined;
  for (let r = 0; r <= last; r++) {
    const here = texts[r];
    const below = texts[r + 1] ?? [];
    const candidates: { texts: string[]; keys: string[]; lastRow: number }[] = [{ texts: here, keys: keys[r], lastRow: r }];
    if (below.some((t) => t) && here.some((t) => t)) {
      // Sub-header wins where present; a cell merged down from row r repeats its own text.
      const pick = here.map((t, c) => !!below[c] && below[c] !== t);
      candidates.push({ texts: here.map((t, c) => (pick[c] ? below[c] : t)), keys: keys[r].map((k, c) => (pick[c] ? keys[r + 1][c] : k)), lastRow: r + 1 });
    }
    for (const cand of candidates) {
      let nonEmpty = 0;
      for (const t of cand.texts) if (t) nonEmpty++;
      if (nonEmpty < 2) continue;
      const { columns, others, score } = classify(cand.texts, cand.keys, fields);
      const m: HeaderMatch = { row: r, lastRow: cand.lastRow, columns, others, score };
      if (!accept(m)) continue;
      if (!best || m.score > best.score) best = m;
    }
  }
  return best;
}
