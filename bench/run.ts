// npm run bench: district (20), province (200) and national (8,227 communes) workbooks, in matrix
// and long shapes. Prints ExcelJS load time, engine time (read + validate + summarize), their
// ratio and peak memory, measured in the same run so the ratio survives a noisy machine.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';

const SCALES = [20, 200, 8227];
const SHAPES = ['matrix', 'long'];
const TARGET_RATIO = 0.25;
const TARGET_NATIONAL_MS = 3000;
const TARGET_PEAK_MB = 1024;

interface Row {
  communes: number;
  shape: string;
  cells: number;
  fileMb: number;
  engineMs: number;
  loadMs: number;
  toDataMs: number;
  ratio: number;
  /** The first call of each side in the process (JIT compiling as it goes). */
  engineFirstMs: number;
  loadFirstMs: number;
  firstRatio: number;
  enginePeakMb: number;
  /** Resident memory once the generated workbook is in memory, before the engine runs. */
  rssBeforeEngineMb: number;
  totalPeakMb: number;
  communesSummarized: number;
  phases?: Record<string, number>;
}

const rows: Row[] = [];
const only = process.argv[2] ? Number(process.argv[2]) : undefined;
for (const communes of SCALES.filter((s) => !only || s === only)) {
  for (const shape of SHAPES) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', pathToFileURL(require.resolve('tsx')).href, path.join(__dirname, 'one.ts'), String(communes), shape], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      console.error(`case ${communes} ${shape} failed:\n${r.stderr}`);
      process.exit(1);
    }
    rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }
}

const f = (x: number, d = 0) => x.toFixed(d).padStart(9);
console.log('communes  shape      cells   file MB  load ms  engine ms  ratio  1st load  1st engine  1st ratio  data MB  engine peak MB  total peak MB  verdict');
let ok = true;
for (const r of rows) {
  const checks = [r.ratio <= TARGET_RATIO];
  if (r.communes >= 8227) checks.push(r.engineMs <= TARGET_NATIONAL_MS, r.enginePeakMb <= TARGET_PEAK_MB);
  const pass = checks.every(Boolean);
  ok &&= pass;
  console.log(`${String(r.communes).padStart(8)}  ${r.shape.padEnd(6)} ${f(r.cells)} ${f(r.fileMb, 1)} ${f(r.loadMs)} ${f(r.engineMs)} ${r.ratio.toFixed(3).padStart(6)} ${f(r.loadFirstMs)} ${f(r.engineFirstMs, 0).padStart(11)} ${r.firstRatio.toFixed(3).padStart(10)} ${f(r.rssBeforeEngineMb)} ${f(r.enginePeakMb)}      ${f(r.totalPeakMb)}      ${pass ? 'ok' : 'MISSED'}`);
}
console.log(`targets: engine ≤ ${TARGET_RATIO} × ExcelJS load at every scale; national engine ≤ ${TARGET_NATIONAL_MS} ms and ≤ ${TARGET_PEAK_MB} MB peak`);
console.log('load / engine / ratio: medians after the same warm-up on both sides (20 and 200 communes: 10 warm-up, 10 timed; national: 2 engine runs, ExcelJS 1–2 loads), no forced gc between timed calls; each timed engine call checks a freshly generated workbook of the same scale and shape (no cache hits from the warm-ups); 1st: the first call of each in its process; engine peak: the first run from a collected heap');
console.log(ok ? 'all targets met' : 'some targets missed');
const national = rows.filter((r) => r.communes >= 8227);
for (const r of national) console.log(`engine phases, ${r.shape}, ms: ${JSON.stringify(r.phases, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`);

// The task pane's bundle figures (issue #4): initial JS gzipped, ExcelJS only in a lazy chunk.
if (!process.env.BENCH_SKIP_BUNDLE) {
  const b = spawnSync(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, path.join(__dirname, 'bundle-size.ts')], { encoding: 'utf8', stdio: 'inherit' });
  if (b.status !== 0) console.log('bundle figures: over budget or build failed (see above)');
}
