// A generated workbook at any scale, as the benchmark makes them, saved for a look by hand:
//   npx tsx scripts/make-scale-workbook.ts 120 matrix out/tinh-120.xlsx
// (a province of 120 communes, status as a matrix; "long" for one row per commune and indicator).
import * as path from 'path';
import { generateWorkbookData, writeWorkbookXlsx } from '../bench/generate';

async function main(): Promise<void> {
  const [communesArg, shapeArg, outArg] = process.argv.slice(2);
  const communes = Number(communesArg);
  if (!Number.isInteger(communes) || communes < 1 || !outArg || (shapeArg !== 'matrix' && shapeArg !== 'long')) {
    console.error('usage: npx tsx scripts/make-scale-workbook.ts <communes> <matrix|long> <out.xlsx>');
    process.exit(2);
  }
  const out = path.resolve(outArg);
  await writeWorkbookXlsx(generateWorkbookData({ communes, shape: shapeArg, seed: 2023 }), out);
  console.log(`written: ${out}`);
}

void main();
