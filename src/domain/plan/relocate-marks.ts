// Where the cells marked last time are now. The state keeps each marked cell by address, but
// the office inserts and deletes rows between runs: a mark then sits at another address, and
// taken for the user's own formatting it would be saved as "original" and never go away
// (probe 9-b: stacked notes and a "Chưa đạt" fill no run could remove). Each saved cell also
// keeps an id of the add-in note it got; the note travels with the cell, so the cell is found
// again by that id. Marked cells no saved entry claims (a lost state, a copied sheet) are
// orphans, cleaned as when the state is lost.
import { NOTE_MARKER } from './highlight-merge';
import type { SavedCellFormat } from './workbook-state';
import { parseA1 } from '../model/address';

/** A cell of a user sheet whose note carries add-in lines, as found now. */
export interface PresentMark {
  sheet: string;
  row: number;
  col: number;
  note: string;
}

export interface PlacedCell<T, P extends PresentMark = PresentMark> {
  saved: T;
  row: number;
  col: number;
  /** Found away from its saved address. */
  moved: boolean;
  /** The marked cell it was matched to, as given. */
  present?: P;
}

export interface Relocation<T, P extends PresentMark = PresentMark> {
  /** Saved cells found by their note, at their address or moved. */
  placed: PlacedCell<T, P>[];
  /** Saved cells whose note is gone (deleted by the user, notes not written): at their saved
   * address, unless that cell is now another's (`claimed`). */
  unplaced: T[];
  /** Marked cells no saved entry claims, as given. */
  orphans: P[];
  /** markKey of every marked cell with a known address: not to be touched for an unplaced entry. */
  claimed: Set<string>;
}

/** Short id of the add-in lines of a note (FNV-1a, 32 bits): what the state keeps per cell. */
export function addinNoteId(note: string): string | undefined {
  let lines = '';
  for (const l of note.split('\n')) if (l.startsWith(NOTE_MARKER)) lines += l + '\n';
  if (!lines) return undefined;
  let h = 0x811c9dc5;
  for (let i = 0; i < lines.length; i++) {
    h ^= lines.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function hasAddinLines(note: string | null | undefined): note is string {
  return !!note && (note.startsWith(NOTE_MARKER) || note.includes('\n' + NOTE_MARKER));
}

export function markKey(sheet: string, row: number, col: number): string {
  return `${sheet.toLowerCase()}\u0000${row}\u0000${col}`;
}

/**
 * Pairs saved cells with the marked cells present now. A saved cell with an id is the present
 * cell with the same id: at its own address first, else the nearest in its column, then its
 * row (rows or columns inserted), then anywhere on its sheet (row −1: a mark whose address the
 * adapter does not know). One without an id (written before ids, or without a note) keeps its
 * address, as before.
 */
export function relocateMarks<T extends SavedCellFormat & { mark?: string }, P extends PresentMark>(saved: T[], present: P[]): Relocation<T, P> {
  const entries = present.map((p) => ({ p, id: addinNoteId(p.note), used: false }));
  const at = new Map<string, (typeof entries)[number]>();
  for (const e of entries) if (e.p.row >= 0) at.set(markKey(e.p.sheet, e.p.row, e.p.col), e);
  const placed: PlacedCell<T, P>[] = [];
  const pending: T[] = [];
  const unplaced: T[] = [];
  for (const s of saved) {
    const a = parseA1(s.cell);
    const e = a ? at.get(markKey(s.sheet, a.row, a.col)) : undefined;
    if (a && e && !e.used && (s.mark === undefined || s.mark === e.id)) {
      e.used = true;
      placed.push({ saved: s, row: a.row, col: a.col, moved: false, present: e.p });
    } else if (s.mark !== undefined) pending.push(s);
    else unplaced.push(s);
  }
  if (pending.length) {
    const pool = new Map<string, (typeof entries)[number][]>();
    for (const e of entries) {
      if (e.used || !e.id) continue;
      const k = `${e.p.sheet.toLowerCase()}\u0000${e.id}`;
      const list = pool.get(k);
      if (list) list.push(e);
      else pool.set(k, [e]);
    }
    for (const s of pending) {
      const a = parseA1(s.cell);
      let best: (typeof entries)[number] | undefined;
      let bestCost = Infinity;
      for (const e of pool.get(`${s.sheet.toLowerCase()}\u0000${s.mark}`) ?? []) {
        if (e.used) continue;
        const dr = Math.abs(e.p.row - (a?.row ?? 0));
        const dc = Math.abs(e.p.col - (a?.col ?? 0));
        // Same column (rows inserted) before same row (columns inserted) before anywhere.
        const cost = e.p.row < 0 ? 3e7 : dc === 0 ? dr : dr === 0 ? 1e7 + dc : 2e7 + dr + dc;
        if (cost < bestCost) {
          bestCost = cost;
          best = e;
        }
      }
      if (best) {
        best.used = true;
        placed.push({ saved: s, row: best.p.row, col: best.p.col, moved: true, present: best.p });
      } else unplaced.push(s);
    }
  }
  const orphans: P[] = [];
  const claimed = new Set<string>(at.keys());
  for (const e of entries) if (!e.used) orphans.push(e.p);
  return { placed, unplaced, orphans, claimed };
}
