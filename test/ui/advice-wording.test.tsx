/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Inside Excel the advice names the pane's button, not a command-line flag, and the sheet to write
// on has one name, the one that button adds: the pane said "(dòng lệnh: --definitions-template)"
// and called the sheet both "Bộ tiêu chí" (định nghĩa) and "Bộ tiêu chí áp dụng".
import './support/jsdom-globals';
import { screen } from '@testing-library/react';
import { checkWorkbook } from '../../src/domain/check';
import { MemoryHost } from './support/memory-host';
import { clickAndWait, renderPane } from './support/render';
import { fullMatrix } from '../support/sheets';

jest.setTimeout(60000);

/** The findings' texts as the pane holds them (a closed group's too: hidden "until found"). */
const findingTexts = () => [...document.querySelectorAll('li button:not(.fui-Button)')].map((b) => b.textContent ?? '');

test('a report date after the period: the finding names the button and "Bộ tiêu chí áp dụng", no flag', async () => {
  await renderPane({ host: new MemoryHost({ sheets: [fullMatrix(['Tân Sơn'])] }), today: () => '2026-11-25' });
  await clickAndWait('Kiểm tra');
  expect(screen.getByRole('button', { name: /^Bộ tiêu chí đã hết giai đoạn/ })).toBeTruthy();
  const ended = findingTexts().find((t) => t.startsWith('Ngày báo cáo 25/11/2026 đã sau giai đoạn'));
  expect(ended).toContain('ghi vào trang "Bộ tiêu chí áp dụng" (nút "Thêm trang bộ tiêu chí" thêm trang "Bộ tiêu chí áp dụng"');
  const all = document.body.textContent ?? '';
  expect(all).not.toContain('--definitions-template');
  expect(all).not.toContain('dòng lệnh');
  expect(all).not.toContain('(định nghĩa)');
});

test('the command line\'s run names the flag instead', () => {
  const r = checkWorkbook({ sheets: [fullMatrix(['Tân Sơn'])] }, { asOf: '2026-11-25', surface: 'cli' });
  const ended = r.findings.find((f) => f.code === 'set.period-ended')!;
  expect(ended.message.vi).toContain('ntm-check --definitions-template TỆP.xlsx ghi trang "Bộ tiêu chí áp dụng"');
  expect(ended.message.vi).not.toContain('Thêm trang bộ tiêu chí');
});
