// A "TT" column that numbers the rows the way the criteria are numbered ("I", "1", "1.1", "1.2",
// "II", "2", "2.1" …; seed 004's office tables): it is the code column, whatever its header says.
// Without it, indicator rows whose names carry no number would be dropped unseen.
import type { CellValue, SheetData } from '../model/grid';
import { parseCodes } from '../parse/codes';
import { shippedCatalogIndex } from '../criteria/catalog';
import { matchCriterionName } from '../criteria/criterion-names';
import { cellText } from './cell-text';
import type { HeaderMatch } from './find-header';
import { setFromTitle } from './set-context';
import { DEFAULT_SET } from './read-assignments';
import { dataRows } from './table-rows';

/** Group rows ("I", "II", "IV") number sections, not criteria. */
const ROMAN = /^[IVXLC]+\.?$/;
const LOOK = 150;

/**
 * The STT column, when the table has no code column and its STT cells are codes: dotted ones
 * among them ("1.1"), or whole numbers that agree with the criterion names beside them
 * ("1 | Quy hoạch", "2 | Giao thông": an advanced-set table of criteria only).
 */
export function sttCodeColumn(sheet: SheetData, header: HeaderMatch, namesCol = header.columns.name): number | undefined {
  const cols = header.columns;
  if (cols.stt === undefined || (cols.code !== undefined && cols.code !== namesCol)) return undefined;
  const set = shippedCatalogIndex().getSet(setFromTitle(sheet, header.row) ?? DEFAULT_SET);
  let cells = 0;
  let codes = 0;
  let dotted = 0;
  let wholes = 0;
  let agree = 0;
  let seen = 0;
  for (const { row } of dataRows(sheet, header.lastRow)) {
    if (++seen > LOOK) break;
    const v: CellValue = row[cols.stt] ?? null;
    const text = typeof v === 'number' ? String(v) : cellText(v);
    if (!text || ROMAN.test(text)) continue;
    cells++;
    const p = parseCodes(typeof v === 'number' ? v : text);
    if (p.codes.length !== 1 || p.problem) continue;
    codes++;
    const code = p.codes[0].code;
    if (code.includes('.')) dotted++;
    else {
      wholes++;
      const name = namesCol !== undefined ? cellText(row[namesCol] ?? null) : '';
      if (set && name && matchCriterionName(set, name) === code) agree++;
    }
  }
  if (cells < 3 || codes < 0.8 * cells) return undefined;
  if (dotted >= 2) return cols.stt;
  return wholes >= 3 && agree >= 0.6 * wholes ? cols.stt : undefined;
}
