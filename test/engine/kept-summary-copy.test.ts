// Probe 9-b: an office renamed the tool's "TH_Theo xã - Xã NTM" to "Biểu Q2-2024 (lưu)" to keep
// the quarter's figures. The next run read it as a status sheet: its "?" and "Chưa có số liệu"
// cells overrode the live sheet, and marks went onto the archive.
import type { SheetData } from '../../src/domain/model/grid';
import { TOOL_MARK } from '../../src/domain/plan/tool-mark';
import { assignmentSheet, check, codes, communesSheet, fullMatrix } from '../support/sheets';

const COMMUNES = ['Tân Sơn', 'Kim Sơn', 'Hàm Giang'];
const ALL_ASSIGNED: [string, string, null, null, string][] = [['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023']];
// Kim Sơn misses 11 and 17.5; Hàm Giang has no column at all (no status yet).
const live = () => [
  communesSheet(COMMUNES.map((c) => [c, 'Xã', 'Nông thôn mới'] as [string, string, string])),
  assignmentSheet(ALL_ASSIGNED),
  fullMatrix(['Tân Sơn', 'Kim Sơn'], { '11': ['Đạt', 'Chưa đạt'], '17.5': ['Đạt', 'Chưa đạt'] }),
];

function asSheet(name: string, plan: { values: unknown[][] }): SheetData {
  return { name, rows: plan.values.map((r) => r.map((v) => (v === undefined ? null : v))) as SheetData['rows'], merges: [] };
}

describe('a summary sheet the office renamed to keep it', () => {
  const first = check(live());
  const communePlan = first.sheetPlans.find((p) => p.name.startsWith('TH_Theo xã'))!;

  test('every summary sheet ends with the line saying it is replaced on each run', () => {
    for (const p of first.sheetPlans) expect(p.values[p.values.length - 1][0]).toBe(TOOL_MARK.vi);
    const en = check(live(), { lang: 'en' });
    for (const p of en.sheetPlans) expect(p.values[p.values.length - 1][0]).toBe(TOOL_MARK.en);
  });

  test('is not read back as status: the figures stay those of the live sheet, and it gets no marks', () => {
    const again = check([...live(), asSheet('Biểu Q2-2024 (lưu)', communePlan)]);
    expect(again.recognized.find((r) => r.sheet === 'Biểu Q2-2024 (lưu)')?.role).toBeNull();
    // By hand: Tân Sơn 19/19, Kim Sơn 17/19 (11 and 17 unmet), Hàm Giang no data.
    expect(again.summary.communes.map((c) => [c.display, c.criteriaMet.length, Boolean(c.noData)])).toEqual([
      ['Tân Sơn', 19, false],
      ['Kim Sơn', 17, false],
      ['Hàm Giang', 0, true],
    ]);
    expect(again.highlights.marks.filter((m) => m.sheet === 'Biểu Q2-2024 (lưu)')).toEqual([]);
    expect(codes(again, 'status.conflict')).toEqual([]);
    expect(codes(again, 'sheet.unrecognized').find((f) => f.sheet === 'Biểu Q2-2024 (lưu)')?.message.vi).toContain('Bản lưu một biểu do công cụ lập');
  });

  test('a kept copy of any summary sheet is never read: the departments sheet is not taken for assignments', () => {
    // Every summary sheet kept because the office typed on it ("… (đã sửa)"), as the add-in renames them.
    const kept = first.sheetPlans.map((p) => asSheet(`${p.name.slice(0, 22)} (đã sửa)`, { values: [...p.values, ['Người lập biểu: Nguyễn Văn An']] }));
    // The add-in's state lists its sheets, and not these: they are the office's now.
    const again = check([...live(), ...kept], { ownedSheets: [] });
    for (const k of kept) expect(again.recognized.find((r) => r.sheet === k.name)).toMatchObject({ role: null, reason: { vi: expect.stringContaining('Bản lưu một biểu do công cụ lập') } });
    expect(again.summary).toEqual(first.summary);
    const withoutSheetNotes = (r: typeof first) => r.findings.filter((f) => f.code !== 'sheet.unrecognized').map((f) => [f.code, f.sheet, f.cell, f.message.vi]);
    expect(withoutSheetNotes(again)).toEqual(withoutSheetNotes(first));
  });

  test('a user who says the sheet is status data is obeyed', () => {
    const forced = check([...live(), asSheet('Biểu Q2-2024 (lưu)', communePlan)], { sheetRoles: { 'Biểu Q2-2024 (lưu)': 'status-transposed' } });
    expect(forced.recognized.find((r) => r.sheet === 'Biểu Q2-2024 (lưu)')?.role).toBe('status-transposed');
  });
});
