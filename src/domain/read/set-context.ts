// Which criteria set the rows of a sheet belong to: a set column, a section row above them,
// the sheet's title rows or its name — in that order of precedence.
import type { SheetData } from '../model/grid';
import { resolveSetName, isSectionRow } from '../criteria/set-names';
import { cellText } from './cell-text';
import { firstText } from './table-rows';
import type { CellValue } from '../model/grid';

/** Set named by the sheet name or by a title row above the header. */
export function setFromTitle(sheet: SheetData, headerRow: number): string | undefined {
  for (let r = 0; r < headerRow; r++) {
    for (const v of sheet.rows[r] ?? []) {
      const t = cellText(v);
      if (t.length > 6) {
        const id = resolveSetName(t);
        if (id) return id;
      }
    }
  }
  return resolveSetName(sheet.name);
}

/** A section's number alone in its cell: "II", "B", "2.", "III)". */
const ORDINAL_RE = /^(?:[IVXLC]{1,5}|[A-Da-d]|\d{1,2})[.)]?$/;

/** A section row ("II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO") names a set and holds nothing else of substance. */
export function sectionSet(row: CellValue[], dataCols: number[]): string | undefined {
  let first = firstText(row);
  if (!first) return undefined;
  // "II" in the STT column, "BỘ TIÊU CHÍ XÃ NTM NÂNG CAO" merged across the next ones: the title is the section.
  if (ORDINAL_RE.test(first.text)) {
    const start = first.col + 1;
    const next = firstText(row.slice(start));
    if (!next) return undefined;
    first = { col: start + next.col, text: next.text };
  }
  for (const c of dataCols) {
    if (c === first.col) continue;
    const t = cellText(row[c] ?? null);
    if (t && t !== first.text) return undefined;
  }
  if (!isSectionRow(first.text)) return undefined;
  return resolveSetName(first.text);
}
