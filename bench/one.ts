// One benchmark case in its own process, so peak memory (maxRSS) belongs to this case alone.
// Prints one JSON line: generation, engine and ExcelJS load figures.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { generateWorkbookData, writeWorkbookXlsx } from './generate';
import { checkWorkbook } from '../src/domain/check';
import { workbookToData } from '../src/adapters/exceljs/read-workbook';

async function run(): Promise<void> {
  const [communesArg, shapeArg] = process.argv.slice(2);
  const communes = Number(communesArg);
  const shape = shapeArg === 'long' ? 'long' : 'matrix';
  const data = generateWorkbookData({ communes, shape, seed: 2023 });
  const cells = data.sheets.reduce((s, sh) => s + sh.rows.reduce((t, r) => t + (r ? r.length : 0), 0), 0);
  const rssBefore = process.memoryUsage().rss;
  // Warm-up on a small workbook so JIT compilation is not billed to the first scale.
  checkWorkbook(generateWorkbookData({ communes: 5, shape, seed: 1 }), { asOf: '2023-10-15' });
  // Small cases are timed several times and the median kept, for the engine and for ExcelJS
  // alike, so one-off compilation does not decide the ratio; the national case runs twice.
  const runs = communes <= 200 ? 5 : 2;
  const engineTimes: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  // Without --expose-gc the garbage of earlier runs would be billed to the peak.
  if (!gc) throw new Error('bench/one.ts needs node --expose-gc');
  let result: ReturnType<typeof checkWorkbook> | undefined = checkWorkbook(data, { asOf: '2023-10-15' });
  for (let i = 0; i < runs; i++) {
    // Drop and collect the previous result so the peak is one run's, not two.
    result = undefined;
    gc();
    const t0 = process.hrtime.bigint();
    result = checkWorkbook(data, { asOf: '2023-10-15' });
    engineTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const engineMs = median(engineTimes);
  const phases = result!.timings;
  const enginePeakMb = process.resourceUsage().maxRSS / 1024;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-')), `bench-${communes}-${shape}.xlsx`);
  await writeWorkbookXlsx(data, file);
  const loadTimes: number[] = [];
  let wb = new ExcelJS.Workbook();
  for (let i = 0; i < (communes <= 200 ? 5 : 1); i++) {
    const t1 = process.hrtime.bigint();
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    loadTimes.push(Number(process.hrtime.bigint() - t1) / 1e6);
  }
  const loadMs = median(loadTimes);
  const t2 = process.hrtime.bigint();
  const reread = workbookToData(wb);
  const toDataMs = Number(process.hrtime.bigint() - t2) / 1e6;
  const sizeMb = fs.statSync(file).size / 1e6;
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const out = {
    communes,
    shape,
    cells,
    fileMb: sizeMb,
    engineMs,
    loadMs,
    toDataMs,
    ratio: engineMs / loadMs,
    enginePeakMb,
    rssBeforeEngineMb: rssBefore / 1e6,
    totalPeakMb: process.resourceUsage().maxRSS / 1024,
    findings: result!.findings.length,
    sheetsRead: reread.sheets.length,
    communesSummarized: result!.summary.communes.length,
    phases,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}
