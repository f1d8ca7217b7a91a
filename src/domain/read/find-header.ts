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

function classify(texts: string[], fields: FieldPattern[]): { columns: Partial<Record<FieldName, number>>; others: { col: number; text: string }[]; score: number } {
  const columns: Partial<Record<FieldName, number>> = {};
  const others: { col: number; text: string }[] = [];
  let score = 0;
  texts.forEach((text, col) => {
    if (!text) return;
    const key = matchKey(text).replace(/[:.]+$/, '');
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
  const last = Math.min(HEADER_SCAN_ROWS, sheet.rows.length) - 1;
  if (last < 0) return undefined;
  const view = new MergedView(sheet, 0, last + 1);
  const width = sheetWidth(sheet, last + 2);
  let best: HeaderMatch | undefined;
  const rowTexts = (r: number): string[] => {
    const out: string[] = [];
    for (let c = 0; c < width; c++) out.push(cellText(view.get(r, c)));
    return out;
  };
  let below = rowTexts(0);
  for (let r = 0; r <= last; r++) {
    const here = below;
    below = r + 1 <= last + 1 ? rowTexts(r + 1) : [];
    const candidates: { texts: string[]; lastRow: number }[] = [{ texts: here, lastRow: r }];
    if (below.some((t) => t) && here.some((t) => t)) {
      // Sub-header wins where present; a cell merged down from row r repeats its own text.
      const combined = here.map((t, c) => (below[c] && below[c] !== t ? below[c] : t));
      candidates.push({ texts: combined, lastRow: r + 1 });
    }
    for (const cand of candidates) {
      const nonEmpty = cand.texts.filter((t) => t).length;
      if (nonEmpty < 2) continue;
      const { columns, others, score } = classify(cand.texts, fields);
      const m: HeaderMatch = { row: r, lastRow: cand.lastRow, columns, others, score };
      if (!accept(m)) continue;
      if (!best || m.score > best.score) best = m;
    }
  }
  return best;
}
