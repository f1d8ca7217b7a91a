/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The task pane over an in-memory workbook host, with the real engine on the Trà Cú sample
// (built from seed 000) and on workbooks made in the test.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { checkWorkbook } from '../../src/domain/check';
import { decodeState } from '../../src/domain/plan/state-codec';
import './support/jsdom-globals';
import { MemoryHost } from './support/memory-host';
import { SAMPLE_VARIANT, sampleData } from './support/sample';
import { AS_OF, axeViolations, clickAndWait, openGroup, openSheetKinds, renderPane } from './support/render';
import { assignmentSheet, communesSheet, fullMatrix, matrixSheet, sheet } from '../support/sheets';

jest.setTimeout(60000);

const VARIANT = SAMPLE_VARIANT;

async function sampleHost(): Promise<MemoryHost> {
  return new MemoryHost(await sampleData());
}

function savedSettings(host: MemoryHost) {
  const s = host.sheet('_ntm_state');
  return s ? decodeState(s.rows).content?.settings : undefined;
}

describe('before a check', () => {
  test('asks to check before listing sheets and has no accessibility violations', async () => {
    const { container } = await renderPane({ host: await sampleHost() });
    expect(screen.getByText('Bấm "Kiểm tra" để nhận diện các trang tính.')).toBeTruthy();
    // Day first, as the office's reports write it (AS_OF is 2023-10-15).
    expect((screen.getByLabelText('Tính đến ngày') as HTMLInputElement).value).toBe('15/10/2023');
    // The seven regions of the criteria thresholds, plus "none".
    const region = screen.getByLabelText('Vùng') as HTMLSelectElement;
    expect(region.options).toHaveLength(8);
    expect([...region.options].map((o) => o.text)).toContain('Đồng bằng sông Cửu Long');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('checking the sample workbook', () => {
  test('shows the recognized sheets, headline figures, band chart and the seed findings', async () => {
    const host = await sampleHost();
    const { container } = await renderPane({ host });
    await clickAndWait('Kiểm tra');
    // Seed 000 writes "Tập sơn" and "Tập Sơn"; criterion 4 is given the name of criterion 3.
    expect(screen.getByText(VARIANT)).toBeTruthy();
    expect(screen.getAllByText(/Thủy lợi và Phòng chống thiên tai" ghi cạnh mã 4/).length).toBe(1);
    // Every sheet is listed with its role (the assignment sheet as "Phân công"), folded after a clean check.
    openSheetKinds();
    const roleSelect = screen.getByLabelText('Loại trang "Phân công"') as HTMLSelectElement;
    expect(roleSelect.value).toBe('assignment');
    // Headline figures of the commune set, from the same engine run: communes at 19/19,
    // the average with a decimal comma, and the overdue items as the findings list counts them.
    const expected = checkWorkbook((await sampleData()), { asOf: AS_OF });
    const ntm = expected.summary.totals.find((x) => x.setId === 'xa-ntm-2021')!;
    const headline = screen.getByTestId('headline');
    expect(within(headline).getByText(`${ntm.full}/${ntm.communes} xã đạt 19/19 tiêu chí`)).toBeTruthy();
    expect(within(headline).getByText(`Bình quân ${ntm.average.toFixed(1).replace('.', ',')} tiêu chí/xã`)).toBeTruthy();
    // One finding per overdue item (assignment row × code, or a status row's deadline no row
    // judges): an item with four leads counts once, a district content with no lead counts.
    const overdue = expected.findings.filter((f) => f.code === 'deadline.overdue').length;
    expect(expected.counts.find((c) => c.code === 'deadline.overdue')).toMatchObject({ total: overdue, shown: overdue });
    expect(within(headline).getByText(`${overdue} nội dung quá hạn`)).toBeTruthy();
    // The figure is the findings group's: "Quá hạn (N)" in the list below agrees with the headline.
    expect(screen.getAllByText(new RegExp(`^Quá hạn.*\\b${overdue}\\b`)).length).toBeGreaterThan(0);
    // Not the departments' counts summed (an item several departments lead counted per lead).
    expect(overdue).not.toBe(expected.summary.departments.reduce((n, d) => n + d.overdue, 0));
    // Seed 000 II.2.2: three xã meet the commune set; the district's precondition is not met yet.
    expect(within(headline).getByTestId('district-condition').textContent).toBe('Điều kiện Huyện NTM: 3/15 xã đạt đủ các tiêu chí Xã NTM — chưa đủ điều kiện');
    // Bands are written out as text with their numbers (not colour alone).
    expect(within(headline).getAllByText('15–18 tiêu chí').length).toBeGreaterThan(0);
    expect(within(headline).getAllByText('Dưới 5 tiêu chí').length).toBeGreaterThan(0);
    // The two towns (seed 000 §1.5: Định An misses 3.2, 8.2, 8.4; Trà Cú misses 8.4) are judged
    // on their own 2-criteria set: full or not, never the 19-criteria bands.
    const town = within(screen.getByRole('region', { name: /Đô thị văn minh/ }));
    // The set counts towns: "thị trấn", as on the commune sheet.
    expect(town.getByText('0/2 thị trấn đạt 2/2 tiêu chí')).toBeTruthy();
    expect(town.getByText(/— 2 thị trấn$/)).toBeTruthy();
    expect(town.queryByText(/\d xã/)).toBeNull();
    expect(town.getByText('Đủ 2 tiêu chí')).toBeTruthy();
    expect(town.getByText('Chưa đủ')).toBeTruthy();
    expect(town.queryByText('Dưới 5 tiêu chí')).toBeNull();
    // Announced in the live region, counts per severity.
    const errors = expected.counts.filter((c) => c.severity === 'error').reduce((n, c) => n + c.total, 0);
    expect(screen.getByTestId('announcement').textContent).toContain(`${errors} lỗi`);
    // The as-of date is kept in the workbook.
    expect(savedSettings(host)?.asOf).toBe(AS_OF);
    expect(await axeViolations(container)).toEqual([]);
  });

  test('filters, search and Previous / Next select the cells in order', async () => {
    const host = await sampleHost();
    await renderPane({ host });
    await clickAndWait('Kiểm tra');
    fireEvent.change(screen.getByLabelText('Tìm trong phát hiện'), { target: { value: 'tap son khac nhau' } });
    // Accent-blind search finds the variant and nothing unrelated.
    expect(screen.getByText('1 phát hiện khớp')).toBeTruthy();
    expect(screen.getByText(VARIANT)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    await waitFor(() => expect(host.selections).toEqual(['Phân công!F18']));
    expect(screen.getByTestId('cell-preview').textContent).toContain('Phân công!F18');
    fireEvent.change(screen.getByLabelText('Tìm trong phát hiện'), { target: { value: '' } });
    // Only errors: the groups left are the error groups, walked in list order.
    fireEvent.change(screen.getByLabelText('Mức độ'), { target: { value: 'error' } });
    const errorCount = checkWorkbook(await sampleData(), { asOf: AS_OF }).findings.filter((f) => f.severity === 'error');
    expect(screen.getByText(`${errorCount.length} phát hiện khớp`)).toBeTruthy();
    expect(screen.queryByText(/^Cảnh báo \(/)).toBeNull();
    host.selections = [];
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    await waitFor(() => expect(host.selections).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    await waitFor(() => expect(host.selections).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Trước' }));
    await waitFor(() => expect(host.selections).toHaveLength(3));
    expect(host.selections[2]).toBe(host.selections[0]);
    expect(screen.getByText(`1/${errorCount.length}`)).toBeTruthy();
    // The commune filter lists communes by name, not by key.
    const commune = screen.getByLabelText('Xã') as HTMLSelectElement;
    expect([...commune.options].map((o) => o.text)).toContain('Tập Sơn');
  });

  test('capped groups show "shown / total"', async () => {
    await renderPane({ host: await sampleHost(), capPerCheck: 5 });
    await clickAndWait('Kiểm tra');
    const unmet = checkWorkbook(await sampleData(), { asOf: AS_OF }).counts.find((c) => c.code === 'program.unmet')!;
    expect(unmet.total).toBeGreaterThan(5);
    expect(screen.getByRole('heading', { name: `Chưa đạt (5 / ${unmet.total})` })).toBeTruthy();
    // An uncapped group shows its plain count.
    expect(screen.getByRole('heading', { name: 'Tên xã viết khác nhau (1)' })).toBeTruthy();
  });

  test('"Bỏ qua" hides a finding, keeps its key in the workbook, "Hiện lại tất cả" restores it', async () => {
    const host = await sampleHost();
    const { container } = await renderPane({ host });
    await clickAndWait('Kiểm tra');
    openGroup(/^Tên xã viết khác nhau/);
    fireEvent.click(screen.getByRole('button', { name: `Bỏ qua phát hiện: ${VARIANT}` }));
    await waitFor(() => expect(screen.queryByText(VARIANT)).toBeNull());
    expect(screen.getByText('Đã bỏ qua 1 phát hiện.')).toBeTruthy();
    expect(savedSettings(host)?.ignored).toEqual(['commune.variant||xa:tập sơn||||Tập sơn']);
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Hiện lại tất cả' }));
    await waitFor(() => expect(screen.getByText(VARIANT)).toBeTruthy());
    expect(savedSettings(host)?.ignored).toEqual([]);
  });

  test('correcting a sheet role re-checks and is saved', async () => {
    const host = await sampleHost();
    await renderPane({ host });
    await clickAndWait('Kiểm tra');
    const total = (r: ReturnType<typeof checkWorkbook>) => r.counts.reduce((n, c) => n + c.total, 0);
    const before = total(checkWorkbook(await sampleData(), { asOf: AS_OF }));
    const after = total(checkWorkbook(await sampleData(), { asOf: AS_OF, sheetRoles: { 'Đô thị văn minh': null } }));
    expect(after).not.toBe(before);
    expect(screen.getByRole('heading', { name: `Phát hiện (${before})` })).toBeTruthy();
    openSheetKinds();
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Loại trang "Đô thị văn minh"'), { target: { value: 'none' } });
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: `Phát hiện (${after})` })).toBeTruthy());
    expect(savedSettings(host)?.sheetRoles).toEqual({ 'Đô thị văn minh': null });
    expect((screen.getByLabelText('Loại trang "Đô thị văn minh"') as HTMLSelectElement).value).toBe('none');
    // The correction can be taken back: the add-in guesses again.
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Loại trang "Đô thị văn minh"'), { target: { value: 'auto' } });
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: `Phát hiện (${before})` })).toBeTruthy());
    expect(savedSettings(host)?.sheetRoles).toEqual({});
  });

  test('"Tạo biểu tổng hợp" writes the summary sheets and marks; "Xóa đánh dấu" removes the marks', async () => {
    const host = await sampleHost();
    await renderPane({ host });
    await clickAndWait('Tạo biểu tổng hợp');
    const names = host.wb.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['TH_Theo tiêu chí', 'TH_Theo phòng ban', 'TH_Kết quả kiểm tra']));
    expect(host.marks.length).toBeGreaterThan(0);
    const made = names.filter((n) => n.startsWith('TH_')).length;
    expect(screen.getByTestId('announcement').textContent).toBe(`Đã tạo ${made} biểu tổng hợp và đánh dấu các ô.`);
    // A second check reads the add-in's own sheets but never checks them as input.
    await clickAndWait('Kiểm tra');
    expect(screen.queryByLabelText('Loại trang "TH_Theo tiêu chí"')).toBeNull();
    await clickAndWait('Xóa đánh dấu');
    expect(host.marks).toEqual([]);
    expect(screen.getByTestId('announcement').textContent).toBe('Đã xóa các đánh dấu của phần bổ trợ.');
  });
});

describe('a summary sheet typed on since the last run', () => {
  test('"Kiểm tra" alone says it will be kept, and selecting the finding opens the sheet under its own name (no "(đã sửa)" sheet exists yet)', async () => {
    const host = await sampleHost();
    await renderPane({ host });
    await clickAndWait('Tạo biểu tổng hợp');
    const th = host.sheet('TH_Theo tiêu chí')!;
    // A note typed below the table (row 60, column B), as an office would.
    th.rows[59] = [null, 'Ghi chú của phòng: số liệu đã rà soát'];
    await clickAndWait('Kiểm tra');
    fireEvent.change(screen.getByLabelText('Tìm trong phát hiện'), { target: { value: 'sua tay' } });
    expect(screen.getByText('1 phát hiện khớp')).toBeTruthy();
    expect(screen.getByText(/^Trang TH_Theo tiêu chí đã được sửa tay sau lần chạy trước \(ô đã sửa: B60\): khi lập biểu, trang này được giữ lại thành 'TH_Theo tiêu chí \(đã sửa\)'/)).toBeTruthy();
    host.selections = [];
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }));
    await waitFor(() => expect(host.selections).toEqual(['TH_Theo tiêu chí!B60']));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a set the workbook defines', () => {
  test('its headline section goes by the name the definitions sheet gives it, not its id', async () => {
    const defs = sheet('Bộ tiêu chí', [['BỘ TIÊU CHÍ CỦA TỈNH'], [], ['Bộ tiêu chí', 'Mã', 'Tên tiêu chí/chỉ tiêu', 'Chiều'], ['Bộ tiêu chí xã an toàn thực phẩm', '1', 'Cơ sở được chứng nhận', 'Đạt'], ['Bộ tiêu chí xã an toàn thực phẩm', '2', 'Không có ngộ độc', 'Đạt']]);
    const host = new MemoryHost({ sheets: [
      defs,
      assignmentSheet([['Tiêu chí 1, 2', 'Phòng Y tế', null, null, 'quý IV/2023']], 'Phân công', 'BỘ TIÊU CHÍ XÃ AN TOÀN THỰC PHẨM'),
      matrixSheet(['Tân Sơn', 'Kim Sơn'], [['1', 'Cơ sở', 'Đạt', 'Chưa đạt'], ['2', 'Ngộ độc', 'Đạt', 'Đạt']], 'ATTP', 'KẾT QUẢ BỘ TIÊU CHÍ XÃ AN TOÀN THỰC PHẨM'),
    ] });
    await renderPane({ host });
    await clickAndWait('Kiểm tra');
    const section = within(screen.getByRole('region', { name: /Xã an toàn thực phẩm/ }));
    // Hand count: Tân Sơn meets both criteria, Kim Sơn one of two.
    expect(section.getByText('Xã an toàn thực phẩm — 2 xã')).toBeTruthy();
    expect(screen.queryByText(/wb:/)).toBeNull();
  });
});

describe('a report date after the sets\' period', () => {
  test('a warning under the date and region says the results follow the 2021 - 2025 sets, in words', async () => {
    const { container } = await renderPane({ host: new MemoryHost({ sheets: [fullMatrix(['Tân Sơn'])] }), today: () => '2026-11-25' });
    await clickAndWait('Kiểm tra');
    expect(within(screen.getByTestId('period-note')).getByText('Lưu ý: ngày này đã sau giai đoạn 2021 - 2025 của Xã NTM: kết quả theo các bộ tiêu chí đó. Kế hoạch 2026 - 2030: ghi "năm 2026" hoặc "giai đoạn 2026 - 2030" vào tiêu đề trang (bộ tiêu chí mới, QĐ 51/2025/QĐ-TTg); chỉ tiêu và mức đạt của tỉnh: nút "Thêm trang bộ tiêu chí".')).toBeTruthy();
    // The field says the date day first, as the reports do, whatever the browser's locale.
    expect((screen.getByLabelText('Tính đến ngày') as HTMLInputElement).value).toBe('25/11/2026');
    expect(await axeViolations(container)).toEqual([]);
  });

  test('within the period the field has no such line', async () => {
    await renderPane({ host: new MemoryHost({ sheets: [fullMatrix(['Tân Sơn'])] }) });
    await clickAndWait('Kiểm tra');
    expect(screen.queryByText(/ngày này đã sau giai đoạn/)).toBeNull();
  });
});

describe('workbooks that cannot be checked', () => {
  test('an empty workbook says why, in Vietnamese, with no headline', async () => {
    const { container } = await renderPane({ host: new MemoryHost({ sheets: [{ name: 'Sheet1', rows: [], merges: [] }] }) });
    await clickAndWait('Kiểm tra');
    expect(screen.getByText(/^Không tìm thấy trang phân công hay trang hiện trạng nào/)).toBeTruthy();
    expect(screen.queryByTestId('headline')).toBeNull();
    expect((screen.getByRole('button', { name: 'Xuất kết quả' }) as HTMLButtonElement).disabled).toBe(true);
    // Nothing to summarise: the reason stands above, the button would only fail the same way.
    expect((screen.getByRole('button', { name: 'Tạo biểu tổng hợp' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
  });

  test('a commune with no status at all is said apart in the headline, not counted in the bands or the average', async () => {
    const host = new MemoryHost({ sheets: [
      communesSheet([['Tân Sơn', 'xã', 'Nông thôn mới'], ['Kim Sơn', 'xã', 'Nông thôn mới'], ['Hàm Giang', 'xã', 'Nông thôn mới']]),
      assignmentSheet([['Tiêu chí 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19', 'Phòng Nông nghiệp và Phát triển nông thôn', null, null, 'quý IV/2023']]),
      fullMatrix(['Tân Sơn', 'Kim Sơn'], { '11': ['Chưa đạt', 'Đạt'] }),
    ] });
    await renderPane({ host });
    await clickAndWait('Kiểm tra');
    const headline = within(screen.getByTestId('headline'));
    // Hand count: Tân Sơn 18, Kim Sơn 19 → 18,5; Hàm Giang has no column on the status sheet.
    expect(headline.getByText('Bình quân 18,5 tiêu chí/xã')).toBeTruthy();
    expect(headline.getByText('1 xã chưa có số liệu (không tính vào nhóm và bình quân)')).toBeTruthy();
  });

  test('an unrecognized sheet is listed as such and can be assigned a role', async () => {
    const notes = { name: 'Ghi chép', merges: [], rows: [['Họp giao ban tuần'], ['Nhắc các phòng nộp báo cáo']] };
    const host = new MemoryHost({ sheets: [notes] });
    await renderPane({ host });
    await clickAndWait('Kiểm tra');
    const select = screen.getByLabelText('Loại trang "Ghi chép"') as HTMLSelectElement;
    expect(select.value).toBe('unrecognized');
    // Nothing else to check: the workbook's error says why, not an information finding.
    expect(screen.getByTestId('unusable').textContent).toContain('"Ghi chép": Không nhận ra');
    await act(async () => {
      fireEvent.change(select, { target: { value: 'assignment' } });
    });
    await waitFor(() => expect(savedSettings(host)?.sheetRoles).toEqual({ 'Ghi chép': 'assignment' }));
  });

  test('"Bỏ qua trang này" settles a sheet the check could not recognize (it was shown as already chosen)', async () => {
    const notes = { name: 'Ghi chép', merges: [], rows: [['Họp giao ban tuần'], ['Nhắc các phòng nộp báo cáo']] };
    const host = new MemoryHost({ sheets: [notes] });
    await renderPane({ host });
    await clickAndWait('Kiểm tra');
    // The workbook cannot be checked: what was looked for is in the results, the hint points there.
    const select = screen.getByRole('combobox', { name: 'Loại trang "Ghi chép"', description: /^Chưa nhận ra \(lý do ở phần Kết quả\)\. Chọn loại của trang, hoặc "Bỏ qua trang này" nếu trang không cần kiểm tra\.$/ }) as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent).toBe('Chưa nhận ra — hãy chọn loại');
    // Fired only when the value changes, as a browser's select does.
    expect(select.value).not.toBe('none');
    await act(async () => {
      fireEvent.change(select, { target: { value: 'none' } });
    });
    await waitFor(() => expect(savedSettings(host)?.sheetRoles).toEqual({ 'Ghi chép': null }));
    await waitFor(() => expect(screen.getByText('Bỏ qua trang này (bạn chọn).')).toBeTruthy());
    const after = screen.getByLabelText('Loại trang "Ghi chép"') as HTMLSelectElement;
    expect(after.value).toBe('none');
    expect([...after.options].map((o) => o.value)).not.toContain('unrecognized');
  });
});

describe('errors from Excel', () => {
  test('a protected workbook is reported as a plain sentence saying what to do', async () => {
    const host = await sampleHost();
    host.failNext.writeResults = Object.assign(new Error('The sheet is protected'), { code: 'AccessDenied' });
    const { container } = await renderPane({ host });
    await clickAndWait('Tạo biểu tổng hợp');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Hãy bỏ bảo vệ');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Đóng thông báo' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('typing in a cell: the message says to press Enter or Esc', async () => {
    const host = await sampleHost();
    host.failNext.read = { code: 'InvalidOperationInCellEditMode' };
    await renderPane({ host });
    await clickAndWait('Kiểm tra');
    expect(screen.getByRole('alert').textContent).toContain('nhấn Enter hoặc Esc');
  });
});

describe('language', () => {
  test('English when asked, and the switch turns the pane back to Vietnamese', async () => {
    await renderPane({ host: await sampleHost(), initialLang: 'en' });
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    // The help page opens at its English part.
    expect(screen.getByRole('link', { name: 'Help' }).getAttribute('href')).toBe('help.html#en');
    fireEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(screen.getByRole('button', { name: 'Kiểm tra' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getByRole('link', { name: 'Hướng dẫn sử dụng' }).getAttribute('href')).toBe('help.html');
  });
});

describe('a 2026 - 2030 plan (QĐ 51/2025/QĐ-TTg, 10 criteria)', () => {
  test('the headline names that set and counts full against its ten criteria; no period note', async () => {
    const ten = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
    // Tân Sơn meets all ten; Kim Sơn all but 6.
    const status = matrixSheet(['Tân Sơn', 'Kim Sơn'], ten.map((c) => [c, `Tiêu chí ${c}`, 'Đạt', c === '6' ? 'Chưa đạt' : 'Đạt']), 'Hiện trạng', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026');
    await renderPane({ host: new MemoryHost({ sheets: [status] }), today: () => '2026-11-25' });
    await clickAndWait('Kiểm tra');
    const section = within(screen.getByRole('region', { name: /Xã NTM 2026 - 2030/ }));
    expect(section.getByText('Xã NTM 2026 - 2030 — 2 xã')).toBeTruthy();
    expect(section.getByText('Đủ 10 tiêu chí')).toBeTruthy();
    expect(screen.queryByTestId('period-note')).toBeNull();
  });
});
