// Texts written as Excel writes them. A cell's text is XML, which cannot hold most control
// characters and turns a carriage return into a plain line feed on reading; Excel therefore
// writes them escaped as "_xHHHH_" (a return pasted from Word: "_x000D_"), and a literal
// "_x0041_" the office typed as "_x005F_x0041_". ExcelJS reads those escapes back (the model holds
// the real characters) but writes the text as it is: the copy lost every return and control
// character of the office's cells and notes, and showed a typed "_x0041_" as "A". The texts are
// escaped in the model for the time of the write, then put back as they were.
import type ExcelJS from 'exceljs';

/** What XML cannot carry as it is, and a literal escape: a text holding none is written unchanged. */
const NEEDS_ESCAPE = /[\x00-\x08\x0B\x0C\x0E-\x1F\r\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
const TO_ESCAPE = /[\x00-\x08\x0B\x0C\x0E-\x1F\r\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** A text as OOXML writes it (ST_Xstring): "a\r\nb" → "a_x000D_\nb", "_x0041_" → "_x005F_x0041_". */
export function escapeXstring(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(TO_ESCAPE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

interface Run {
  text: string;
}

interface CellInternals {
  _value?: { model?: { type?: number; value?: unknown; text?: unknown } };
  _comment?: { note?: string | { texts?: Run[] } };
}

/** The undo of each change, run in reverse after the write. */
type Undo = () => void;

/** `write()` run on `wb` with its texts escaped (escapeXstring), the model given back as it was, even when the write fails. */
export async function withEscapedTexts<T>(wb: ExcelJS.Workbook, write: () => Promise<T>): Promise<T> {
  const undo = escapeTexts(wb);
  try {
    return await write();
  } finally {
    for (let i = undo.length - 1; i >= 0; i--) undo[i]();
  }
}

function escapeTexts(wb: ExcelJS.Workbook): Undo[] {
  const undo: Undo[] = [];
  // A run object two cells share is escaped once.
  const seen = new Set<Run>();
  const runs = (list: Run[] | undefined) => {
    for (const run of list ?? []) {
      if (seen.has(run) || typeof run.text !== 'string') continue;
      seen.add(run);
      const was = run.text;
      const now = escapeXstring(was);
      if (now === was) continue;
      run.text = now;
      undo.push(() => (run.text = was));
    }
  };
  for (const ws of wb.worksheets) {
    // Every cell ExcelJS holds, blank ones included (a note on a blank cell): its rows' cell arrays.
    const rows = (ws as unknown as { _rows?: ({ _cells?: (ExcelJS.Cell | undefined)[] } | undefined)[] })._rows ?? [];
    for (const row of rows) {
      for (const cell of row?._cells ?? []) {
        if (!cell) continue;
        const inner = cell as unknown as CellInternals;
        const model = inner._value?.model;
        // Texts, hyperlinks' text, rich text runs. Not a formula's cached
        // result: ExcelJS reads it without unescaping, so it goes out as it came in.
        if (model && model.type === VALUE_STRING && typeof model.value === 'string') {
          const was = model.value;
          const now = escapeXstring(was);
          if (now !== was) {
            model.value = now;
            undo.push(() => (model.value = was));
          }
        } else if (model && model.type === VALUE_HYPERLINK && typeof model.text === 'string') {
          const was = model.text;
          const now = escapeXstring(was);
          if (now !== was) {
            model.text = now;
            undo.push(() => (model.text = was));
          }
        } else if (model && model.type === VALUE_STRING && typeof model.value === 'object' && model.value !== null) {
          // Rich text: a String cell whose value holds the runs.
          runs((model.value as { richText?: Run[] }).richText);
        }
        const comment = inner._comment;
        if (comment && typeof comment.note === 'string') {
          const was = comment.note;
          const now = escapeXstring(was);
          if (now !== was) {
            comment.note = now;
            undo.push(() => (comment.note = was));
          }
        } else if (comment?.note && typeof comment.note === 'object') runs(comment.note.texts);
      }
    }
  }
  return undo;
}

// ExcelJS's value types (ExcelJS.ValueType) as its cell models hold them: a rich text cell's model
// is of type String too, its value the runs.
const VALUE_STRING = 3;
const VALUE_HYPERLINK = 5;
