// Notes written as plain text: the comment's <text> holds its string in one <t>, without runs
// (openpyxl writes every note so, as do some report generators). ExcelJS reads a note's runs only
// and took such a note as empty: the copy had empty notes, and a mark on the cell put its lines
// where the office's text had been. ExcelJS is given the text as one run without a format, which
// is the same note to Excel (CT_Rst allows either), so it is read, marked and written with its text.

/** A note's text, with what may lead it, when it starts with a bare <t> (no run around it). */
const PLAIN = /(<text\b[^>]*>\s*)(<t\b[^>]*?(?:\/>|>[\s\S]*?<\/t>))/g;

/** Comments parts as ExcelJS reads them (xlsx.js matches `xl/comments<n>.xml` only). */
export const COMMENTS_PART = /^xl\/comments\d+\.xml$/;

/** `xml` (a comments part) with each plain-text note's text in a run; unchanged when it has none. */
export function withNoteRuns(xml: string): string {
  return xml.replace(PLAIN, (_m, open: string, text: string) => `${open}<r>${text}</r>`);
}
