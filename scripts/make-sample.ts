// Writes examples/tra-cu-2023.xlsx (the bundled sample) and examples/README.md, and prints the assumptions made.
// Run: node scripts/run-tsx.js scripts/make-sample.ts [output.xlsx]
import { promises as fs } from 'fs';
import path from 'path';
import { ASSUMPTIONS } from './sample/assumptions';
import { buildSampleSheets, SAMPLE_FILE, SAMPLE_META } from './sample/build-sample';
import { renderReadme } from './sample/readme';
import { writeStyledWorkbook } from './sample/write-styled-xlsx';

export async function makeSample(root: string, file = path.join(root, SAMPLE_FILE)): Promise<string> {
  const sheets = buildSampleSheets();
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeStyledWorkbook(sheets, file, SAMPLE_META);
  await fs.writeFile(path.join(path.dirname(file), 'README.md'), renderReadme(sheets, ASSUMPTIONS), 'utf8');
  return file;
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const out = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  const file = await makeSample(root, out);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  console.log('Assumptions:');
  for (const a of ASSUMPTIONS) console.log(`  ${a.id} [${a.sheet}] ${a.text}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
