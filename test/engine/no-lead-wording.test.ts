// A missing lead said in the units' own words. The sample's towns (thị trấn Trà Cú, Định An) work
// to the "Đô thị văn minh" set, whose criteria the workbook's definitions sheet names by number only.
import * as path from 'path';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-workbook';
import { checkWorkbook } from '../../src/domain/check';
import type { CheckResult } from '../../src/domain/check-types';
import { unitWord } from '../../src/domain/rules/unit-count';

let r: CheckResult;
beforeAll(async () => {
  r = checkWorkbook(await readWorkbookFile(path.join(__dirname, '../../examples/tra-cu-2023.xlsx')), { asOf: '2023-10-15' });
});

test('a town without a lead that meets the criterion is "thị trấn này", and "Tiêu chí 3" is not named twice', () => {
  const towns = r.findings.filter((f) => f.code === 'assign.no-lead' && /Đô thị văn minh/.test(f.message.vi));
  expect(towns.length).toBeGreaterThan(0);
  for (const f of towns) {
    expect(f.message.vi).not.toMatch(/xã/);
    expect(f.message.vi).not.toMatch(/Tiêu chí (\d+) \(Tiêu chí \1\)/);
  }
  // Trà Cú meets criterion 3 (only its 8.4 is unmet): one town, said as one.
  expect(towns.map((f) => f.message.vi)).toContain('Tiêu chí 3 của Đô thị văn minh chưa có cơ quan chủ trì cho thị trấn Trà Cú. (Thị trấn này đã đạt.)');
});

test('the units\' word: xã, thị trấn, phường, or both kinds', () => {
  expect(unitWord(['xa:tân sơn', 'xa:kim sơn'])).toEqual({ vi: 'xã', en: 'commune(s)' });
  expect(unitWord(['thi-tran:trà cú'])).toEqual({ vi: 'thị trấn', en: 'town(s)' });
  expect(unitWord(['xa:tân sơn', 'thi-tran:định an']).vi).toBe('xã, thị trấn');
  expect(unitWord(['phuong:1']).vi).toBe('phường');
});
