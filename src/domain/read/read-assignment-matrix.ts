// Assignment as a responsibility matrix: one row per criterion, one column per department, a
// mark in each cell ("CT" chủ trì / "PH" phối hợp, or "x" for the lead), as many plans lay it out.
import type { CellValue, SheetData } from '../model/grid';
import type { Assignment } from '../model/program';
import { DEFAULT_DEPARTMENTS } from '../criteria/departments';
import { matchKey } from '../text/normalize';
import { memoText } from '../text/memo';
import { cellText } from './cell-text';
import { HEADER_SCAN_ROWS, type HeaderMatch } from './find-header';
import { type ReadContext, ref } from './read-context';
import { setFromTitle } from './set-context';
import { SheetDeadlines, titleYear } from './title-year';
import { codedRows } from './row-codes';
import { resolveDepartments } from './departments-cell';

const LEAD_MARK = /^(?:ct|c|chủ trì|x|✓|✔)$/;
const COORD_MARK = /^(?:ph|p|phối hợp|ph\.)$/;
/** "CT" / "PH" but not "x": a status matrix marks met cells "x", never "CT" or "PH". */
const ROLE_MARK = /^(?:ct|chủ trì|ph|phối hợp|ph\.)$/;

/** Longest mark text ("phối hợp"): a longer cell is no mark, whatever its text. */
const MAX_MARK = 12;
const markText = memoText((s: string): string => matchKey(s).replace(/[.:]+$/, ''), 5000);

function markKey(v: CellValue): string {
  if (typeof v === 'string') return v.length > MAX_MARK * 2 ? '~' : markText(v);
  return v === null || v === undefined ? '' : matchKey(cellText(v)).replace(/[.:]+$/, '');
}

/** Rows under the header looked at to judge a column (a matrix lists at most a few dozen criteria). */
const LOOK = 60;

const EMPTY = 0;
const MARK = 1;
/** "CT" / "PH": a mark that also names a role. */
const ROLE = 2;
const OTHER = 3;

/**
 * Each cell of a column's top rows classed once: every header row tried re-reads the same cells
 * (a status matrix offers ~40 candidate rows, each judged on its first columns).
 */
const columnClasses = new WeakMap<SheetData, Map<number, Uint8Array>>();

function classesOf(sheet: SheetData, col: number): Uint8Array {
  let bySheet = columnClasses.get(sheet);
  if (!bySheet) columnClasses.set(sheet, (bySheet = new Map()));
  let out = bySheet.get(col);
  if (out) return out;
  const n = Math.min(sheet.rows.length, HEADER_SCAN_ROWS + 2 + LOOK);
  out = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const k = markKey(sheet.rows[r]?.[col] ?? null);
    out[r] = !k ? EMPTY : ROLE_MARK.test(k) ? ROLE : LEAD_MARK.test(k) || COORD_MARK.test(k) ? MARK : OTHER;
  }
  bySheet.set(col, out);
  return out;
}

/**
 * A column whose cells are marks, "CT" or "PH" among them: a member's column, whatever its
 * header says ("Trạm Y tế xã", "Công chức Địa chính - Xây dựng" in a commune plan, seed 002).
 */
function isMarkColumn(sheet: SheetData, header: HeaderMatch, col: number): boolean {
  let seen = 0;
  let marks = 0;
  let roles = 0;
  const classes = classesOf(sheet, col);
  const last = Math.min(classes.length, header.lastRow + 1 + LOOK);
  for (let r = header.lastRow + 1; r < last; r++) {
    const c = classes[r];
    if (c === EMPTY) continue;
    seen++;
    if (c !== OTHER) marks++;
    if (c === ROLE) roles++;
  }
  return roles > 0 && marks / seen >= 0.8;
}

/**
 * Header cells that name a member (not a commune's result column): a known department, or a
 * column of "CT" / "PH" marks under any name.
 */
export function departmentColumns(sheet: SheetData, header: HeaderMatch): { col: number; text: string }[] {
  return header.others.filter((o) => DEFAULT_DEPARTMENTS.knows(o.text) || isMarkColumn(sheet, header, o.col));
}

/**
 * Enough member columns, most of the other columns are members, and the cells under them are
 * marks: a list's data row naming two departments is no header.
 */
export function isAssignmentMatrix(sheet: SheetData, header: HeaderMatch): boolean {
  // A commune matrix has hundreds of commune columns: its first few already say it is no
  // department matrix, without testing every column.
  const sample = header.others.slice(0, 6);
  if (sample.filter((o) => DEFAULT_DEPARTMENTS.knows(o.text) || isMarkColumn(sheet, header, o.col)).length * 2 < sample.length) return false;
  const depts = departmentColumns(sheet, header);
  if (depts.length < 2 || depts.length * 2 < header.others.length) return false;
  let marks = 0;
  let seen = 0;
  const last = Math.min(sheet.rows.length, header.lastRow + 1 + LOOK);
  for (const d of depts) {
    const classes = classesOf(sheet, d.col);
    for (let r = header.lastRow + 1; r < Math.min(last, classes.length); r++) {
      const c = classes[r];
      if (c === EMPTY) continue;
      seen++;
      if (c !== OTHER) marks++;
    }
  }
  return seen > 0 && marks / seen >= 0.6;
}

export function readAssignmentMatrix(sheet: SheetData, header: HeaderMatch, ctx: ReadContext): Assignment[] {
  const cols = header.columns;
  const titleSet = setFromTitle(sheet, header.row, ctx.setNamed);
  const deadlines = new SheetDeadlines(sheet.name, titleYear(sheet, header.row));
  // Each column's member, resolved with the workbook's own registry (its departments sheet, its
  // district name); a name it does not know is said once, at its header cell.
  const depts = departmentColumns(sheet, header).map((d) => ({ col: d.col, ids: resolveDepartments(ctx, d.text, ref(sheet.name, header.lastRow, d.col)) }));
  const dataCols = depts.map((d) => d.col);
  const out: Assignment[] = [];
  const get = (row: CellValue[], c: number | undefined): CellValue => (c === undefined ? null : (row[c] ?? null));
  for (const { r, row, parsed, from, sectionSetId } of codedRows(sheet, header, dataCols, ctx.setNamed, ctx.sink)) {
    const leads: string[] = [];
    const coordinators: string[] = [];
    let firstLead: number | undefined;
    for (const d of depts) {
      const mark = matchKey(cellText(row[d.col] ?? null)).replace(/[.:]+$/, '');
      if (!mark) continue;
      if (LEAD_MARK.test(mark)) {
        for (const id of d.ids) if (!leads.includes(id)) leads.push(id);
        firstLead ??= d.col;
      } else if (COORD_MARK.test(mark)) {
        for (const id of d.ids) if (!coordinators.includes(id)) coordinators.push(id);
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
      setId: sectionSetId ?? titleSet ?? ctx.defaultSet,
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
