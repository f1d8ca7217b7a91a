// Small builders for hand-made workbooks in engine tests.
import type { CellRect, CellValue, SheetData, WorkbookData } from '../../src/domain/model/grid';
import { checkWorkbook } from '../../src/domain/check';
import type { CheckOptions, CheckResult } from '../../src/domain/check-types';

export function sheet(name: string, rows: CellValue[][], merges: CellRect[] = [], fonts?: (string | undefined)[][]): SheetData {
  return { name, rows, merges, fonts };
}

export const ASSIGN_HEADER: CellValue[] = ['STT', 'Tiêu chí/chỉ tiêu', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Xã áp dụng', 'Thời hạn hoàn thành', 'Ghi chú'];

/** An assignment sheet with a title, a header at row 3 and the given rows (code, lead, coord, communes, deadline). */
export function assignmentSheet(rows: [string | number | null, string | null, string | null, string | null, CellValue][], name = 'Phân công', section?: string): SheetData {
  const body: CellValue[][] = [];
  if (section) body.push([section]);
  rows.forEach(([code, lead, coord, communes, deadline], i) => body.push([i + 1, code, null, lead, coord, communes, deadline, null]));
  return sheet(name, [['ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM'], ['BẢNG PHÂN CÔNG'], ASSIGN_HEADER, ...body], [{ top: 0, left: 0, bottom: 0, right: 7 }]);
}

/** A status matrix: rows of [code, name, ...one value per commune]. */
export function matrixSheet(communes: string[], rows: CellValue[][], name = 'Hiện trạng', title = 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'): SheetData {
  return sheet(name, [[title], [], ['Mã', 'Tiêu chí / chỉ tiêu', ...communes], ...rows], [{ top: 0, left: 0, bottom: 0, right: communes.length + 1 }]);
}

export function communesSheet(rows: [string, string, string][]): SheetData {
  return sheet('Danh sách xã', [['DANH SÁCH XÃ'], ['Tên xã', 'Loại', 'Bộ tiêu chí phấn đấu'], ...rows]);
}

export function check(sheets: SheetData[], opts: Partial<CheckOptions> = {}): CheckResult {
  const wb: WorkbookData = { sheets };
  return checkWorkbook(wb, { asOf: '2023-10-15', capPerCheck: 1000, ...opts });
}

export function codes(r: CheckResult, code: string) {
  return r.findings.filter((f) => f.code === code);
}

/** The 57 indicator codes of xa-ntm-2021 (DOMAIN §2.1), written out by hand. */
export const NTM_INDICATORS = [
  '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '4.1', '4.2', '5', '6.1', '6.2', '6.3', '7', '8.1', '8.2', '8.3', '8.4', '9.1', '9.2', '10', '11', '12.1', '12.2',
  '13.1', '13.2', '13.3', '13.4', '13.5', '14.1', '14.2', '15.1', '15.2', '15.3', '15.4', '16',
  '17.1', '17.2', '17.3', '17.4', '17.5', '17.6', '17.7', '17.8', '17.9', '17.10', '17.11', '17.12', '18.1', '18.2', '18.3', '18.4', '18.5', '18.6', '19.1', '19.2',
];

/** A full matrix where every indicator is Đạt except the given (code → value per commune index). */
export function fullMatrix(communes: string[], overrides: Record<string, CellValue[]> = {}, name?: string): SheetData {
  return matrixSheet(communes, NTM_INDICATORS.map((c) => [c, `Chỉ tiêu ${c}`, ...(overrides[c] ?? communes.map(() => 'Đạt'))]), name);
}
