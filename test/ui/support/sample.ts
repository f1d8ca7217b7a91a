// The bundled sample workbook (Trà Cú 2023) as WorkbookData, read once per test file.
import * as fs from 'fs';
import * as path from 'path';
import type { WorkbookData } from '../../../src/domain/model/grid';
import { readWorkbookFile } from '../../../src/adapters/exceljs/read-workbook';

export const SAMPLE_PATH = path.join(__dirname, '..', '..', '..', 'examples', 'tra-cu-2023.xlsx');

/** The sample's bytes, as a file picker or fetch hands them to the pane. */
export function sampleBuffer(): ArrayBuffer {
  const b = fs.readFileSync(SAMPLE_PATH);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

let cached: Promise<WorkbookData> | undefined;
export function sampleData(): Promise<WorkbookData> {
  return (cached ??= readWorkbookFile(SAMPLE_PATH));
}

/** The seed's own spelling slip in the sample (seed 000: "Tập sơn" beside "Tập Sơn"), as the pane lists it. */
export const SAMPLE_VARIANT = 'Tên xã viết khác nhau: "Tập sơn" và "Tập Sơn".';
