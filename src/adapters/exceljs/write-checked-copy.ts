// The command line's output: a copy of the user's workbook with marks, the summary
// sheets (TH_…) after the user's sheets, and the state sheet. The input is never written.
import path from 'path';
import fs from 'fs';
import type ExcelJS from 'exceljs';
import type { CheckResult } from '../../domain/check-types';
import type { WorkbookSettings } from '../../domain/plan/workbook-state';
import { AdapterError } from './errors';
import { applyCheckResult } from './apply-check-result';
import type { HighlightOutcome } from './highlights';
import { loadWorkbook } from './read-workbook';
import { withEscapedTexts } from './escaped-text';

function samePath(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    // Catches links and, on case-insensitive file systems, a different spelling of the same file.
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

export async function writeCheckedCopy(
  input: string | ExcelJS.Workbook,
  outputPath: string,
  result: CheckResult,
  settings?: WorkbookSettings,
  inputPath?: string,
): Promise<HighlightOutcome> {
  const source = typeof input === 'string' ? input : inputPath;
  if (source !== undefined && samePath(source, outputPath)) {
    throw new AdapterError('output-is-input', {
      vi: `Tệp kết quả "${outputPath}" trùng với tệp đầu vào: add-in không ghi đè lên tệp gốc. Hãy chọn tên khác (--out).`,
      en: `Output file "${outputPath}" is the input file: the add-in never overwrites the original. Choose another name (--out).`,
    });
  }
  const wb = typeof input === 'string' ? await loadWorkbook(input) : input;
  const outcome = applyCheckResult(wb, result, settings);
  await fs.promises.mkdir(path.dirname(path.resolve(outputPath)), { recursive: true });
  await withEscapedTexts(wb, () => wb.xlsx.writeFile(outputPath));
  return outcome;
}
