// ntm-check --definitions-template: a one-sheet workbook of the shipped sets the workbook uses,
// which read back beside the office's sheets changes nothing until the office edits it.
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import { runCli, tempDirPerTest } from './support/run-cli';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-workbook';
import { checkWorkbook } from '../../src/domain/check';
import type { CheckResult } from '../../src/domain/check-types';

const SAMPLE = path.join(__dirname, '../../examples/tra-cu-2023.xlsx');
const tmp = tempDirPerTest('ntm-cli-tpl-');
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const comparable = (r: CheckResult) => ({ findings: r.findings.map((f) => [f.code, f.sheet, f.cell, f.message.vi]), summary: r.summary });

test('writes the template file; copied into the sample it is the definitions sheet and changes nothing', async () => {
  const input = path.join(tmp.path, 'in.xlsx');
  fs.copyFileSync(SAMPLE, input);
  const before = sha(input);
  const file = path.join(tmp.path, 'bo-tieu-chi.xlsx');
  const res = await runCli([input, '--as-of', '2023-10-15', '--out', path.join(tmp.path, 'c.xlsx'), '--definitions-template', file]);
  expect(res.code).toBe(1); // the sample's own errors, as without the option
  expect(sha(input)).toBe(before);
  expect(res.out).toContain('Đã ghi trang "Bộ tiêu chí áp dụng" (xa-ntm-2021, xa-ntm-nang-cao-2021, huyen-ntm-2021)');
  const template = await readWorkbookFile(file);
  expect(template.sheets.map((s) => s.name)).toEqual(['Bộ tiêu chí áp dụng']);
  const rows = template.sheets[0].rows;
  // Through the file, "17.10" stays the text it is (a number would read 17.1).
  expect(rows.some((r) => r[1] === '17.10')).toBe(true);
  const sample = await readWorkbookFile(SAMPLE);
  const plain = checkWorkbook(sample, { asOf: '2023-10-15' });
  const withTemplate = checkWorkbook({ sheets: [...sample.sheets, template.sheets[0]] }, { asOf: '2023-10-15' });
  expect(withTemplate.recognized.find((s) => s.sheet === 'Bộ tiêu chí áp dụng')?.role).toBe('definitions');
  expect(comparable(withTemplate)).toEqual(comparable(plain));
});

test('refuses a template file that is the input or the checked copy, and a name not ending in .xlsx', async () => {
  const out = path.join(tmp.path, 'c.xlsx');
  expect((await runCli([SAMPLE, '--out', out, '--definitions-template', out])).code).toBe(2);
  expect((await runCli([SAMPLE, '--out', out, '--definitions-template', SAMPLE])).code).toBe(2);
  const bad = await runCli([SAMPLE, '--definitions-template', path.join(tmp.path, 'x.xls')]);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('--definitions-template');
  expect(fs.existsSync(out)).toBe(false);
});
