// Marks on the user's sheets, applied and removed exactly.
//   apply: one read batch (protection, current fills of the new cells, current notes), then
//          one write batch: state journal → restore marks that went away → one RangeAreas
//          fill per kind and ≤8,000-char address chunk → notes → final state.
//   clear: one read batch, one write batch restoring saved fills and notes.
// Cells already marked last time keep their originally saved fill and note, so re-running
// never saves our own colour as "the user's". Protected sheets are skipped and reported.
/// <reference types="office-js" />
import type { IsoDate } from '../../domain/model/dates';
import { parseA1, toA1 } from '../../domain/model/address';
import { toBlocks, addressChunks } from '../../domain/plan/highlight-blocks';
import { composeMarkedNote, noteAfterRemoval, resolveMarks, ResolvedMark } from '../../domain/plan/highlight-merge';
import { MARK_STYLES, type HighlightPlan, type MarkKind } from '../../domain/plan/highlight-plan';
import type { HighlightState, SavedCellFormat, StateSheetContent } from '../../domain/plan/workbook-state';
import { Batcher } from './batcher';
import { API, Requirements, supports } from './deps';
import { describeOfficeError, protectedSheetNote, WriteReport } from './errors';
import { restoreKey, restoreOf, savedFillFromOffice, FillRestore } from './fill-codec';
import { CellRef, cellKey, readCells } from './highlight-read';
import { utf8Length } from './payload';
import { LoadedState, queueStateWrite, readState } from './settings';
import { SheetCache, sheetCache } from './sheet-cache';
import { loadSheetNames } from './sheet-names';
import { loadLooseFills, locateMarks, markableSheets } from './present-marks';
import type { LocatedMarks, LooseMark } from './present-marks';
import { addinNoteId } from '../../domain/plan/relocate-marks';
import { summaryRecord } from '../../domain/plan/owned-sheets';

export interface HighlightOptions {
  requirements?: Requirements;
  /** State already decoded (e.g. from readWorkbook's data); read from the sheet otherwise. */
  state?: LoadedState;
  /** Sheet names already known (e.g. from readWorkbook); loaded otherwise. */
  sheetNames?: string[];
  /** Above this many cells no notes are read or written (one call per note); default 1,000. */
  maxNotes?: number;
  appliedAt?: IsoDate;
  lang?: 'vi' | 'en';
  budgetBytes?: number;
}

export interface HighlightReport extends WriteReport {
  /** What the state sheet now records (undefined = no highlight). */
  state?: HighlightState;
  notesWritten: boolean;
  syncs: number;
}

const ADDRESS_MAX = 8000;

function todayIso(): IsoDate {
  return new Date().toISOString().slice(0, 10) as IsoDate;
}

function savedRef(c: SavedCellFormat): CellRef | undefined {
  const p = parseA1(c.cell);
  return p ? { sheet: c.sheet, row: p.row, col: p.col } : undefined;
}

async function sheetNameMap(context: Excel.RequestContext, known?: string[]): Promise<{ map: Map<string, string>; syncs: number }> {
  const { names, syncs } = await loadSheetNames(context, known);
  return { map: new Map(names.map((n) => [n.toLowerCase(), n])), syncs };
}

function markLabel(sheet: string, n: number): string {
  return `đánh dấu ${n} ô trên trang "${sheet}"`;
}
const STATE_LABEL = 'trang trạng thái (_ntm_state)';

function stateBytes(cells: SavedCellFormat[]): number {
  return utf8Length(JSON.stringify(cells)) * 1.2 + 4096;
}

/** Queues fill restores grouped by (sheet, saved fill): one RangeAreas call per group and chunk. */
async function queueFillRestore(b: Batcher, cache: SheetCache, cells: SavedCellFormat[]): Promise<void> {
  const groups = new Map<string, { sheet: string; restore: FillRestore; refs: { row: number; col: number }[] }>();
  for (const c of cells) {
    const ref = savedRef(c);
    if (!ref) continue;
    const restore = restoreOf(c.fill);
    const key = `${c.sheet}\u0000${restoreKey(restore)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { sheet: c.sheet, restore, refs: [] }));
    g.refs.push(ref);
  }
  for (const g of groups.values()) {
    for (const chunk of addressChunks(toBlocks(g.refs), ADDRESS_MAX)) {
      await b.reserve(chunk.length + 96);
      const fill = cache.sheet(g.sheet).getRanges(chunk).format.fill;
      if (g.restore.clear) fill.clear();
      else fill.color = g.restore.color;
    }
  }
}

/** Sets a cell's note to `target`, given what it is now (both null = nothing to do). */
async function queueNote(b: Batcher, cache: SheetCache, ref: CellRef, current: string | null, target: string | null): Promise<void> {
  if (current === target) return;
  const address = toA1(ref.row, ref.col);
  await b.reserve(utf8Length(target ?? '') + 96);
  const notes = cache.notes(ref.sheet);
  if (target === null) notes.getItem(address).delete();
  else if (current === null) notes.add(address, target);
  else notes.getItem(address).content = target;
}

/** Last run's saved cells on sheets that still exist, under the sheets' actual names. */
function savedCells(state: LoadedState, names: { map: Map<string, string> }): SavedCellFormat[] {
  const out: SavedCellFormat[] = [];
  for (const c of state.content.highlight?.cells ?? []) {
    const sheet = names.map.get(c.sheet.toLowerCase());
    if (sheet && savedRef(c)) out.push({ ...c, sheet });
  }
  return out;
}

function refKey(c: SavedCellFormat): string {
  const r = savedRef(c)!;
  return cellKey(c.sheet, r.row, r.col);
}

/** By saved address alone: without notes there is nothing to find moved cells by. */
function atSavedAddress(cells: SavedCellFormat[]): LocatedMarks {
  return { byKey: new Map(cells.map((c) => [refKey(c), c])), loose: [] };
}

/** Removes a mark reached through its note: the saved fill back, the note without our lines. */
async function queueLooseRestore(b: Batcher, l: LooseMark): Promise<void> {
  const target = noteAfterRemoval(l.saved?.note ?? null, l.note);
  await b.reserve(utf8Length(target ?? '') + 192);
  // A fill that is no longer ours is the user's, set since the mark: it stays (as for cells found by address).
  if (!l.fill || isMarkFill(l.fill)) {
    const fill = l.item.getLocation().format.fill;
    const r = restoreOf(l.saved?.fill ?? null);
    if (r.clear) fill.clear();
    else fill.color = r.color;
  }
  if (target === null) l.item.delete();
  else if (target !== l.note) l.item.content = target;
}

const MARK_FILLS = new Set(Object.values(MARK_STYLES).map((s) => s.fill));

/** A cell whose fill is still one of ours: the user did not refill it since (nor is it another cell now). */
function stillMarked(fills: Map<string, { color?: string; pattern?: string }>): (c: SavedCellFormat) => boolean {
  return (c) => {
    const r = savedRef(c);
    const f = r ? fills.get(cellKey(c.sheet, r.row, r.col)) : undefined;
    if (!f) return true; // not read (cannot happen for cells asked for): restore as before
    return isMarkFill(f);
  };
}

/** One of the marks' fills, as Excel reports it. */
function isMarkFill(f: { color?: string; pattern?: string }): boolean {
  return f.pattern === 'Solid' && MARK_FILLS.has((f.color ?? '').replace(/^#/, '').toUpperCase());
}

function markId(addinNote: string): { mark?: string } {
  const id = addinNoteId(addinNote);
  return id ? { mark: id } : {};
}

function failReport(e: unknown, planned: string[], b: Batcher | undefined, extra: string[], syncs: number): HighlightReport {
  const done = new Set(b?.done ?? []);
  return {
    written: planned.filter((l) => done.has(l)),
    notWritten: [...planned.filter((l) => !done.has(l)), ...extra],
    error: describeOfficeError(e),
    notesWritten: false,
    syncs: syncs + (b?.syncs ?? 0),
  };
}

export async function applyHighlights(context: Excel.RequestContext, plan: HighlightPlan, opts: HighlightOptions = {}): Promise<HighlightReport> {
  const lang = opts.lang ?? 'vi';
  const maxNotes = opts.maxNotes ?? 1000;
  let syncs = 0;
  const state = opts.state ?? (await readState(context));
  if (!opts.state) syncs += 2;
  const names = await sheetNameMap(context, opts.sheetNames);
  syncs += names.syncs;
  const actual = (s: string) => names.map.get(s.toLowerCase());

  const cache = sheetCache(context);
  const previous = savedCells(state, names);
  const missing = new Set<string>();
  const marks: ResolvedMark[] = [];
  for (const m of resolveMarks(plan, lang)) {
    const sheet = actual(m.sheet);
    if (sheet) marks.push({ ...m, sheet });
    else missing.add(m.sheet);
  }
  const markKeys = new Set(marks.map((m) => cellKey(m.sheet, m.row, m.col)));
  const atOld = previous.filter((c) => !markKeys.has(refKey(c))).map((c) => savedRef(c)!);
  const notesOn = supports(opts.requirements, API.notes) && marks.length + atOld.length <= maxNotes;
  const noteSheets = notesOn ? markableSheets([...names.map.values()], state) : [];

  const sheets = [...new Set([...marks.map((m) => m.sheet), ...atOld.map((c) => c.sheet), ...noteSheets])];
  const readout = await readCells(context, {
    cache,
    sheets,
    // New cells' fills are saved; saved cells' fills are read so a fill changed since is kept.
    fillCells: [...marks, ...atOld],
    noteCells: notesOn ? [...marks, ...atOld] : [],
    noteSheets,
    threadSheets: notesOn ? [...new Set(marks.map((m) => m.sheet))] : [],
    budgetBytes: opts.budgetBytes,
  });
  syncs += readout.syncs;
  // Where last run's marks are now (rows inserted since), and marks no saved cell claims.
  const located = notesOn ? locateMarks(previous, readout) : atSavedAddress(previous);
  const prevByKey = located.byKey;
  const prevOnly = [...prevByKey.entries()].filter(([k]) => !markKeys.has(k)).map(([, c]) => c);
  const isProtected = (s: string) => readout.protectedSheets.has(s);

  // What the state will record: new marks with their original formats, plus marks we could not remove.
  const saved: SavedCellFormat[] = [];
  const carried: SavedCellFormat[] = [];
  const toRestore: SavedCellFormat[] = [];
  const newByKey = new Map<string, { mark: ResolvedMark; saved: SavedCellFormat; current: string | null }>();
  const keptOurFill = stillMarked(readout.fills);
  for (const m of marks) {
    const k = cellKey(m.sheet, m.row, m.col);
    const p = prevByKey.get(k);
    if (isProtected(m.sheet)) {
      if (p) carried.push(p);
      continue;
    }
    const current = notesOn ? (readout.notes.get(k) ?? null) : null;
    // The user's own note = the current note without our lines (exact when untouched since marking).
    const userNote = notesOn ? noteAfterRemoval(p ? p.note : null, current) : (p?.note ?? null);
    const s: SavedCellFormat = {
      sheet: m.sheet,
      cell: toA1(m.row, m.col),
      // A cell marked again keeps its saved fill, unless the user refilled it since: hers is saved.
      fill: p && keptOurFill(p) ? p.fill : savedFillFromOffice(readout.fills.get(k)),
      note: userNote,
      kind: m.kind,
      // No note on a cell with a thread: nothing there for a later run to find the mark by but its address.
      ...(notesOn && !readout.threads.has(k) ? markId(m.note) : {}),
    };
    saved.push(s);
    newByKey.set(k, { mark: m, saved: s, current });
  }
  for (const c of prevOnly) (isProtected(c.sheet) ? carried : toRestore).push(c);
  const looseRestore = located.loose.filter((l) => !isProtected(l.sheet));
  syncs += await loadLooseFills(context, looseRestore);
  // A moved mark on a protected sheet stays recorded (by its old address: its note finds it again).
  for (const l of located.loose) if (isProtected(l.sheet) && l.saved) carried.push(l.saved);

  const skipped = [...new Set(marks.filter((m) => isProtected(m.sheet)).map((m) => m.sheet))].map((s) => protectedSheetNote(s, lang));
  for (const s of missing) skipped.push(`đánh dấu trên trang "${s}" (không còn trang này)`);
  // A cell with a threaded comment takes no note in Excel: it is filled, its cue is the findings sheet's line.
  const threaded = [...newByKey.keys()].filter((k) => readout.threads.has(k));
  if (threaded.length) skipped.push(threadedCellsNote(threaded.map((k) => newByKey.get(k)!.mark), lang));

  const bySheetKind = new Map<string, Map<MarkKind, CellRef[]>>();
  for (const { mark } of newByKey.values()) {
    const kinds = bySheetKind.get(mark.sheet) ?? new Map<MarkKind, CellRef[]>();
    bySheetKind.set(mark.sheet, kinds);
    const list = kinds.get(mark.kind) ?? [];
    kinds.set(mark.kind, list);
    list.push(mark);
  }
  const planned = [...[...bySheetKind.entries()].map(([s, k]) => markLabel(s, [...k.values()].reduce((n, l) => n + l.length, 0))), STATE_LABEL];

  const appliedAt = opts.appliedAt ?? todayIso();
  const finalCells = [...saved, ...carried];
  const finalState: HighlightState | undefined = finalCells.length ? { version: 1, appliedAt, cells: finalCells } : undefined;
  const content = (cells: SavedCellFormat[] | undefined): StateSheetContent => ({
    settings: state.content.settings,
    // The record of the summary sheets stays: without it the next run would take them for the user's.
    ...summaryRecord(state.content),
    ...(cells && cells.length ? { highlight: { version: 1 as const, appliedAt, cells } } : {}),
  });

  const b = new Batcher(context, opts.budgetBytes);
  try {
    let stateExists = state.exists;
    // Journal first: if the batch dies half way, every cell that may be marked is recorded.
    const journal = [...finalCells, ...toRestore, ...looseRestore.flatMap((l) => (l.saved ? [l.saved] : []))];
    if (journal.length) {
      await b.reserve(stateBytes(journal));
      queueStateWrite(context, content(journal), stateExists);
      stateExists = true;
    }
    await queueFillRestore(b, cache, toRestore.filter(stillMarked(readout.fills)));
    if (notesOn) {
      for (const c of toRestore) {
        const ref = savedRef(c)!;
        const current = readout.notes.get(cellKey(ref.sheet, ref.row, ref.col)) ?? null;
        await queueNote(b, cache, ref, current, noteAfterRemoval(c.note, current));
      }
    }
    for (const l of looseRestore) await queueLooseRestore(b, l);
    for (const [sheet, kinds] of bySheetKind) {
      for (const [kind, cells] of kinds) {
        for (const chunk of addressChunks(toBlocks(cells), ADDRESS_MAX)) {
          await b.reserve(chunk.length + 96);
          cache.sheet(sheet).getRanges(chunk).format.fill.color = '#' + MARK_STYLES[kind].fill;
        }
      }
      if (notesOn) {
        for (const { mark, saved: s, current } of newByKey.values()) {
          if (mark.sheet !== sheet || readout.threads.has(cellKey(mark.sheet, mark.row, mark.col))) continue;
          await queueNote(b, cache, mark, current, composeMarkedNote(s.note, mark.note));
        }
      }
      b.complete(markLabel(sheet, [...kinds.values()].reduce((n, l) => n + l.length, 0)));
    }
    if (finalCells.length || stateExists) {
      await b.reserve(stateBytes(finalCells));
      queueStateWrite(context, content(finalCells), stateExists);
    }
    b.complete(STATE_LABEL);
    await b.flush();
  } catch (e) {
    return failReport(e, planned, b, skipped, syncs);
  }
  return { written: b.done, notWritten: skipped, state: finalState, notesWritten: notesOn, syncs: syncs + b.syncs };
}

export interface ClearOptions {
  requirements?: Requirements;
  state?: LoadedState;
  sheetNames?: string[];
  maxNotes?: number;
  budgetBytes?: number;
  lang?: 'vi' | 'en';
}

/** Puts back every saved fill and note; marks on protected sheets stay recorded for later. */
export async function clearHighlights(context: Excel.RequestContext, opts: ClearOptions = {}): Promise<HighlightReport> {
  let syncs = 0;
  const state = opts.state ?? (await readState(context));
  if (!opts.state) syncs += 2;
  const cells = state.content.highlight?.cells ?? [];
  const notesApi = supports(opts.requirements, API.notes);
  // Without saved cells there may still be marks to clean (a lost state): only notes can tell.
  if (!cells.length && !notesApi) return { written: [], notWritten: [], notesWritten: false, syncs };
  const names = await sheetNameMap(context, opts.sheetNames);
  syncs += names.syncs;
  const cache = sheetCache(context);
  const previous = savedCells(state, names);
  const notesOn = notesApi && previous.length <= (opts.maxNotes ?? 1000);
  const noteSheets = notesOn ? markableSheets([...names.map.values()], state) : [];
  const refs = previous.map((c) => savedRef(c)!);
  const readout = await readCells(context, {
    cache,
    sheets: [...new Set([...previous.map((c) => c.sheet), ...noteSheets])],
    fillCells: refs,
    noteCells: notesOn ? refs : [],
    noteSheets,
    budgetBytes: opts.budgetBytes,
  });
  syncs += readout.syncs;
  // Where the marks are now (rows inserted since), and marks no saved cell claims.
  const located = notesOn ? locateMarks(previous, readout) : atSavedAddress(previous);
  const isProtected = (s: string) => readout.protectedSheets.has(s);
  const live = [...located.byKey.values()];
  if (!live.length && !located.loose.length && !cells.length) return { written: [], notWritten: [], notesWritten: false, syncs };
  const carried = [...live.filter((c) => isProtected(c.sheet)), ...located.loose.flatMap((l) => (isProtected(l.sheet) && l.saved ? [l.saved] : []))];
  const restore = live.filter((c) => !isProtected(c.sheet));
  const looseRestore = located.loose.filter((l) => !isProtected(l.sheet));
  syncs += await loadLooseFills(context, looseRestore);
  const skipped = [...new Set([...carried.map((c) => c.sheet), ...located.loose.filter((l) => isProtected(l.sheet)).map((l) => l.sheet)])].map((s) => protectedSheetNote(s, opts.lang ?? 'vi'));
  const sheets = [...new Set([...restore.map((c) => c.sheet), ...looseRestore.map((l) => l.sheet)])];
  const count = (s: string) => restore.filter((c) => c.sheet === s).length + looseRestore.filter((l) => l.sheet === s).length;
  const labels = new Map(sheets.map((s) => [s, `bỏ đánh dấu ${count(s)} ô trên trang "${s}"`]));
  const planned = [...labels.values(), STATE_LABEL];
  const b = new Batcher(context, opts.budgetBytes);
  try {
    for (const s of sheets) {
      const mine = restore.filter((c) => c.sheet === s);
      await queueFillRestore(b, cache, mine.filter(stillMarked(readout.fills)));
      if (notesOn) {
        for (const c of mine) {
          const ref = savedRef(c)!;
          const current = readout.notes.get(cellKey(ref.sheet, ref.row, ref.col)) ?? null;
          await queueNote(b, cache, ref, current, noteAfterRemoval(c.note, current));
        }
      }
      for (const l of looseRestore) if (l.sheet === s) await queueLooseRestore(b, l);
      b.complete(labels.get(s)!);
    }
    const appliedAt = state.content.highlight?.appliedAt ?? todayIso();
    // Orphans cleaned without a saved state: no state sheet to write (a damaged one stays as it is).
    if (cells.length) await b.reserve(stateBytes(carried));
    if (cells.length) queueStateWrite(
      context,
      { settings: state.content.settings, ...summaryRecord(state.content), ...(carried.length ? { highlight: { version: 1 as const, appliedAt, cells: carried } } : {}) },
      state.exists,
    );
    b.complete(STATE_LABEL);
    await b.flush();
  } catch (e) {
    return failReport(e, planned, b, skipped, syncs);
  }
  const remaining = carried.length ? { version: 1 as const, appliedAt: state.content.highlight!.appliedAt, cells: carried } : undefined;
  return { written: b.done, notWritten: skipped, state: remaining, notesWritten: notesOn, syncs: syncs + b.syncs };
}

/** What the pane says of marked cells that hold a threaded comment: filled, without the note. */
function threadedCellsNote(cells: CellRef[], lang: 'vi' | 'en'): string {
  const shown = cells.slice(0, 5).map((c) => `"${c.sheet}"!${toA1(c.row, c.col)}`).join(', ') + (cells.length > 5 ? ', …' : '');
  return lang === 'vi'
    ? `ghi chú đánh dấu trên ${cells.length} ô có bình luận (${shown}): Excel không cho một ô vừa có bình luận vừa có ghi chú; các ô này vẫn được tô màu và có trong trang kết quả kiểm tra`
    : `the mark's note on ${cells.length} cell(s) with a comment (${shown}): Excel keeps no note on a commented cell; these cells are still filled and listed on the findings sheet`;
}
