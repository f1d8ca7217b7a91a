// A scope cell naming hamlets with one shared prefix (seed 002: "tuyến đường ấp Hòa Tân, Hòa
// Thạnh") or a count ("2 ấp …") is places within the commune, not two communes; a list of
// real communes whose names begin like a hamlet ("Bản Lầu") stays a list of communes.
import type { CellValue } from '../../src/domain/model/grid';
import { sheet, assignmentSheet, fullMatrix, check, codes, ASSIGN_HEADER } from '../support/sheets';

const DCXD = 'Công chức Địa chính - Xây dựng';

/** Seed 002's criteria 1 and 2 (II.3, rows 3.1 - 3.4), as the commune's own plan. */
function tanThanh(scope: string): ReturnType<typeof sheet> {
  const row = (code: string, scopeCell: string, deadline: string): CellValue[] => [null, code, null, DCXD, 'Các ngành thị xã', scopeCell, deadline, null];
  return sheet('Phân công', [
    ['UBND XÃ TÂN THẠNH'],
    ['PHÂN CÔNG THÀNH VIÊN BQL PHỤ TRÁCH THỰC HIỆN CÁC TIÊU CHÍ, CHỈ TIÊU XÃ NÔNG THÔN MỚI NĂM 2023'],
    ASSIGN_HEADER,
    row('Chỉ tiêu 1.1', 'Toàn xã', 'cuối năm 2023'),
    row('Chỉ tiêu 1.2', 'Toàn xã', 'Phân đấu đến cuối năm 2023'),
    row('Chỉ tiêu 2.1', scope, 'Năm 2023'),
    row('Chỉ tiêu 2.4', scope, 'Năm 2023'),
  ]);
}

// Tân Thạnh in 2023: 1.1 and 2.1 met, 1.2 and 2.4 not (hand count: 2 met, 2 not, all due 31/12/2023).
const status = fullMatrix(['Tân Thạnh'], { '1.2': ['Chưa đạt'], '2.4': ['Chưa đạt'] });

describe.each(['Ấp Hòa Tân, Hòa Thạnh', '2 ấp Hòa Tân, Hòa Thạnh', 'Các ấp: Hòa Tân, Hòa Thạnh'])('a commune plan\'s scope "%s"', (scope) => {
  const officer = (r: ReturnType<typeof check>) => r.summary.departments.find((d) => d.department === DCXD);

  test('is the commune itself: no unknown commune, criterion 2 keeps its lead', () => {
    const r = check([tanThanh(scope), status], { asOf: '2024-01-15' });
    expect(codes(r, 'assign.commune-no-status')).toHaveLength(0);
    expect(codes(r, 'assign.scope-unclear')).toHaveLength(0);
    expect(codes(r, 'assign.no-lead').map((f) => f.indicator)).not.toContain('2');
  });

  test('the officer\'s four items: 2 met and 2 overdue on 15/01/2024, 2 met and 2 due soon on 15/10/2023', () => {
    const after = officer(check([tanThanh(scope), status], { asOf: '2024-01-15' }));
    expect([after?.led, after?.met, after?.dueSoon, after?.overdue]).toEqual([4, 2, 0, 2]);
    expect(after?.items.filter((i) => i.state === 'overdue').map((i) => [i.code, i.communesUnmet])).toEqual([['1.2', ['Tân Thạnh']], ['2.4', ['Tân Thạnh']]]);
    const before = officer(check([tanThanh(scope), status], { asOf: '2023-10-15' }));
    expect([before?.met, before?.dueSoon, before?.overdue]).toEqual([2, 2, 0]);
  });
});

describe('in a district plan', () => {
  const overdueCommunes = (r: ReturnType<typeof check>) => r.summary.departments.flatMap((d) => d.items).filter((i) => i.state === 'overdue').map((i) => i.communesUnmet);

  test('hamlets sharing one prefix: which commune is unknown, said once, read as every commune', () => {
    const r = check([
      assignmentSheet([['Chỉ tiêu 2.1', 'Phòng Kinh tế và Hạ tầng', null, 'Ấp Hòa Tân, Hòa Thạnh', 'quý II/2023']]),
      fullMatrix(['Tân Sơn', 'Kim Sơn'], { '2.1': ['Chưa đạt', 'Chưa đạt'] }),
    ]);
    expect(codes(r, 'assign.scope-unclear').map((f) => [f.cell, f.found])).toEqual([['F4', 'Ấp Hòa Tân, Hòa Thạnh']]);
    expect(codes(r, 'assign.commune-no-status')).toHaveLength(0);
    expect(overdueCommunes(r)).toEqual([['Tân Sơn', 'Kim Sơn']]);
  });

  test('a name after the prefix that is a commune of the status sheet stays that commune', () => {
    const r = check([
      assignmentSheet([['Chỉ tiêu 2.1', 'Phòng Kinh tế và Hạ tầng', null, 'Ấp Hòa Tân, Hòa Thạnh', 'quý II/2023']]),
      fullMatrix(['Hòa Thạnh', 'Kim Sơn'], { '2.1': ['Chưa đạt', 'Chưa đạt'] }),
    ]);
    expect(codes(r, 'assign.scope-unclear')).toHaveLength(0);
    expect(overdueCommunes(r)).toEqual([['Hòa Thạnh']]);
  });

  test('communes whose names begin "Bản" (Bản Lầu, Bản Phiệt) are communes, not hamlets', () => {
    const r = check([
      assignmentSheet([['Chỉ tiêu 2.1', 'Phòng Kinh tế và Hạ tầng', null, 'Bản Lầu, Bản Phiệt', 'quý II/2023']]),
      fullMatrix(['Bản Lầu', 'Bản Phiệt', 'Cốc San'], { '2.1': ['Chưa đạt', 'Đạt', 'Chưa đạt'] }),
    ]);
    expect(codes(r, 'assign.scope-unclear')).toHaveLength(0);
    expect(overdueCommunes(r)).toEqual([['Bản Lầu']]);
  });
});
