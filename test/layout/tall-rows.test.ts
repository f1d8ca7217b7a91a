// A province's sheets: a list of laggards, a department's item or a finding that needs more than
// the tallest row Excel allows (409 pt) continues on the rows below, every name kept, in order.
import { criterionSheet } from '../../src/domain/layout/criterion-sheet';
import { departmentSheet } from '../../src/domain/layout/department-sheet';
import { findingsSheet } from '../../src/domain/layout/findings-sheet';
import { MAX_CELL_CHARS, MAX_ROW_POINTS } from '../../src/domain/layout/excel-limits';
import { maxLinesPerRow, writeTableRow } from '../../src/domain/layout/tall-row';
import { wrapChunks } from '../../src/domain/layout/text-chunks';
import { PlanBuilder } from '../../src/domain/layout/plan-builder';
import { estimateLines } from '../../src/domain/layout/text-fit';
import { TABLE_SIZE } from '../../src/domain/layout/styles';
import { MARK_STYLES } from '../../src/domain/plan/highlight-plan';
import type { SheetPlan } from '../../src/domain/plan/sheet-plan';
import type { Finding } from '../../src/domain/model/finding';
import type { CriterionRow, DepartmentRow } from '../../src/domain/summary/types';
import type { ReportContext } from '../../src/domain/layout/types';
import { XA_NTM } from './seed000-fixture';
import { findText, mergeAt, styleAt } from './plan-inspect';

const CTX: ReportContext = { agency: 'UBND tỉnh An Giang', subAgency: 'Văn phòng Điều phối NTM tỉnh', place: 'An Giang', asOf: '2025-10-15', lang: 'vi' };

// 150 distinct commune names of two words, as a province lists them.
const FIRST = ['Tân', 'Long', 'Phú', 'Bình', 'Hòa', 'Mỹ', 'Vĩnh', 'An', 'Thạnh', 'Phước', 'Nhơn', 'Khánh', 'Định', 'Hưng', 'Thới'];
const SECOND = ['Hội', 'Điền', 'Lợi', 'Thuận', 'Hiệp', 'Mỹ', 'Xuân', 'Lạc', 'Trung', 'Đông'];
const NAMES_150 = FIRST.flatMap((a) => SECOND.map((b) => `${a} ${b}`));

function assertWithinExcel(plan: SheetPlan): void {
  for (const h of plan.rowHeights) expect(h.height).toBeLessThanOrEqual(MAX_ROW_POINTS);
  for (const row of plan.values) for (const v of row) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
}

/** The texts of column `col` from `from` down to `to`, as a reader reads them. */
function column(plan: SheetPlan, col: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= to; r++) {
    const v = plan.values[r]?.[col];
    if (typeof v === 'string') out.push(v);
  }
  return out;
}

test('wrapChunks: pieces of at most N lines that read back as the text', () => {
  const text = `Có 150 xã chưa đạt, gồm: ${NAMES_150.join(', ')}.`;
  const max = maxLinesPerRow(TABLE_SIZE);
  // The tables' 12-pt text: (409 − 3) / (12 × 1.3) = 26 lines.
  expect(TABLE_SIZE).toBe(12);
  expect(max).toBe(26);
  const pieces = wrapChunks(text, 42, TABLE_SIZE, max);
  expect(pieces.length).toBeGreaterThan(1);
  for (const p of pieces) expect(estimateLines(p, 42, TABLE_SIZE)).toBeLessThanOrEqual(max);
  // Cut at spaces only: joined with one space they are the sentence again.
  expect(pieces.join(' ')).toBe(text);
  // A piece is full: the next one's first word would not have fitted.
  expect(estimateLines(`${pieces[0]} ${pieces[1].split(' ')[0]}`, 42, TABLE_SIZE)).toBeGreaterThan(max);
});

test('wrapChunks: a line break at a cut is dropped, a word longer than a piece is cut inside', () => {
  const lines = Array.from({ length: 40 }, (_, i) => `Dòng ${i + 1}`);
  const pieces = wrapChunks(lines.join('\n'), 20, 11, 28);
  expect(pieces).toEqual([lines.slice(0, 28).join('\n'), lines.slice(28).join('\n')]);
  const long = 'x'.repeat(5000);
  const cut = wrapChunks(long, 20, 11, 28);
  expect(cut.join('')).toBe(long);
  for (const p of cut) expect(estimateLines(p, 20, 11)).toBeLessThanOrEqual(28);
  expect(wrapChunks('', 20, 11, 28)).toEqual(['']);
  expect(wrapChunks('Tân Sơn', 20, 11, 28)).toEqual(['Tân Sơn']);
});

test('wrapChunks: the line count it gives each piece is the one estimateLines measures', () => {
  // A fixed pseudo-random mix of names, long words, double spaces and line breaks.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = ['Tân', 'Sơn,', 'Phước', 'Hưng', 'xã', '', 'x'.repeat(70), 'Định', 'An', '12'];
  let checked = 0;
  for (let t = 0; t < 3000; t++) {
    let text = '';
    const n = Math.floor(next() * 150);
    for (let j = 0; j < n; j++) text += words[Math.floor(next() * words.length)] + (next() < 0.85 ? (next() < 0.05 ? '  ' : ' ') : '\n');
    if (next() < 0.5) text = text.trim();
    const width = [5, 11, 20, 42, 46][t % 5];
    const size = [10, 11, 12][t % 3];
    const max = 1 + Math.floor(next() * 8);
    const counts: number[] = [];
    const pieces = wrapChunks(text, width, size, max, counts);
    expect(pieces).toEqual(wrapChunks(text, width, size, max));
    expect(counts).toEqual(pieces.map((p) => estimateLines(p, width, size)));
    checked += pieces.length;
  }
  expect(checked).toBeGreaterThan(5000);
});

test('wrapChunks: lines filled to the last character, and each piece as full as it can be', () => {
  // Words of 4 characters and a space: a 21-character line (width 20 at 11 pt) ends exactly on a word.
  expect(wrapChunks('abcd efgh ijkl mnop qrst uvwx', 20, 11, 1)).toEqual(['abcd efgh ijkl mnop', 'qrst uvwx']);
  expect(wrapChunks('abcd efgh ijkl mnop qrst', 20, 11, 1)).toEqual(['abcd efgh ijkl mnop', 'qrst']);
  expect(wrapChunks('abcd efgh ijklm nopq rst', 20, 11, 1)).toEqual(['abcd efgh ijklm nopq', 'rst']);
  // A piece's next word (after the separator the cut dropped) would not have fitted in it.
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = ['Tân', 'Sơn,', 'Phước', 'Hưng', 'xã', 'Định', 'An', '12', 'Long Điền'];
  for (let t = 0; t < 500; t++) {
    let text = '';
    for (let j = Math.floor(next() * 200); j > 0; j--) text += words[Math.floor(next() * words.length)] + (next() < 0.9 ? (next() < 0.1 ? '  ' : ' ') : '\n');
    const width = [11, 20, 42, 46][t % 4];
    const max = 1 + Math.floor(next() * 6);
    const pieces = wrapChunks(text, width, 11, max);
    let at = 0;
    for (let k = 0; k + 1 < pieces.length; k++) {
      at += pieces[k].length;
      const following = text.slice(at + 1).split(/[ \n]/)[0];
      expect(estimateLines(pieces[k] + text[at] + following, width, 11)).toBeGreaterThan(max);
      at += 1;
    }
  }
});

test('estimateLines with a limit: exact up to it, and past it once the text is', () => {
  const text = `Có 150 xã chưa đạt, gồm: ${NAMES_150.join(', ')}.\nGhi chú\n\n`;
  const full = estimateLines(text, 42, TABLE_SIZE);
  for (const limit of [0, 1, 5, full - 1, full, full + 3]) {
    const n = estimateLines(text, 42, TABLE_SIZE, limit);
    if (full <= limit) expect(n).toBe(full);
    else {
      expect(n).toBeGreaterThan(limit);
      expect(n).toBeLessThanOrEqual(full);
    }
  }
});

test('writeTableRow: a row that fits takes one row; one that does not continues, its other cells merged down', () => {
  const b = new PlanBuilder('t').setColumnWidths([5, 20, 42]);
  expect(writeTableRow(b, 0, [1, 'Điện', 'Có 2 xã chưa đạt, gồm: Tân Hội, Long Điền.'], [5, 20, 42], [1, 2], TABLE_SIZE)).toBe(1);
  const sentence = `Có 150 xã chưa đạt, gồm: ${NAMES_150.join(', ')}.`;
  const rows = writeTableRow(b, 1, [2, 'Môi trường', sentence], [5, 20, 42], [1, 2], TABLE_SIZE);
  expect(rows).toBeGreaterThan(1);
  const plan = b.build();
  expect(column(plan, 2, 1, rows).join(' ')).toBe(sentence);
  expect(mergeAt(plan, 1, 0)).toEqual({ top: 1, left: 0, bottom: rows, right: 0 });
  expect(mergeAt(plan, 1, 1)).toEqual({ top: 1, left: 1, bottom: rows, right: 1 });
  expect(plan.values[1][1]).toBe('Môi trường');
  assertWithinExcel(plan);
});

test('a province: the criterion sheet names all 150 laggards over several rows, the count first', () => {
  const row: CriterionRow = {
    setId: 'xa-ntm-2021',
    code: '17',
    name: 'Môi trường và an toàn thực phẩm',
    communesMet: ['Vĩnh Hòa'],
    communesUnmet: NAMES_150,
    communesNoData: [],
    communesTotal: 151,
    communesWithData: 151,
    leads: ['Sở Nông nghiệp và Môi trường'],
    coordinators: [],
  };
  const eleven: CriterionRow = { ...row, code: '11', name: 'Nghèo đa chiều', communesMet: [], communesUnmet: ['Tân Hội'], communesTotal: 1, communesWithData: 1 };
  const plan = criterionSheet('TH_Theo tiêu chí', [row, eleven], [XA_NTM], CTX);
  assertWithinExcel(plan);
  const at = findText(plan, '17. Môi trường và an toàn thực phẩm')!;
  const next = findText(plan, '11. Nghèo đa chiều')!;
  const names = column(plan, 6, at.row, next.row - 1);
  expect(names.length).toBeGreaterThan(1);
  const sentence = names.join(' ');
  expect(sentence.startsWith('Có 150 xã chưa đạt, gồm: Tân Hội, Tân Điền')).toBe(true);
  for (const n of NAMES_150) expect(sentence.split(/, |: |\.$/).filter((x) => x === n)).toHaveLength(1);
  // The row's other cells span its rows: one criterion, one number, one count.
  expect(mergeAt(plan, at.row, 0)).toEqual({ top: at.row, left: 0, bottom: next.row - 1, right: 0 });
  expect(plan.values[at.row][5]).toBe(150);
  expect(mergeAt(plan, at.row, 5)?.bottom).toBe(next.row - 1);
  // The next criterion is numbered on, on one row.
  expect(plan.values[next.row][0]).toBe(2);
});

test('a department item with a long list keeps its state colour over all its rows', () => {
  const dept: DepartmentRow = {
    department: 'Sở Nông nghiệp và Môi trường',
    led: 1,
    met: 0,
    dueSoon: 0,
    overdue: 1,
    coordinating: 0,
    items: [{ setId: 'xa-ntm-2021', code: '17', name: 'Môi trường', role: 'lead', deadline: '2025-06-30', state: 'overdue', communesUnmet: NAMES_150 }],
  } as DepartmentRow;
  const plan = departmentSheet('TH_Theo phòng ban', [dept], [XA_NTM], CTX);
  assertWithinExcel(plan);
  const first = findText(plan, 'Quá hạn')!;
  const merge = mergeAt(plan, first.row, first.col)!;
  expect(merge.bottom).toBeGreaterThan(first.row);
  expect(styleAt(plan, merge.bottom, first.col).fill).toBe(MARK_STYLES.overdue.fill);
  expect(column(plan, 6, first.row, merge.bottom).join(' ')).toBe(`Có 150 xã chưa đạt, gồm: ${NAMES_150.join(', ')}.`);
});

test('the findings sheet: a long finding continues below, its error colour follows, the next finding starts after it', () => {
  const long = `Xã không có trong danh sách: ${NAMES_150.map((n, i) => `${n} (ô D${i + 5})`).join(', ')}.`;
  const findings: Finding[] = [
    { code: 'commune.unknown', severity: 'error', sheet: 'Hiện trạng', cell: 'D5', message: { vi: long, en: long }, key: 'a' },
    { code: 'deadline.unreadable', severity: 'warning', sheet: 'Phân công', cell: 'F9', message: { vi: 'Không đọc được thời hạn', en: 'Unreadable deadline' }, key: 'b' },
  ];
  const plan = findingsSheet('TH_Kết quả kiểm tra', findings, CTX);
  assertWithinExcel(plan);
  const start = findText(plan, 'commune.unknown')!;
  const second = findText(plan, 'deadline.unreadable')!;
  expect(second.row - start.row).toBeGreaterThan(1);
  expect(column(plan, 5, start.row, second.row - 1).join(' ')).toBe(long);
  expect(styleAt(plan, second.row - 1, 1).fill).toBe(MARK_STYLES['data-error'].fill);
  expect(styleAt(plan, second.row, 1).fill).toBeUndefined();
  expect(plan.values[second.row][0]).toBe(2);
});
