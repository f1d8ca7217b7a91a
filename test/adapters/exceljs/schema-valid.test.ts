// The checked copies pass Microsoft's Open XML SDK validator, the nearest thing here to opening
// them in Excel: a part out of the schema is what makes Excel offer to repair a file (and its
// repair may empty a sheet). Copies of the sample as offices change it, and of a province.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE, sampleWith, sampleWithLogo, sampleWithTable } from '../../support/sample-variants';
import { schemaErrors } from '../../support/ooxml-validator';
import { generateWorkbookData, writeWorkbookXlsx } from '../../../bench/generate';

jest.setTimeout(180_000);

const STATUS = 'Hiện trạng NTM';
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-schema-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The checked copy of `input` saved under `name`, for the validator. */
async function copyFile(name: string, input: Buffer): Promise<string> {
  const { copy } = await checkedCopyOf(input);
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await copy.generateAsync({ type: 'nodebuffer' }));
  return file;
}

// Settings the package pass copies back into the written sheets (restore-sheets.ts).
const settings = (x: string) =>
  x
    .replace('<sheetView workbookViewId="0">', '<sheetView showZeros="0" workbookViewId="0">')
    .replace(/<sheetFormatPr\b/, '<sheetFormatPr baseColWidth="12"')
    .replace('</sheetData>', '</sheetData><sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>')
    .replace('</worksheet>', '<ignoredErrors><ignoredError sqref="A6:A83" numberStoredAsText="1"/></ignoredErrors></worksheet>');

test('checked copies of the sample, of the sample as offices change it, and of a province pass the schema', async () => {
  const province = path.join(dir, 'tinh-120.xlsx');
  await writeWorkbookXlsx(generateWorkbookData({ communes: 120, shape: 'matrix', seed: 2023 }), province);
  const files = [
    await copyFile('sample', fs.readFileSync(SAMPLE)),
    // Notes (the check's marks) on a sheet with a table: exceljs#1369.
    await copyFile('table', await sampleWithTable()),
    // A logo anchored to one cell: exceljs#1083.
    await copyFile('logo', await sampleWithLogo()),
    await copyFile('settings', await sampleWith(STATUS, settings)),
    // Long lists continued on further rows, merged beside them (tall-row.ts).
    await copyFile('province', fs.readFileSync(province)),
  ];
  // The copies hold what each case is about, so a clean report means something.
  const table = await JSZip.loadAsync(fs.readFileSync(files[1]));
  expect(Object.keys(table.files).some((n) => n.startsWith('xl/tables/'))).toBe(true);
  expect(Object.keys(table.files).some((n) => n.startsWith('xl/comments'))).toBe(true);
  const errors = schemaErrors(files);
  for (const f of files) expect({ file: path.basename(f), errors: errors[f] }).toEqual({ file: path.basename(f), errors: [] });
});
