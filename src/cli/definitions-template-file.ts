// --definitions-template: the shipped sets the workbook uses, as a one-sheet workbook the office
// edits and moves into its own workbook (Excel: the sheet tab → Move or Copy). A separate file:
// the office's workbook is never written, and the checked copy stays a check of it.
import ExcelJS from 'exceljs';
import type { CheckResult } from '../domain/check-types';
import { definitionsTemplate } from '../domain/definitions-template';
import type { Bilingual } from '../domain/model/finding';
import { writeUserSheetPlan } from '../adapters/exceljs/write-plan';
import { withEscapedTexts } from '../adapters/exceljs/escaped-text';

/** Writes the template to `file`; the reason instead when there is nothing to write. */
export async function writeDefinitionsTemplateFile(result: Pick<CheckResult, 'summary' | 'definedSets'>, sheetNames: readonly string[], file: string): Promise<{ written: true; sheet: string; sets: string[] } | { written: false; reason: Bilingual }> {
  const t = definitionsTemplate(result, sheetNames);
  if (!t.plan) return { written: false, reason: t.reason };
  const wb = new ExcelJS.Workbook();
  writeUserSheetPlan(wb, t.plan);
  await withEscapedTexts(wb, () => wb.xlsx.writeFile(file));
  return { written: true, sheet: t.plan.name, sets: t.setIds };
}
