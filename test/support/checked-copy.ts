// The command line's copy path for tests: the input saved to a temp file, loaded, checked and
// written as `ntm-check` does, and the written package opened again.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbookFile, writeCheckedCopyFromLoaded, type LoadedWorkbook } from '../../src/cli/workbook-io';
import { checkWorkbook } from '../../src/domain/check';
import { readableByExcelJS } from '../../src/adapters/exceljs/exceljs-input';

export interface CheckedCopy {
  loaded: LoadedWorkbook;
  /** The written package, and the same file read back by ExcelJS (given it as `ntm-check` gives it a file: exceljs-input.ts). */
  copy: JSZip;
  reread: ExcelJS.Workbook;
}

export async function checkedCopyOf(input: Buffer, asOf = '2023-10-15'): Promise<CheckedCopy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-copy-'));
  try {
    const file = path.join(dir, 'ke-hoach.xlsx');
    fs.writeFileSync(file, input);
    const loaded = await loadWorkbookFile(file);
    const out = path.join(dir, 'ke-hoach.checked.xlsx');
    await writeCheckedCopyFromLoaded(loaded, out, checkWorkbook(loaded.data, { asOf }), { ignored: [] });
    const written = fs.readFileSync(out);
    const copy = await JSZip.loadAsync(written);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await readableByExcelJS(written)) as unknown as ExcelJS.Buffer);
    return { loaded, copy, reread };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
