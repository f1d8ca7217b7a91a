// Marks cells of the user's sheets (fill + note) and removes the marks exactly.
// Only fills and notes change, never a value, number format, font, border or alignment.
// Each marked cell's previous fill and note go to the state sheet first, so removal works
// after the file was saved, reopened, or marked again (marks are replaced, never stacked).
//
// Notes: the user's own note stays visible, with the add-in's "[NTM] …" lines below it
// (composeMarkedNote); on removal the saved note comes back exactly, unless the user
// edited the note meanwhile: then their text is kept, minus the "[NTM] " lines.
// Fills: the saved fill comes back unless the user refilled the cell meanwhile.
import type ExcelJS from 'exceljs';
import type { IsoDate } from '../../domain/model/dates';
import type { HighlightPlan, MarkKind } from '../../domain/plan/highlight-plan';
import { MARK_PRIORITY } from '../../domain/plan/highlight-plan';
import type { SavedCellFormat, StateSheetContent, WorkbookSettings } from '../../domain/plan/workbook-state';
import {
  NOTE_SEPARATOR,
  composeMarkedNote,
  isUntouchedMarkedNote,
  noteAfterRemoval,
  resolveMarks,
} from '../../domain/plan/highlight-merge';
import { deepCopy, getNote, noteText, setFill, setNote } from './cell-format';
import type { NoteValue } from './cell-format';
import { fromPortableFill, isMarkFill, markFill, toPortableFill } from './fill-codec';
import { findSheet } from './sheets';
import { readState, removeState, writeState } from './state-sheet';
import { isStateSheetName, ownedSheets, summaryRecord } from '../../domain/plan/owned-sheets';
import { addinNoteId, hasAddinLines, markKey, relocateMarks } from '../../domain/plan/relocate-marks';
import type { PresentMark } from '../../domain/plan/relocate-marks';
import { parseA1 } from '../../domain/model/address';

/** SavedCellFormat plus the exact ExcelJS fill and note (theme colours, rich text), restored when present. */
export interface ExcelJsSavedCell extends SavedCellFormat {
  exceljs?: { fill: ExcelJS.Fill | null; note: NoteValue | null };
}

export interface HighlightOutcome {
  marked: number;
  /** Cells whose earlier marks were removed first. */
  restored: number;
  /** Marks not applied: sheet missing or owned by the add-in. */
  skipped: { sheet: string; row: number; col: number }[];
  /** The state sheet could not be read: earlier marks could not be removed exactly. */
  problem?: string;
}

export interface HighlightOptions {
  lang?: 'vi' | 'en';
  /** Settings to store with the highlight state; default: keep those already in the workbook. */
  settings?: WorkbookSettings;
}

const EMPTY_SETTINGS: WorkbookSettings = { ignored: [] };

/** Marks go on the user's sheets only: not the state sheet, not the summary sheets the add-in wrote. */
function userSheets(content: StateSheetContent | undefined): (name: string) => boolean {
  const owned = ownedSheets(content);
  return (name) => !owned(name) && !isStateSheetName(name);
}

/** The note a marked cell shows; a rich user note keeps its runs, the add-in text is one more run. */
function markedNote(original: NoteValue | undefined, addin: string): NoteValue {
  if (original !== undefined && typeof original !== 'string') {
    return { ...original, texts: [...(original.texts ?? []), { text: NOTE_SEPARATOR + addin } as ExcelJS.RichText] };
  }
  return composeMarkedNote(original ?? null, addin);
}

/** Cells of the user sheets whose note carries add-in lines: where last run's marks are now. */
function presentMarks(wb: ExcelJS.Workbook, isUserSheet: (name: string) => boolean): PresentMark[] {
  const out: PresentMark[] = [];
  for (const ws of wb.worksheets) {
    if (!isUserSheet(ws.name)) continue;
    // Empty cells too: a mark may sit on a blank cell (a missing deadline), its row without values.
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const text = noteText(getNote(cell));
        if (hasAddinLines(text)) out.push({ sheet: ws.name, row: r - 1, col: c - 1, note: text });
      }),
    );
  }
  return out;
}

/** Puts back the saved fill and note of one cell; a fill the user changed since is kept. */
function restoreCell(cell: ExcelJS.Cell, saved: Pick<ExcelJsSavedCell, 'fill' | 'note' | 'exceljs'>): void {
  if (isMarkFill(cell.style.fill)) {
    setFill(cell, saved.exceljs ? (saved.exceljs.fill ?? undefined) : fromPortableFill(saved.fill));
  }
  const current = noteText(getNote(cell));
  if (isUntouchedMarkedNote(saved.note, current)) {
    setNote(cell, saved.exceljs ? saved.exceljs.note : saved.note);
  } else if (current !== null) {
    const kept = noteAfterRemoval(saved.note, current);
    if (kept !== current) setNote(cell, kept);
  }
}

/** A mark no saved entry claims: no fill and the note without its "[NTM] " lines, as when the state is lost. */
const ORPHAN: Pick<ExcelJsSavedCell, 'fill' | 'note'> = { fill: null, note: null };

/**
 * Removes last run's marks wherever their cells are now (rows may have been inserted since),
 * and marks nothing saved claims; returns how many cells were restored.
 */
function restoreCells(wb: ExcelJS.Workbook, cells: ExcelJsSavedCell[], isUserSheet: (name: string) => boolean): number {
  const live = cells.filter((c) => {
    const ws = findSheet(wb, c.sheet);
    return ws && isUserSheet(ws.name);
  });
  const found = relocateMarks(live, presentMarks(wb, isUserSheet));
  let n = 0;
  for (const p of found.placed) {
    restoreCell(findSheet(wb, p.saved.sheet)!.getCell(p.row + 1, p.col + 1), p.saved);
    n++;
  }
  for (const o of found.orphans) {
    restoreCell(findSheet(wb, o.sheet)!.getCell(o.row + 1, o.col + 1), ORPHAN);
    n++;
  }
  for (const saved of found.unplaced) {
    const ws = findSheet(wb, saved.sheet)!;
    const a = parseA1(saved.cell);
    // Another cell moved here, or an orphan: not this entry's to restore.
    if (!a || found.claimed.has(markKey(ws.name, a.row, a.col))) continue;
    restoreCell(ws.getCell(saved.cell), saved);
    n++;
  }
  return n;
}

/**
 * When the state sheet is lost or damaged, a cell may still carry an earlier mark: take
 * its fill as "no fill" and its note without the "[NTM] " lines as the original.
 */
function originalOf(cell: ExcelJS.Cell, stateLost: boolean): { fill: ExcelJS.Fill | undefined; note: NoteValue | undefined } {
  let fill = cell.style.fill;
  let note = getNote(cell);
  if (stateLost) {
    if (isMarkFill(fill)) fill = undefined;
    const text = noteText(note);
    if (text !== null && text.includes('[NTM] ')) note = noteAfterRemoval(null, text) ?? undefined;
  }
  return { fill, note };
}

function markId(addinNote: string): { mark?: string } {
  const id = addinNoteId(addinNote);
  return id ? { mark: id } : {};
}

export function applyHighlights(
  wb: ExcelJS.Workbook,
  plan: HighlightPlan,
  asOf: IsoDate,
  options: HighlightOptions = {},
): HighlightOutcome {
  const state = readState(wb);
  const previous = (state.content?.highlight?.cells ?? []) as ExcelJsSavedCell[];
  const isUserSheet = userSheets(state.content);
  const restored = restoreCells(wb, previous, isUserSheet);
  const stateLost = state.problem !== undefined;

  // One entry per target cell; a mark on a merged area goes to its top-left cell.
  const targets = new Map<string, { ws: ExcelJS.Worksheet; cell: ExcelJS.Cell; kind: MarkKind; note: string }>();
  const skipped: HighlightOutcome['skipped'] = [];
  const sheets = new Map<string, ExcelJS.Worksheet | undefined>();
  for (const m of resolveMarks(plan, options.lang)) {
    if (!sheets.has(m.sheet)) sheets.set(m.sheet, findSheet(wb, m.sheet));
    const ws = sheets.get(m.sheet);
    if (!ws || !isUserSheet(ws.name) || m.row < 0 || m.col < 0) {
      skipped.push({ sheet: m.sheet, row: m.row, col: m.col });
      continue;
    }
    const cell = ws.getCell(m.row + 1, m.col + 1).master;
    const key = `${ws.name}!${cell.address}`;
    const prev = targets.get(key);
    if (!prev) targets.set(key, { ws, cell, kind: m.kind, note: m.note });
    else {
      if (MARK_PRIORITY.indexOf(m.kind) < MARK_PRIORITY.indexOf(prev.kind)) prev.kind = m.kind;
      const lines = prev.note.split('\n');
      for (const l of m.note.split('\n')) if (!lines.includes(l)) lines.push(l);
      prev.note = lines.join('\n');
    }
  }

  const saved: ExcelJsSavedCell[] = [];
  for (const { ws, cell, kind, note } of targets.values()) {
    const original = originalOf(cell, stateLost);
    saved.push({
      sheet: ws.name,
      cell: cell.address,
      fill: toPortableFill(original.fill),
      note: noteText(original.note),
      kind,
      ...markId(note),
      exceljs: { fill: deepCopy(original.fill) ?? null, note: deepCopy(original.note) ?? null },
    });
    setFill(cell, markFill(kind));
    setNote(cell, markedNote(original.note, note));
  }

  const settings = options.settings ?? state.content?.settings ?? EMPTY_SETTINGS;
  const content: StateSheetContent = { settings, ...summaryRecord(state.content) };
  if (saved.length > 0) content.highlight = { version: 1, appliedAt: asOf, cells: saved };
  if (saved.length > 0 || options.settings || state.content || state.problem) writeState(wb, content);
  return { marked: saved.length, restored, skipped, problem: state.problem };
}

/**
 * Removes every mark and the highlight state. Settings stay in the state sheet; when there
 * are none worth keeping, the state sheet itself goes, leaving the workbook as it was.
 */
export function clearHighlights(wb: ExcelJS.Workbook): { restored: number; problem?: string } {
  const state = readState(wb);
  // No state (lost, damaged): marks still in the sheets are cleaned as orphans.
  if (!state.content) return { restored: restoreCells(wb, [], userSheets(undefined)), problem: state.problem };
  const restored = restoreCells(wb, (state.content.highlight?.cells ?? []) as ExcelJsSavedCell[], userSheets(state.content));
  const { settings, summarySheets } = state.content;
  // The record of the summary sheets stays: without it the next run would take them for the user's.
  if (hasSettings(settings) || summarySheets) writeState(wb, { settings, ...summaryRecord(state.content) });
  else removeState(wb);
  return { restored };
}

function hasSettings(s: WorkbookSettings): boolean {
  return Object.entries(s).some(([k, v]) => (k === 'ignored' ? (v as string[]).length > 0 : v !== undefined));
}
