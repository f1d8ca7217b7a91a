// A property of the checked copy over seeded office workbooks (random-office-book.ts): the copy
// path (ExcelJS read, marks and summary sheets, ExcelJS write, the package repairs) opens again,
// leaves every input value, formula and note of the user's sheets as it was (the check's
// "[NTM]" lines may follow a note), keeps merges, hidden rows and columns, panes, drop-downs,
// conditional formats, filters, print areas and names, cell formats (fills aside on marked cells)
// and the default font, and adds no Open XML SDK validator error; a re-run on the copy too.
// COPY_PROP_COUNT / COPY_PROP_SEED widen a local hunt (e.g. COPY_PROP_COUNT=300 COPY_PROP_SEED=7).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkedCopyOf } from '../../support/checked-copy';
import { copyDifferences } from '../../support/copy-differences';
import { randomOfficeBook } from '../../support/random-office-book';
import { schemaErrors } from '../../support/ooxml-validator';
import { readableByExcelJS } from '../../../src/adapters/exceljs/exceljs-input';

const COUNT = Number(process.env.COPY_PROP_COUNT) || 20;
const SEED = Number(process.env.COPY_PROP_SEED) || 20231015;
/** Files per validator run: one process start (~3 s) for many files, without holding hundreds. */
const BATCH = 40;
/** Every so many workbooks, the copy is checked again. */
const RERUN_EVERY = 3;

jest.setTimeout(Math.max(120_000, COUNT * 4_000));

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-copy-prop-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function opened(file: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readableByExcelJS(file)) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Errors the copy has that its input has not (same id and wording). */
function addedErrors(pairs: [string, string][]): string[] {
  const errors = schemaErrors(pairs.flat());
  return pairs.flatMap(([input, copy]) =>
    errors[copy].filter((e) => !errors[input].some((o) => o.id === e.id && o.description === e.description)).map((e) => `${path.basename(copy)}: ${e.path.partUri} ${e.path.xpath} ${e.description}`),
  );
}

test(`${COUNT} generated office workbooks (seed ${SEED}): the checked copy keeps the user's sheets and passes the schema`, async () => {
  const problems: string[] = [];
  let pairs: [string, string][] = [];
  let marked = 0;
  for (let i = 0; i < COUNT; i++) {
    const book = await randomOfficeBook(SEED, i);
    const where = `workbook ${i} (seed ${SEED}; sheets ${book.sheets.join(' | ')})`;
    try {
      const { copy, reread } = await checkedCopyOf(book.buffer);
      const found = await copyDifferences(book.buffer, await opened(book.buffer), copy, reread);
      problems.push(...found.slice(0, 10).map((p) => `${where}: ${p}`));
      if (reread.worksheets.some((ws) => ws.name.startsWith('TH_'))) marked++;
      const files: [string, string] = [path.join(dir, `${i}.xlsx`), path.join(dir, `${i}.checked.xlsx`)];
      const written = await copy.generateAsync({ type: 'nodebuffer' });
      fs.writeFileSync(files[0], book.buffer);
      fs.writeFileSync(files[1], written);
      pairs.push(files);
      // Offices check the copy again: the re-run replaces its marks and sheets, the user's sheets stay the input's.
      if (i % RERUN_EVERY === 0) {
        const again = await checkedCopyOf(written);
        const rerun = await copyDifferences(book.buffer, await opened(book.buffer), again.copy, again.reread);
        problems.push(...rerun.slice(0, 10).map((p) => `${where}, checked again: ${p}`));
      }
    } catch (e) {
      problems.push(`${where} threw: ${(e as Error).stack}`);
    }
    if (pairs.length >= BATCH || (i === COUNT - 1 && pairs.length)) {
      problems.push(...addedErrors(pairs));
      for (const f of pairs.flat()) fs.rmSync(f);
      pairs = [];
    }
  }
  expect(problems).toEqual([]);
  // The generated workbooks reach the check's output, so a clean run means something.
  expect(marked).toBe(COUNT);
});
