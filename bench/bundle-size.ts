// Task pane bundle figures: the JS a pane loads before first paint (gzipped) and where ExcelJS
// lives (it must be in a lazy chunk only). Usage:
//   tsx bench/bundle-size.ts            build production into a temp folder, then measure
//   tsx bench/bundle-size.ts <distDir>  measure an existing production build
// Exits 1 when the initial JS is over the budget or ExcelJS is in an initial chunk.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { CHROMIUM, measureFirstRender } from './first-render';

const BUDGET_KB = 300;
const ROOT = path.join(__dirname, '..');
/** Text only ExcelJS carries (the part names of the xlsx package it writes). */
const EXCELJS_MARKERS = ['xl/workbook.xml', 'xl/sharedStrings.xml'];

export interface ChunkFigure {
  file: string;
  bytes: number;
  gzipBytes: number;
  exceljs: boolean;
}

export interface BundleFigures {
  initial: ChunkFigure[];
  lazy: ChunkFigure[];
  initialGzipKb: number;
  excelJsInitial: boolean;
  excelJsLazy: string[];
}

function figure(dir: string, file: string): ChunkFigure {
  const buf = fs.readFileSync(path.join(dir, file));
  const text = buf.toString('utf8');
  return { file, bytes: buf.length, gzipBytes: zlib.gzipSync(buf, { level: 9 }).length, exceljs: EXCELJS_MARKERS.some((m) => text.includes(m)) };
}

/** Initial = the <script> files of taskpane.html (office.js excepted: Microsoft's, from its own URL). */
export function measure(dir: string): BundleFigures {
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((s) => !/office\.js$/.test(s) && !/^https?:/.test(s));
  const initial = scripts.map((s) => figure(dir, s));
  const all = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  const lazy = all.filter((f) => !scripts.includes(f) && !/^(commands|notice)\./.test(f)).map((f) => figure(dir, f));
  const gz = initial.reduce((n, c) => n + c.gzipBytes, 0);
  return {
    initial,
    lazy,
    initialGzipKb: Math.round((gz / 1024) * 10) / 10,
    excelJsInitial: initial.some((c) => c.exceljs),
    excelJsLazy: lazy.filter((c) => c.exceljs).map((c) => c.file),
  };
}

export function build(outDir: string): void {
  const webpack = require.resolve('webpack-cli/bin/cli.js');
  const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--output-path', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    // A placeholder deployment URL (the manifest is not measured) and office.js from the package.
    env: { ...process.env, ADDIN_BASE_URL: process.env.ADDIN_BASE_URL ?? 'https://ntm.example.invalid/addin/', OFFICE_JS: 'local' },
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
}

async function main(): Promise<void> {
  let dir = process.argv[2];
  if (!dir) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bundle-'));
    const t0 = Date.now();
    build(dir);
    console.log(`built production into ${dir} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const f = measure(dir);
  const kb = (b: number) => (b / 1024).toFixed(1).padStart(8);
  console.log('task pane initial JS (loaded by taskpane.html):');
  for (const c of f.initial) console.log(`  ${c.file.padEnd(34)} ${kb(c.bytes)} KB  gzip ${kb(c.gzipBytes)} KB${c.exceljs ? '  (ExcelJS!)' : ''}`);
  console.log(`  total gzip ${f.initialGzipKb} KB (budget ${BUDGET_KB} KB)`);
  console.log('lazy chunks:');
  for (const c of f.lazy) console.log(`  ${c.file.padEnd(34)} ${kb(c.bytes)} KB  gzip ${kb(c.gzipBytes)} KB${c.exceljs ? '  ExcelJS' : ''}`);
  console.log(`ExcelJS only in lazy chunks: ${!f.excelJsInitial && f.excelJsLazy.length > 0 ? 'yes' : 'NO'} (${f.excelJsLazy.join(', ') || 'not found'})`);
  if (f.initialGzipKb > BUDGET_KB || f.excelJsInitial) process.exitCode = 1;
  const fr = await measureFirstRender(dir);
  if (!fr) console.log(`time to first render: not measured (${CHROMIUM} not found; apt-get install chromium)`);
  else console.log(`time to first render in chromium at 350 × 700 (median of ${fr.runs} fresh loads): ${fr.scriptToRenderMs} ms from the pane script's start, first contentful paint ${fr.navigationToPaintMs} ms after navigation`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
