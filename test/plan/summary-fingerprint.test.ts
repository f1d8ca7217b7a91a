// The fingerprint of a written summary sheet, and the name an edited one is kept under.
import { compareFingerprint, editedCells, fingerprintValues, planFingerprint, writtenValues } from '../../src/domain/plan/summary-fingerprint';
import { editedSummaries, keptSheetName, recordedFingerprints } from '../../src/domain/plan/kept-summary';
import type { SheetPlan } from '../../src/domain/plan/sheet-plan';

const written = [
  ['BIỂU TỔNG HỢP', null, null, null],
  ['TT', 'Tên xã', 'Số tiêu chí đạt', 'Ghi chú'],
  [1, 'Tân Sơn', 19, null],
  [2, 'Kim Sơn', 17, ''],
  [null, null, null, null],
];

const fold = (names: string[]) => new Set(names.map((n) => n.toLowerCase()));

describe('fingerprint of the values written', () => {
  test('the values as a host reads them back compare equal: empty, "" and trailing blanks alike, numbers to 15 digits', () => {
    const fp = fingerprintValues(written);
    // What ExcelJS or Office gives back: ragged rows, '' for empty, no trailing empty row, a rate at 15 digits.
    const readBack = [['BIỂU TỔNG HỢP'], ['TT', 'Tên xã', 'Số tiêu chí đạt', 'Ghi chú'], [1, 'Tân Sơn', 19], [2, 'Kim Sơn', 17, null, '']];
    expect(compareFingerprint(fp, readBack)).toBeUndefined();
    expect(compareFingerprint(fingerprintValues([[100 / 7]]), [[14.2857142857143]])).toBeUndefined();
  });

  test('a note typed in one cell is found, and named', () => {
    const fp = fingerprintValues(written);
    const typed = written.map((r) => [...r]);
    typed[3][3] = 'Đã thẩm định 20/10';
    const diff = compareFingerprint(fp, typed)!;
    expect(diff).toEqual({ rows: [3], cols: [3] });
    expect(editedCells(diff)).toEqual(['D4']);
  });

  test('a name typed below the table, a corrected figure, a cleared cell', () => {
    const fp = fingerprintValues(written);
    expect(editedCells(compareFingerprint(fp, [...written, [], ['Người lập biểu: Nguyễn Văn An']])!)).toEqual(['A7']);
    const corrected = written.map((r) => [...r]);
    corrected[2][2] = 18;
    corrected[3][2] = 16;
    // Two edits in one column: both cells, exactly.
    expect(editedCells(compareFingerprint(fp, corrected)!)).toEqual(['C3', 'C4']);
    const cleared = written.map((r) => [...r]);
    cleared[0][0] = null;
    expect(editedCells(compareFingerprint(fp, cleared)!)).toEqual(['A1']);
  });

  test('edits in different rows and columns: the rows are known, the cells are not guessed', () => {
    const typed = written.map((r) => [...r]);
    typed[2][3] = 'ghi chú';
    typed[3][1] = 'Kim Sơn (mới)';
    const diff = compareFingerprint(fingerprintValues(written), typed)!;
    expect(diff.rows).toEqual([2, 3]);
    expect(editedCells(diff)).toEqual([]);
  });

  test('the values a plan leaves: a merged area only in its top-left cell, a link cell as its text', () => {
    const plan: Pick<SheetPlan, 'values' | 'merges' | 'links'> = {
      values: [['Tiêu đề', 'không giữ'], [null, 5]],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      links: [{ row: 1, col: 0, target: "'Phân công'!B7" }, { row: 1, col: 1, target: "'Phân công'!C7" }],
    };
    expect(writtenValues(plan)).toEqual([['Tiêu đề', null], ["'Phân công'!B7", '5']]);
    expect(compareFingerprint(planFingerprint(plan), [['Tiêu đề'], ["'Phân công'!B7", '5']])).toBeUndefined();
  });
});

describe('the name a kept sheet gets', () => {
  test('"(đã sửa)", then a number; never over 31 characters; never an existing name', () => {
    expect(keptSheetName('TH_Theo tiêu chí', fold([]))).toBe('TH_Theo tiêu chí (đã sửa)');
    expect(keptSheetName('TH_Theo tiêu chí', fold(['th_theo tiêu chí (Đã sửa)']))).toBe('TH_Theo tiêu chí (đã sửa 2)');
    const long = keptSheetName('TH_Theo xã - Xã NTM nâng cao', fold([]));
    expect(long).toBe('TH_Theo xã - Xã NTM nâ (đã sửa)');
    expect(long.length).toBeLessThanOrEqual(31);
  });

  test('only sheets with a fingerprint that no longer matches are kept, under the name the check chose when free', () => {
    const fp = fingerprintValues(written);
    const typed = [...written, ['ghi chú']];
    const snapshots = [
      { name: 'TH_Theo xã', rows: typed, fingerprint: fp },
      { name: 'TH_Chú giải', rows: written, fingerprint: fp },
      // A state from before fingerprints: replaced as before.
      { name: 'TH_Theo tiêu chí', rows: typed },
    ];
    expect(editedSummaries(snapshots, ['Phân công'])).toEqual([{ from: 'TH_Theo xã', to: 'TH_Theo xã (đã sửa)', cells: ['A6'], rows: [6] }]);
    const chosen = [{ from: 'TH_Theo xã', to: 'TH_Theo xã (đã sửa 3)', cells: [], rows: [] }];
    expect(editedSummaries(snapshots, ['Phân công'], chosen)[0].to).toBe('TH_Theo xã (đã sửa 3)');
    // Taken meanwhile: a new name.
    expect(editedSummaries(snapshots, ['TH_Theo xã (đã sửa 3)'], chosen)[0].to).toBe('TH_Theo xã (đã sửa)');
  });

  test('the fingerprints recorded: the plan\'s for a sheet written now, the previous one for a sheet left as it was', () => {
    const old = fingerprintValues([['cũ']]);
    const plan = { name: 'TH_Kết quả kiểm tra', values: [['mới']], merges: [] } as unknown as SheetPlan;
    const prints = recordedFingerprints({ settings: { ignored: [] }, summaryFingerprints: { 'TH_Theo xã': old } }, ['TH_Theo xã', 'TH_Kết quả kiểm tra', 'TH_Chú giải'], [plan]);
    expect(prints).toEqual({ 'TH_Theo xã': old, 'TH_Kết quả kiểm tra': fingerprintValues([['mới']]) });
  });
});
