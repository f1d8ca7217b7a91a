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
