// Where last run's marks are now: rows may have been inserted since, and the state keeps
// cells by address. Found without a sync of its own: the read batch loads the notes at the
// cells it needs (new marks, saved addresses) and every note of the user's sheets (content
// only). A note with "[NTM] " lines at a known cell is a mark there; one elsewhere is a mark
// that moved (matched to its saved cell by relocateMarks) or an orphan, and is reached through
// its note object (note.getLocation()) without knowing its address.
/// <reference types="office-js" />
import { parseA1, toA1 } from '../../domain/model/address';
import { isStateSheetName } from '../../domain/plan/owned-sheets';
import { hasAddinLines, markKey, relocateMarks } from '../../domain/plan/relocate-marks';
import type { PresentMark } from '../../domain/plan/relocate-marks';
import type { SavedCellFormat } from '../../domain/plan/workbook-state';
import { cellKey } from './highlight-read';
import type { CellReadout } from './highlight-read';
import type { LoadedState } from './settings';
import { ownedOf } from './settings';

/** Sheets marks may be on: not the state sheet, not the summary sheets the add-in wrote. */
export function markableSheets(names: string[], state: LoadedState): string[] {
  const owned = ownedOf(state);
  return names.filter((n) => !owned(n) && !isStateSheetName(n));
}

/** A marked cell reached through its note, its address unknown. */
export interface LooseMark {
  sheet: string;
  /** What to put back: the saved cell it moved from; null for an orphan (no fill, the note
   * without our lines). */
  saved: SavedCellFormat | null;
  item: Excel.Note;
  note: string;
  /** Its cell's fill, read before it is put back (loadLooseFills): a fill the user changed since stays. */
  fill?: Excel.RangeFill;
}

export interface LocatedMarks {
  /** cellKey of where each is now → what to put back there. */
  byKey: Map<string, SavedCellFormat>;
  loose: LooseMark[];
}

/** A mark no saved cell claims: no fill and the note without our lines, as when the state is lost. */
function orphan(sheet: string, cell: string): SavedCellFormat {
  return { sheet, cell, fill: null, note: null, kind: 'unmet' };
}

/**
 * Every cell carrying a mark to remove or replace. `saved` carries the sheets' actual names.
 * Without notes (`readout.sheetNotes` empty and no note read) cells stay at their saved address.
 */
export function locateMarks(saved: SavedCellFormat[], readout: Pick<CellReadout, 'notes' | 'sheetNotes'>): LocatedMarks {
  const present: (PresentMark & { item?: Excel.Note })[] = [];
  const known = new Map<string, number>();
  for (const [k, note] of readout.notes) {
    if (!hasAddinLines(note)) continue;
    const [sheet, row, col] = k.split('\u0000');
    present.push({ sheet, row: Number(row), col: Number(col), note });
    const c = `${sheet}\u0000${note}`;
    known.set(c, (known.get(c) ?? 0) + 1);
  }
  // The sheet's notes with our lines not seen at a known cell: moved, or orphans.
  for (const n of readout.sheetNotes) {
    if (!hasAddinLines(n.content)) continue;
    const c = `${n.sheet}\u0000${n.content}`;
    const left = known.get(c) ?? 0;
    if (left > 0) known.set(c, left - 1);
    else present.push({ sheet: n.sheet, row: -1, col: -1, note: n.content, item: n.item });
  }
  const found = relocateMarks(saved, present);
  const byKey = new Map<string, SavedCellFormat>();
  const loose: LooseMark[] = [];
  for (const p of found.placed) {
    if (p.present?.item) loose.push({ sheet: p.saved.sheet, saved: p.saved, item: p.present.item, note: p.present.note });
    else byKey.set(cellKey(p.saved.sheet, p.row, p.col), { ...p.saved, cell: toA1(p.row, p.col) });
  }
  for (const o of found.orphans) {
    if (o.item) loose.push({ sheet: o.sheet, saved: null, item: o.item, note: o.note });
    else byKey.set(cellKey(o.sheet, o.row, o.col), orphan(o.sheet, toA1(o.row, o.col)));
  }
  for (const s of found.unplaced) {
    const a = parseA1(s.cell);
    if (a && !found.claimed.has(markKey(s.sheet, a.row, a.col))) byKey.set(cellKey(s.sheet, a.row, a.col), s);
  }
  return { byKey, loose };
}

/**
 * Reads the fill of every loose mark's cell, in one sync (none when there is no loose mark):
 * only the note found it, so its cell was not among those the read batch asked for. Returns the
 * syncs made.
 */
export async function loadLooseFills(context: Excel.RequestContext, loose: LooseMark[]): Promise<number> {
  if (!loose.length) return 0;
  for (const l of loose) {
    l.fill = l.item.getLocation().format.fill;
    l.fill.load('color,pattern');
  }
  await context.sync();
  return 1;
}
