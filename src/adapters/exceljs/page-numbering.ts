// The first page number of a sheet, as the office set it. ExcelJS reads a missing firstPageNumber
// as 1 and then writes `firstPageNumber="1" useFirstPageNumber="1"` on every sheet it read: a
// sheet that continued the workbook's page numbering (File › Print › the whole workbook; Page
// Setup › First page number "Auto") restarted at 1 in the checked copy. A number the office set
// ("useFirstPageNumber") is kept as it was.
import type ExcelJS from 'exceljs';

type PageSetupRead = { firstPageNumber?: number; useFirstPageNumber?: boolean };

export function keepAutomaticPageNumbers(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const setup = ws.pageSetup as PageSetupRead | undefined;
    if (setup && !setup.useFirstPageNumber) setup.firstPageNumber = undefined;
  }
}
