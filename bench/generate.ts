// Synthetic NTM workbooks for the benchmark: pure data (engine timed alone) and the same workbook as .xlsx.
//
// Shapes (decided here, see bench/generate/sheets.ts):
// - matrix: indicators × communes, split into sheets of at most 100 commune columns ("Hiện trạng NTM 1", …),
//   as a province-level table would be; 8,227 communes give 83 sheets of 76 rows.
// - long: one row per commune × indicator in one sheet "Kết quả thực hiện" (8,227 × 57 = 468,939 rows).
// Both add the assignment sheet (19 criteria, quarter deadlines) and the communes sheet.
import type { WorkbookData } from '../src/domain/model/grid';
import { communeNames } from './generate/commune-names';
import { mulberry32 } from './generate/prng';
import { assignmentSheet, communesSheet, longSheet, matrixSheets, type Verdicts } from './generate/sheets';
import { ntmIndicators } from '../scripts/sample/catalog';

export { writeWorkbookXlsx } from './generate/write-xlsx';
export { MATRIX_COMMUNES_PER_SHEET } from './generate/sheets';

export interface Scale {
  communes: number;
  shape: 'matrix' | 'long';
  seed: number;
}

/** Share of Đạt cells. */
export const MET_RATE = 0.8;

export function generateWorkbookData(scale: Scale): WorkbookData {
  const rng = mulberry32(scale.seed);
  const names = communeNames(rng, scale.communes);
  const count = ntmIndicators().length;
  // Verdicts drawn once, in commune-major order, so matrix and long shapes of one seed agree.
  const met = new Uint8Array(scale.communes * count);
  for (let i = 0; i < met.length; i++) met[i] = rng() < MET_RATE ? 1 : 0;
  const verdict: Verdicts = (c, k) => met[c * count + k] === 1;
  const assignment = assignmentSheet(rng);
  const status = scale.shape === 'matrix' ? matrixSheets(names, verdict) : [longSheet(names, verdict, rng)];
  return { sheets: [assignment, communesSheet(names), ...status] };
}
