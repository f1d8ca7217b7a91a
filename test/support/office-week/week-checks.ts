// The checks run after every step of the week: her values and formats are what she last left
// except where a mark of the current findings is shown (its fill, her note above its lines),
// the state records exactly those marks with her own fill and note to put back, and the
// workbook holds her sheets plus the summary sheets the state lists.
import type ExcelJS from 'exceljs';
import type { CheckResult } from '../../../src/domain/check-types';
import { toA1 } from '../../../src/domain/model/address';
import { composeMarkedNote, resolveMarks } from '../../../src/domain/plan/highlight-merge';
import { MARK_STYLES, STATE_SHEET_NAME, type MarkKind } from '../../../src/domain/plan/highlight-plan';
import { readState } from '../../../src/adapters/exceljs/state-sheet';
import { addresses, type CellView, viewAt } from './user-view';

export interface ShownMark {
  sheet: string;
  cell: string;
  kind: MarkKind;
  /** The add-in's lines, as the findings word them. */
  note: string;
}

/** The marks the findings of a run call for, one per cell. */
export function marksOf(result: CheckResult | undefined): ShownMark[] {
  if (!result) return [];
  return resolveMarks(result.highlights, 'vi').map((m) => ({ sheet: m.sheet, cell: toA1(m.row, m.col), kind: m.kind, note: m.note }));
}

const key = (sheet: string, cell: string) => `${sheet.toLowerCase()}!${cell}`;
const FIELDS: (keyof CellView)[] = ['value', 'fill', 'font', 'border', 'alignment', 'numFmt', 'note'];

/** Every difference between the officer's sheets in `real` and her own copy `mine`, marks aside. */
export function userSheetDiffs(real: ExcelJS.Workbook, mine: ExcelJS.Workbook, marks: ShownMark[]): string[] {
  const out: string[] = [];
  const byCell = new Map(marks.map((m) => [key(m.sheet, m.cell), m]));
  const hers = new Set(mine.worksheets.map((w) => w.name.toLowerCase()));
  for (const m of marks) if (!hers.has(m.sheet.toLowerCase())) out.push(`a mark on "${m.sheet}"!${m.cell}, not one of her sheets`);
  for (const ws of mine.worksheets) {
    const r = real.getWorksheet(ws.name);
    if (!r) {
      out.push(`her sheet "${ws.name}" is gone`);
      continue;
    }
    const cells = new Set(addresses(r, ws));
    for (const m of marks) if (m.sheet.toLowerCase() === ws.name.toLowerCase()) cells.add(m.cell);
    for (const a of cells) {
      const want = { ...viewAt(ws, a) };
      const m = byCell.get(key(ws.name, a));
      if (m) {
        want.fill = `solid:${MARK_STYLES[m.kind].fill}`;
        want.note = composeMarkedNote(want.note, m.note);
      }
      const got = viewAt(r, a);
      for (const f of FIELDS) if (want[f] !== got[f]) out.push(`"${ws.name}"!${a} ${f}: want ${JSON.stringify(want[f])}, got ${JSON.stringify(got[f])}`);
    }
  }
  return out;
}

/** The state lists exactly the shown marks, each with her own fill and note as `mine` has them. */
export function stateDiffs(real: ExcelJS.Workbook, mine: ExcelJS.Workbook, marks: ShownMark[]): string[] {
  const out: string[] = [];
  const { content, problem } = readState(real);
  if (problem) return [`state unreadable: ${problem}`];
  const saved = content?.highlight?.cells ?? [];
  const want = new Set(marks.map((m) => key(m.sheet, m.cell)));
  const got = new Set(saved.map((c) => key(c.sheet, c.cell)));
  for (const k of want) if (!got.has(k)) out.push(`state lacks the mark at ${k}`);
  for (const k of got) if (!want.has(k)) out.push(`state records ${k}, which no finding marks`);
  for (const c of saved) {
    const ws = mine.getWorksheet(c.sheet);
    if (!ws) continue;
    const hers = viewAt(ws, c.cell);
    const fill = c.fill && c.fill.pattern !== 'none' ? `${c.fill.pattern}:${(c.fill.color ?? '').toUpperCase()}` : null;
    if (fill !== hers.fill) out.push(`state would put back fill ${fill} at ${key(c.sheet, c.cell)}; hers is ${hers.fill}`);
    if (c.note !== hers.note) out.push(`state would put back note ${JSON.stringify(c.note)} at ${key(c.sheet, c.cell)}; hers is ${JSON.stringify(hers.note)}`);
  }
  return out;
}

/** The sheets of `real` are hers, the summary sheets the state lists, and the state sheet. */
export function sheetListDiffs(real: ExcelJS.Workbook, mine: ExcelJS.Workbook): string[] {
  const listed = new Set((readState(real).content?.summarySheets ?? []).map((n) => n.toLowerCase()));
  const hers = new Set(mine.worksheets.map((w) => w.name.toLowerCase()));
  const out: string[] = [];
  for (const ws of real.worksheets) {
    const n = ws.name.toLowerCase();
    if (n === STATE_SHEET_NAME || hers.has(n) || listed.has(n)) continue;
    out.push(`sheet "${ws.name}" is neither hers nor a listed summary sheet`);
  }
  for (const n of listed) if (hers.has(n)) out.push(`the state lists her sheet "${n}" as a summary sheet`);
  return out;
}
