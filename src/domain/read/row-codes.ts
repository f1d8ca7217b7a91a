// The code a status row is about: its code column, or the indicator column beside it when the
// sheet has both ("Tiêu chí" merged down over its rows | "Chỉ tiêu" 2.1, 2.2, …), or its name.
import type { SetResolver } from '../criteria/catalog-set-names';
import type { CellValue } from '../model/grid';
import { parseCodes, type ParsedCodes } from '../parse/codes';
import { cellText } from './cell-text';
import type { HeaderMatch } from './find-header';
import type { SheetData } from '../model/grid';
import { dataRows } from './table-rows';
import type { FindingSink } from '../rules/finding-sink';
import { isUnshippedSet, sectionSet, unshippedSectionFinding } from './set-context';

function parse(v: CellValue): ParsedCodes {
  return parseCodes(typeof v === 'number' ? v : cellText(v));
}

/** `from` is the column the codes were read from, and its cell (numbers need their order: see numeric-codes). */
export function rowCodes(row: CellValue[], cols: HeaderMatch['columns']): { parsed: ParsedCodes; codeValue: CellValue; from: { col: number; cell: CellValue } } {
  const codeValue = cols.code === undefined ? null : (row[cols.code] ?? null);
  let parsed = parse(codeValue);
  let from = { col: cols.code ?? 0, cell: codeValue };
  const subValue = cols.subcode === undefined ? null : (row[cols.subcode] ?? null);
  if (subValue !== null) {
    // The indicator column is the more precise code when both are written ("2. Giao thông" | "2.1").
    const sub = parse(subValue);
    if (sub.codes.length) {
      parsed = sub;
      from = { col: cols.subcode!, cell: subValue };
    }
  }
  if (parsed.codes.length === 0 && cols.name !== undefined) {
    parsed = parse(row[cols.name] ?? null);
    from = { col: cols.name, cell: row[cols.name] ?? null };
  }
  return { parsed, codeValue, from };
}

/**
 * The rows of a criteria-down table that carry a code (group bands and totals skipped), with the
 * set named by the last section row above them ("II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO").
 */
export function* codedRows(sheet: SheetData, header: HeaderMatch, dataCols: number[], resolve?: SetResolver, sink?: FindingSink): Generator<{ r: number; row: CellValue[]; parsed: ParsedCodes; from: { col: number; cell: CellValue }; sectionSetId?: string }> {
  let sectionSetId: string | undefined;
  for (const { r, row } of dataRows(sheet, header.lastRow)) {
    const section = sectionSet(row, dataCols, resolve, sink && ((h) => unshippedSectionFinding(sink, sheet.name, r, h)));
    if (section) {
      sectionSetId = section;
      continue;
    }
    if (isUnshippedSet(sectionSetId)) continue;
    const { parsed, from } = rowCodes(row, header.columns);
    if (parsed.codes.length) yield { r, row, parsed, from, sectionSetId };
  }
}
