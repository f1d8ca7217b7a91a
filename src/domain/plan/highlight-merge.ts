// Turns the engine's marks into one mark per cell (the most urgent kind wins the fill) and
// builds the note text both adapters write. Every add-in line starts with NOTE_MARKER so
// the add-in's own text can be told apart from what the user typed.
import { MARK_PRIORITY, MARK_STYLES } from './highlight-plan';
import type { HighlightPlan, MarkKind } from './highlight-plan';

export const NOTE_MARKER = '[NTM] ';
/** Between the user's own note (kept visible) and the add-in's lines. */
export const NOTE_SEPARATOR = '\n\n';

export interface ResolvedMark {
  sheet: string;
  row: number;
  col: number;
  /** The winning kind by MARK_PRIORITY: decides the fill. */
  kind: MarkKind;
  /** Every kind the cell earned, most urgent first. */
  kinds: MarkKind[];
  /** The add-in's note: one "[NTM] <label>: <cue>" line per distinct cue. */
  note: string;
}

const rank = (k: MarkKind): number => MARK_PRIORITY.indexOf(k);

/** One note line; a cue's own line breaks are flattened so every line keeps the marker. */
export function noteLine(kind: MarkKind, cue: string, lang: 'vi' | 'en' = 'vi'): string {
  const flat = cue.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const label = MARK_STYLES[kind].label[lang];
  // A cue that already opens with its label ("Quá hạn: mã 9, hạn …") is not labelled twice.
  const said = flat.toLowerCase() === label.toLowerCase() || flat.toLowerCase().startsWith(`${label.toLowerCase()}:`);
  return flat && !said ? `${NOTE_MARKER}${label}: ${flat}` : `${NOTE_MARKER}${said ? flat : label}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One entry per (sheet, cell), sorted by sheet name, row, column; the same plan always gives the same text. */
export function resolveMarks(plan: HighlightPlan, lang: 'vi' | 'en' = 'vi'): ResolvedMark[] {
  const byCell = new Map<string, { sheet: string; row: number; col: number; cues: { kind: MarkKind; cue: string }[] }>();
  for (const m of plan.marks) {
    const key = `${m.sheet}\u0000${m.row}\u0000${m.col}`;
    let entry = byCell.get(key);
    if (!entry) {
      entry = { sheet: m.sheet, row: m.row, col: m.col, cues: [] };
      byCell.set(key, entry);
    }
    entry.cues.push({ kind: m.kind, cue: m.cue });
  }
  const out: ResolvedMark[] = [];
  for (const e of byCell.values()) {
    const cues = [...e.cues].sort((a, b) => rank(a.kind) - rank(b.kind) || compareText(a.cue, b.cue));
    const lines: string[] = [];
    for (const c of cues) {
      const line = noteLine(c.kind, c.cue, lang);
      if (!lines.includes(line)) lines.push(line);
    }
    const kinds = MARK_PRIORITY.filter((k) => cues.some((c) => c.kind === k));
    out.push({ sheet: e.sheet, row: e.row, col: e.col, kind: kinds[0], kinds, note: lines.join('\n') });
  }
  out.sort((a, b) => compareText(a.sheet, b.sheet) || a.row - b.row || a.col - b.col);
  return out;
}

/**
 * The note written on a marked cell. The user's own note stays visible above the
 * add-in's lines (it is also saved in the state and restored exactly on removal).
 */
export function composeMarkedNote(original: string | null, addinNote: string): string {
  return original ? original + NOTE_SEPARATOR + addinNote : addinNote;
}

function isAddinBlock(text: string): boolean {
  return text.length > 0 && text.split('\n').every((l) => l.startsWith(NOTE_MARKER));
}

/** Whether a note is exactly what the add-in wrote on top of `saved` (untouched by the user since). */
export function isUntouchedMarkedNote(saved: string | null, current: string | null): boolean {
  if (current === null) return false;
  const prefix = saved ? saved + NOTE_SEPARATOR : '';
  return current.startsWith(prefix) && isAddinBlock(current.slice(prefix.length));
}

/**
 * The note a cell gets back when its mark is removed:
 * - still as the add-in left it → the saved note, exactly;
 * - deleted by the user → no note;
 * - edited by the user → the user's text, minus the add-in's own "[NTM] " lines.
 */
export function noteAfterRemoval(saved: string | null, current: string | null): string | null {
  if (current === null) return null;
  if (isUntouchedMarkedNote(saved, current)) return saved;
  const kept = current
    .split('\n')
    .filter((l) => !l.startsWith(NOTE_MARKER))
    .join('\n')
    .replace(/\s+$/, '');
  return kept.length > 0 ? kept : null;
}
