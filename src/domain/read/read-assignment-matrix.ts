// Assignment as a responsibility matrix: one row per criterion, one column per department, a
// mark in each cell ("CT" chủ trì / "PH" phối hợp, or "x" for the lead), as many plans lay it out.
import type { CellValue, SheetData } from '../model/grid';
import type { Assignment } from '../model/program';
import { DEFAULT_DEPARTMENTS } from '../criteria/departments';
import { matchKey } from '../text/normalize';
import { cellText } from './cell-text';
import type { HeaderMatch } from './find-header';
import { type ReadContext, ref } from './read-context';
import { setFromTitle } from './set-context';
import { SheetDeadlines, titleYear } from './title-year';
import { codedRows } from './row-codes';
import { DEFAULT_SET } from './read-assignments';
import { rememberDepartmentName } from './department-name';

/** Header cells that name a department (not a commune's committee): the matrix's columns. */
export function departmentColumns(header: HeaderMatch): { col: number; text: string }[] {
  return header.others.filter((o) => DEFAULT_DEPARTMENTS.knows(o.text));
}

const LEAD_MARK = /^(?:ct|c|chủ trì|x|✓|✔)$/;
const COORD_MARK = /^(?:ph|p|phối hợp|ph\.)$/;

/**
 * Enough department columns, most of the other columns are departments, and the cells under
 * them are marks: a list's data row naming two departments is no header.
 */
export function isAssignmentMatrix(sheet: SheetData, header: HeaderMatch): boolean {
  // A commune matrix has hundreds of commune columns: its first few already say it is no
  // department matrix, without testing every name.
  const sample = header.others.slice(0, 6);
  if (sample.filter((o) => DEFAULT_DEPARTMENTS.knows(o.text)).length * 2 < sample.length) return false;
  const depts = departmentColumns(header);
  if (depts.length < 2 || depts.length * 2 < header.others.length) return false;
  let marks = 0;
  let seen = 0;
  const last = Math.min(sheet.rows.length, header.lastRow + 1 + 60);
  for (let r = header.lastRow + 1; r < last; r++) {
    for (const d of depts) {
      const k = matchKey(cellText(sheet.rows[r]?.[d.col] ?? null)).replace(/[.:]+$/, '');
      if (!k) continue;
      seen++;
      if (LEAD_MARK.test(k) || COORD_MARK.test(k)) marks++;
    }
  }
  return seen > 0 && marks / seen >= 0.6;
}

export function readAssignmentMatrix(sheet: SheetData, header: HeaderMatch, ctx: ReadContext): Assignment[] {
  const cols = header.columns;
  const titleSet = setFromTitle(sheet, header.row);
  const deadlines = new SheetDeadlines(sheet.name, titleYear(sheet, header.row));
  // Each column's department, resolved with the workbook's own registry (its departments sheet, its district name).
  const depts = departmentColumns(header).map((d) => {
    const r = ctx.departments.resolve(d.text);
    if ('id' in r) rememberDepartmentName(r.id, r.name);
    return { col: d.col, id: 'id' in r ? r.id : `?${d.text}` };
  });
  const dataCols = depts.map((d) => d.col);
  const out: Assignment[] = [];
  const get = (row: CellValue[], c: number | undefined): CellValue => (c === undefined ? null : (row[c] ?? null));
  for (const { r, row, parsed, from, sectionSetId } of codedRows(sheet, header, dataCols)) {
    const leads: string[] = [];
    const coordinators: string[] = [];
    let firstLead: number | undefined;
    for (const d of depts) {
      const mark = matchKey(cellText(row[d.col] ?? null)).replace(/[.:]+$/, '');
      if (!mark) continue;
      if (LEAD_MARK.test(mark)) {
        if (!leads.includes(d.id)) leads.push(d.id);
        firstLead ??= d.col;
      } else if (COORD_MARK.test(mark)) {
        if (!coordinators.includes(d.id)) coordinators.push(d.id);
      } else {
        ctx.sink.add('assign.mark-unreadable', 'warning', ref(sheet.name, r, d.col), {
          vi: `Không đọc được ký hiệu "${cellText(row[d.col] ?? null)}" (cần "CT" chủ trì, "PH" phối hợp, hoặc "x" cho cơ quan chủ trì).`,
          en: `Cannot read the mark "${cellText(row[d.col] ?? null)}" (expected "CT" lead, "PH" supporting, or "x" for the lead).`,
        }, { found: cellText(row[d.col] ?? null), expected: 'CT / PH / x', keyHint: `${sheet.name}:${r}:${d.col}` });
      }
    }
    if (!leads.length && !coordinators.length && cols.deadline === undefined) continue;
    const deadlineValue = get(row, cols.deadline);
    const deadline = deadlines.parse(deadlineValue, () => ref(sheet.name, r, cols.deadline!)) ?? undefined;
    out.push({
      setId: sectionSetId ?? titleSet ?? DEFAULT_SET,
      codes: parsed.codes,
      content: cellText(get(row, cols.content)) || undefined,
      leads,
      coordinators,
      communes: [],
      deadline,
      writtenName: parsed.writtenName,
      source: {
        row: ref(sheet.name, r, from.col),
        code: ref(sheet.name, r, from.col),
        lead: firstLead !== undefined ? ref(sheet.name, r, firstLead) : undefined,
        deadline: cols.deadline !== undefined ? ref(sheet.name, r, cols.deadline) : undefined,
      },
    });
  }
  deadlines.report(ctx.sink);
  return out;
}
