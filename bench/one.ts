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
  const gc = (globalThis as { gc?: () => void }).gc;
  // Without --expose-gc the garbage of earlier runs would be billed to the peak.
  if (!gc) throw new Error('bench/one.ts needs node --expose-gc');
  // Both sides are timed the same way: the first call in this process ("1st", JIT compiling as it
  // goes), then, after the same number of warm-up calls, the median of timed calls. No gc() between
  // timed calls: a forced collection makes the next ExcelJS load 2–4 times slower (measured), which
  // would flatter the ratio. National cases are single long calls where the JIT warms up within
  // the call: a few runs only (ExcelJS loads the national long table once: 11–15 s, 1.5 GB).
  const small = communes <= 200;
  const warmups = small ? 10 : 0;
  const timed = small ? 10 : 2;
  const asOf = '2023-10-15';
  gc();
  let t0 = process.hrtime.bigint();
  let result: ReturnType<typeof checkWorkbook> | undefined = checkWorkbook(data, { asOf });
  const engineFirstMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // Peak memory of one engine run from a collected heap: the first run's high-water mark.
  const enginePeakMb = process.resourceUsage().maxRSS / 1024;
  result = undefined;
  for (let i = 0; i < warmups; i++) checkWorkbook(data, { asOf });
  const engineTimes: number[] = [];
  for (let i = 0; i < timed; i++) {
    result = undefined;
    // Each timed run checks a workbook the engine has not seen (same scale and shape, other
    // names and verdicts): its text caches must not turn repeated runs into cache hits.
    const fresh = generateWorkbookData({ communes, shape, seed: 2024 + i });
    t0 = process.hrtime.bigint();
    result = checkWorkbook(fresh, { asOf });
    engineTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const engineMs = median(engineTimes);
  const phases = result!.timings;
  const findings = result!.findings.length;
  const communesSummarized = result!.summary.communes.length;
  result = undefined;
  gc();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-')), `bench-${communes}-${shape}.xlsx`);
  await writeWorkbookXlsx(data, file);
  const sizeMb = fs.statSync(file).size / 1e6;
  const load = async (): Promise<[ExcelJS.Workbook, number]> => {
    const t = process.hrtime.bigint();
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(file);
    return [w, Number(process.hrtime.bigint() - t) / 1e6];
  };
  let [wb, loadFirstMs] = await load();
  const loadTimes: number[] = [];
  const loadTimed = small ? timed : sizeMb < 5 ? 1 : 0;
  for (let i = 0; i < warmups; i++) await load();
  for (let i = 0; i < loadTimed; i++) {
    let ms: number;
    [wb, ms] = await load();
    loadTimes.push(ms);
  }
  const loadMs = loadTimes.length ? median(loadTimes) : loadFirstMs;
  const t2 = process.hrtime.bigint();
  const reread = workbookToData(wb);
  const toDataMs = Number(process.hrtime.bigint() - t2) / 1e6;
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
    engineFirstMs,
    loadFirstMs,
    firstRatio: engineFirstMs / loadFirstMs,
    enginePeakMb,
    rssBeforeEngineMb: rssBefore / 1e6,
    totalPeakMb: process.resourceUsage().maxRSS / 1024,
    findings,
    sheetsRead: reread.sheets.length,
    communesSummarized,
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
