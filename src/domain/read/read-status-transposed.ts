// Status with one row per commune and one column per criterion or indicator: the "theo xã" table
// districts keep and report ("TT | Tên xã | 1 | 2 | … | 19", "x" when met), our own commune sheet
// included. Footer rows ("Số xã đạt", "Tỷ lệ %") and the rows of a deeper header are not communes.
import type { SheetData } from '../model/grid';
import type { CodeRef, StatusEntry } from '../model/program';
import { statusLine, type StatusLine } from '../model/cell-status';
import { cellText } from './cell-text';
import type { HeaderMatch } from './find-header';
import { type ReadContext, ref, defaultKindFor } from './read-context';
import { dataRows } from './table-rows';
import { isUnshippedSet, sectionSet, setFromTitle, unshippedSectionFinding } from './set-context';
import { readStatusValue, makeEntry, statusReading } from './status-cell';
import { isBlankCell, SheetLegend } from './blank-legend';
import { NOT_COMMUNE_RE } from './recognize';
import { matchKey } from '../text/normalize';
import { MergedView } from './merged-view';
import { latestYearColumns, reportYearChoice } from './year-columns';

export function readStatusTransposed(sheet: SheetData, header: HeaderMatch, allCodeCols: { col: number; code: CodeRef }[], ctx: ReadContext): StatusEntry[] {
  const communeCol = header.columns.commune!;
  let setId = setFromTitle(sheet, header.row, ctx.setNamed) ?? ctx.defaultSet;
  // Two blocks of the same codes under "Kết quả năm 2022 | Kết quả năm 2023": the latest year up
  // to the report date is the status; the earlier block is history, not a second verdict (probe 9-a).
  const codeCols = yearBlockColumns(sheet, header, allCodeCols, ctx);
  const legend = new SheetLegend(sheet);
  const dataCols = codeCols.map((c) => c.col);
  // A header cell merged down ("Tên xã" over three header rows) marks the rows of the header.
  const headerEnd = headerBottom(sheet, header, communeCol);
  const headerText = matchKey(cellText(sheet.rows[header.row]?.[communeCol] ?? null));
  const out: StatusEntry[] = [];
  // Each code's header cell, shared by every commune's entry under it.
  const codeRefs = codeCols.map((c) => {
    const r = sheet.rows[header.lastRow]?.[c.col] != null ? header.lastRow : header.row;
    const codeSource = ref(sheet.name, r, c.col);
    return { ...c, codeSource, line: undefined as StatusLine | undefined };
  });
  for (const { r, row } of dataRows(sheet, headerEnd)) {
    const section = sectionSet(row, dataCols, ctx.setNamed, (h) => unshippedSectionFinding(ctx.sink, sheet.name, r, h));
    if (section) {
      setId = section;
      continue;
    }
    if (isUnshippedSet(setId)) continue;
    const name = cellText(row[communeCol] ?? null);
    const key = matchKey(name);
    if (!name || key === headerText || NOT_COMMUNE_RE.test(key)) continue;
    // A row with no status at all (a sub-header, a note) names no commune's results.
    if (!dataCols.some((c) => !isBlankCell(row[c]))) continue;
    const commune = ctx.communes.resolve(name, ref(sheet.name, r, communeCol), defaultKindFor(ctx, setId));
    if (!commune) continue;
    for (const c of codeRefs) {
      const { col, code } = c;
      const v = row[col] ?? null;
      const reading = (legend.any && legend.read(row[col])) || statusReading(v) || readStatusValue(ctx, v, { at: ref(sheet.name, r, col), communeKey: commune.key, communeName: commune.name, setId, code: code.code });
      if (!reading.present) continue;
      // A column's entries share its line, made again when a section names another set.
      if (c.line?.setId !== setId) c.line = statusLine(sheet.name, setId, code.code, code.qualifier, undefined, undefined, c.codeSource);
      out.push(makeEntry(c.line, commune.key, reading, r, col));
    }
  }
  legend.report(ctx.sink);
  return out;
}

function yearBlockColumns(sheet: SheetData, header: HeaderMatch, codeCols: { col: number; code: CodeRef }[], ctx: ReadContext): { col: number; code: CodeRef }[] {
  const groupRow = header.lastRow > header.row ? header.row : header.row - 1;
  if (groupRow < 0) return codeCols;
  const view = new MergedView(sheet, groupRow, groupRow);
  const keyed = codeCols.map((c) => ({ ...c, key: `${c.code.code}|${c.code.qualifier ?? ''}` }));
  const choice = latestYearColumns(sheet, groupRow, keyed, ctx.asOfYear, (col) => cellText(view.get(groupRow, col)));
  reportYearChoice(ctx.sink, sheet.name, choice, { vi: 'tiêu chí', en: 'criterion' });
  return choice.years ? choice.kept : codeCols;
}

/** Last header row: the header match's, or further down when the commune header cell is merged down. */
function headerBottom(sheet: SheetData, header: HeaderMatch, col: number): number {
  let bottom = header.lastRow;
  for (const m of sheet.merges) if (m.left <= col && m.right >= col && m.top <= header.lastRow && m.bottom > bottom) bottom = m.bottom;
  return bottom;
}
