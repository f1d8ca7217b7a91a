// The parts of a worksheet part around its cells. Views and the row format come before
// <sheetData>, protection, custom views, scenarios and dismissed errors after it: the cheap
// tests on every sheet of a file search there, not through the cells, which are most of a sheet.
/** What precedes `<sheetData`. */
export const beforeCells = (xml: string): string => xml.slice(0, Math.max(0, xml.indexOf('<sheetData')));

/** What follows the cells (`</sheetData>`, or the whole part when it has none). */
export const afterCells = (xml: string): string => xml.slice(Math.max(0, xml.lastIndexOf('</sheetData>')));
