// Finding and naming sheets the way Excel does: names compare without regard to case.
import type ExcelJS from 'exceljs';

export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = name.toLocaleUpperCase();
  return wb.worksheets.find((ws) => ws.name.toLocaleUpperCase() === key);
}

export function startsWithCi(text: string, prefix: string): boolean {
  return text.slice(0, prefix.length).toLocaleUpperCase() === prefix.toLocaleUpperCase();
}

/** Excel refuses sheet names over 31 characters, with : \ / ? * [ ], or starting/ending with '. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/** Removes a sheet; ExcelJS's removeWorksheet also releases its cells. */
export function removeSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  wb.removeWorksheet(ws.id);
}

/**
 * Keeps the workbook's active and first visible tab on a visible sheet after sheets were
 * removed or appended (Excel warns about a file whose active tab is hidden).
 */
export function fixActiveTab(wb: ExcelJS.Workbook): void {
  const sheets = wb.worksheets;
  const firstVisible = sheets.findIndex((s) => s.state === 'visible');
  if (firstVisible < 0) return;
  const views = wb.views ?? [];
  for (const v of views) {
    const active = v.activeTab ?? 0;
    if (active >= sheets.length || sheets[active].state !== 'visible') v.activeTab = firstVisible;
    const first = v.firstSheet ?? 0;
    if (first >= sheets.length || sheets[first].state !== 'visible') v.firstSheet = firstVisible;
  }
}
