// Excel's documented limits ("Excel specifications and limits") that a written sheet must respect:
// Office.js refuses a larger row height or a longer text, and a file holding one opens repaired.

/** The tallest row Excel allows, in points. */
export const MAX_ROW_POINTS = 409;
/** The most characters a cell holds. */
export const MAX_CELL_CHARS = 32767;
