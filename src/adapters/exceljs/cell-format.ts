// Changing one cell's fill or note without touching anything else. ExcelJS shares one style
// object between all cells loaded with the same format, so a cell gets a fresh copy instead
// of having its shared object edited (which would recolour every cell sharing it).
import type ExcelJS from 'exceljs';

export type NoteValue = string | ExcelJS.Comment;

export function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const { fill: _old, ...rest } = cell.style;
  cell.style = fill ? { ...cell.style, fill } : rest;
}

export function getNote(cell: ExcelJS.Cell): NoteValue | undefined {
  const n = cell.note as NoteValue | undefined;
  return n === undefined || n === null ? undefined : n;
}

export function noteText(note: NoteValue | undefined): string | null {
  if (note === undefined) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text ?? '').join('');
}

export function setNote(cell: ExcelJS.Cell, note: NoteValue | null): void {
  if (note === null) {
    // ExcelJS has no public way to delete a note. Its row code clears _comment; a cell loaded
    // from a file also keeps the note in its value model, which is written out unless removed.
    const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    inner._comment = undefined;
    if (inner._value?.model) delete inner._value.model.comment;
  } else {
    cell.note = note;
  }
}

export function deepCopy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
