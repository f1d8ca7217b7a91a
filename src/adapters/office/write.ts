// The Office adapter's write side in one import: summary sheets and highlights.
export { writeSummarySheets, isOwnedSheet, groupStyles, widthToPoints } from './write-sheets';
export type { WriteSheetsOptions, WriteSheetsReport } from './write-sheets';
export { applyHighlights, clearHighlights } from './highlights';
export type { HighlightOptions, ClearOptions, HighlightReport } from './highlights';
