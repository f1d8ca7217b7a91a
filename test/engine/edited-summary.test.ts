// The check is told the summary sheets the last run wrote, as they are now, with the fingerprints
// recorded then (WorkbookData.summaries): one the office typed on is said, and its kept name is
// given to no new sheet.
import type { CheckResult } from '../../src/domain/check-types';
import type { SummarySnapshot } from '../../src/domain/plan/kept-summary';
import { planFingerprint, writtenValues } from '../../src/domain/plan/summary-fingerprint';
import { checkWorkbook } from '../../src/domain/check';
import { assignmentSheet, codes, communesSheet, fullMatrix } from '../support/sheets';

const COMMUNES = ['Tân Sơn', 'Kim Sơn'];
const live = () => [
  communesSheet(COMMUNES.map((c) => [c, 'Xã', 'Nông thôn mới'] as [string, string, string])),
  assignmentSheet([['Tiêu chí 11', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023']]),
  fullMatrix(COMMUNES, { '11': ['Đạt', 'Chưa đạt'] }),
];

function run(summaries?: SummarySnapshot[]): CheckResult {
  return checkWorkbook({ sheets: live(), summaries }, { asOf: '2023-10-15', ownedSheets: [] });
}

const first = run();
const criteria = first.sheetPlans.find((p) => p.name === 'TH_Theo tiêu chí')!;
/** The sheet as the last run left it, with the fingerprint of what was written. */
const asWritten = (): SummarySnapshot => ({ name: criteria.name, rows: writtenValues(criteria), fingerprint: planFingerprint(criteria) });

test('a note typed on a summary sheet: a warning on the kept sheet\'s cell, naming both sheets; no new sheet takes the kept name', () => {
  const snap = asWritten();
  const rows = snap.rows.map((r) => [...(r ?? [])]);
  // The office writes who checked the figures, two rows under the last line.
  rows[rows.length + 1] = [null, 'Đã đối chiếu với Phòng Nông nghiệp ngày 20/10'];
  const result = run([{ ...snap, rows }]);
  const note = `B${rows.length}`;
  const [f] = codes(result, 'summary.edited-kept');
  expect(f).toMatchObject({ severity: 'warning', sheet: 'TH_Theo tiêu chí (đã sửa)', cell: note });
  expect(f.message.vi).toBe(
    `Trang TH_Theo tiêu chí đã được sửa tay sau lần chạy trước (ô đã sửa: ${note}): khi lập biểu, trang này được giữ lại thành 'TH_Theo tiêu chí (đã sửa)' và trang TH_Theo tiêu chí được lập mới theo số liệu hiện tại, không có phần đã sửa: chép sang nếu còn cần.`,
  );
  expect(f.message.en).toContain(`(edited cells: ${note}): when the summaries are written it is kept as 'TH_Theo tiêu chí (đã sửa)'`);
  expect(result.keptSummaries).toEqual([{ from: 'TH_Theo tiêu chí', to: 'TH_Theo tiêu chí (đã sửa)', cells: [note], rows: [rows.length] }]);
  // The fresh sheet keeps the old name; the finding reaches the findings sheet.
  expect(result.sheetPlans.map((p) => p.name)).toContain('TH_Theo tiêu chí');
  expect(result.sheetPlans.map((p) => p.name)).not.toContain('TH_Theo tiêu chí (đã sửa)');
  const findingsSheet = result.sheetPlans.find((p) => p.name === 'TH_Kết quả kiểm tra')!;
  expect(findingsSheet.values.flat()).toContain(f.message.vi);
});

test('a sheet as it was written, or one without a fingerprint (a state from before): nothing to say', () => {
  expect(codes(run([asWritten()]), 'summary.edited-kept')).toEqual([]);
  expect(run([asWritten()]).keptSummaries).toBeUndefined();
  const { fingerprint: _, ...noPrint } = asWritten();
  const rows = [...noPrint.rows, ['ghi chú']];
  expect(codes(run([{ ...noPrint, rows }]), 'summary.edited-kept')).toEqual([]);
});
