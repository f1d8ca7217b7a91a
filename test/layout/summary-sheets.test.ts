import { buildSummarySheets } from '../../src/domain/layout';
import type { SummarySheetsInput } from '../../src/domain/layout';
import { isValidSheetName } from '../../src/domain/layout/sheet-name';
import { formatNumberVi } from '../../src/domain/layout/vi-format';
import type { Finding } from '../../src/domain/model/finding';
import type { HighlightMark } from '../../src/domain/plan/highlight-plan';
import type { SheetPlan } from '../../src/domain/plan/sheet-plan';
import type { LayoutSet } from '../../src/domain/layout/types';
import { communeSheet } from '../../src/domain/layout/commune-sheet';
import { XA_NTM_2021 } from '../../src/domain/criteria/sets/xa-ntm-2021';
import { departmentSheet } from '../../src/domain/layout/department-sheet';
import { labels } from '../../src/domain/layout/labels';
import { TABLE_SIZE } from '../../src/domain/layout/styles';
import { estimateLines } from '../../src/domain/layout/text-fit';
import { allTexts, findCell, findText, mergeAt, styleAt } from './plan-inspect';
import { COMMUNES, communeRow, communeRows, HUYEN_NTM, seedSummary, UNMET_11, XA_NTM } from './seed000-fixture';

const FINDINGS: Finding[] = [
  {
    code: 'code.unknown',
    severity: 'error',
    sheet: 'Phân công',
    cell: 'B7',
    message: { vi: 'Mã tiêu chí không có trong bộ tiêu chí', en: 'Unknown criterion code' },
    found: '=1+1',
    expected: '1–19',
    key: 'code.unknown||B7',
  },
  { code: 'deadline.unreadable', severity: 'warning', message: { vi: 'Không đọc được thời hạn', en: 'Unreadable deadline' }, key: 'k2' },
];

const MARKS: HighlightMark[] = [
  { sheet: 'Hiện trạng', row: 6, col: 1, kind: 'unmet', cue: 'Chưa đạt: tiêu chí 11' },
  { sheet: 'Hiện trạng', row: 6, col: 3, kind: 'overdue', cue: 'Quá hạn: quý II/2023' },
];

function input(over: Partial<SummarySheetsInput> = {}): SummarySheetsInput {
  return {
    summary: seedSummary(),
    sets: [XA_NTM, HUYEN_NTM],
    findings: FINDINGS,
    marks: MARKS,
    agency: 'UBND huyện Trà Cú',
    subAgency: 'Văn phòng Điều phối NTM',
    place: 'Trà Cú',
    ...over,
  };
}

function sheet(plans: SheetPlan[], name: string): SheetPlan {
  const p = plans.find((x) => x.name === name);
  if (!p) throw new Error(`no sheet ${name}: ${plans.map((x) => x.name).join(', ')}`);
  return p;
}

const SEED_SENTENCE_11 =
  'Có 11 xã chưa đạt, gồm: Phước Hưng, Tân Sơn, An Quảng Hữu, Lưu Nghiệp Anh, Thanh Sơn, Hàm Tân, Đại An, Định An, Ngọc Biên, Long Hiệp, Tân Hiệp.';

describe('summary sheets from seed 000', () => {
  const plans = buildSummarySheets(input());

  it('builds the expected sheets with valid, owned, distinct names', () => {
    expect(plans.map((p) => p.name)).toEqual([
      'TH_Theo xã - NTM',
      'TH_Theo tiêu chí',
      'TH_Theo phòng ban',
      'TH_Tiêu chí huyện',
      'TH_Kết quả kiểm tra',
      'TH_Chú giải',
    ]);
    for (const p of plans) expect(isValidSheetName(p.name)).toBe(true);
  });

  describe('by criterion', () => {
    const p = sheet(plans, 'TH_Theo tiêu chí');
    const at = findText(p, '11. Nghèo đa chiều')!;
    const row = p.values[at.row];

    it('writes the seed sentence, its count taken from the names', () => {
      expect(row[6]).toBe(SEED_SENTENCE_11);
      expect(row[5]).toBe(UNMET_11.length);
    });

    it('counts 4 of 15 communes meeting criterion 11, 26,7 %', () => {
      expect(row[2]).toBe(4);
      expect(row[3]).toBe(15);
      // Written as text so the decimal comma prints on any machine.
      expect(row[4]).toBe('26,7');
      expect(styleAt(p, at.row, 4).numberFormat).toBe('0.0');
    });

    it('leaves the names empty when every commune meets the criterion', () => {
      const r1 = p.values[findText(p, '1. Quy hoạch')!.row];
      expect(r1.slice(2, 7)).toEqual([15, 15, '100,0', 0, null]);
    });

    it('names an open set\'s placeholder criterion once ("Tiêu chí 3", not "3. Tiêu chí 3")', () => {
      const s = seedSummary();
      s.criteria.push({ setId: 'do-thi-van-minh-2022', code: '3', name: 'Tiêu chí 3', communesMet: [], communesUnmet: ['thị trấn Định An'], communesNoData: [], communesTotal: 1, communesWithData: 1, leads: [], coordinators: [] });
      const town: LayoutSet = { id: 'do-thi-van-minh-2022', name: 'Thị trấn đạt chuẩn đô thị văn minh', shortName: 'Đô thị văn minh', level: 'town', groups: [], criteria: [] };
      const q = sheet(buildSummarySheets(input({ summary: s, sets: [XA_NTM, town, HUYEN_NTM] })), 'TH_Theo tiêu chí');
      expect(findText(q, 'Tiêu chí 3')).toBeDefined();
      expect(findText(q, '3. Tiêu chí 3')).toBeUndefined();
    });

    it('lists the lead departments', () => {
      const r15 = p.values[findText(p, '15. Y tế')!.row];
      expect(r15[7]).toBe('Phòng Y tế\nTrung tâm Y tế');
    });

    it('has no section rows with a single set, one per set with several', () => {
      expect(findCell(p, (v) => typeof v === 'string' && v.startsWith('I. '))).toBeUndefined();
      const s = seedSummary();
      s.criteria.push({ setId: 'xa-ntm-nang-cao-2021', code: '15', name: 'Hành chính công', communesMet: [], communesUnmet: ['Ngọc Biên'], communesNoData: ['Tân Sơn', 'Long Hiệp', 'Đại An'], communesTotal: 4, communesWithData: 4, leads: [], coordinators: [] });
      const nc = { ...XA_NTM, id: 'xa-ntm-nang-cao-2021', name: 'Bộ tiêu chí xã NTM nâng cao', shortName: 'NTM nâng cao', level: 'commune-advanced' };
      const q = sheet(buildSummarySheets(input({ summary: s, sets: [XA_NTM, nc] })), 'TH_Theo tiêu chí');
      const sec1 = findText(q, `I. ${XA_NTM.name}`)!;
      const sec2 = findText(q, 'II. Bộ tiêu chí xã NTM nâng cao')!;
      expect(sec2.row).toBeGreaterThan(sec1.row);
      expect(mergeAt(q, sec2.row, 0)).toEqual({ top: sec2.row, left: 0, bottom: sec2.row, right: q.columnWidths.length - 1 });
      expect(q.values[sec2.row + 1].slice(0, 2)).toEqual([1, '15. Hành chính công']);
      // 0 met + 1 unmet + 3 without status = 4: the names add up to the total too.
      expect(q.values[sec2.row + 1][6]).toBe('Có 1 xã chưa đạt, gồm: Ngọc Biên.\nChưa có số liệu: Tân Sơn, Long Hiệp, Đại An.');
    });
  });

  describe('by commune', () => {
    const p = sheet(plans, 'TH_Theo xã - NTM');
    const rows = communeRows();
    const tt = findText(p, 'TT')!;
    const firstCrit = 2;

    it('heads the matrix with group bands, numbers and short names', () => {
      const band = findText(p, 'II. Hạ tầng kinh tế - xã hội')!;
      expect(band.row).toBe(tt.row);
      expect(mergeAt(p, band.row, band.col)).toEqual({ top: tt.row, left: firstCrit + 1, bottom: tt.row, right: firstCrit + 8 });
      expect(p.values[tt.row + 1].slice(firstCrit, firstCrit + 19)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
      expect(p.values[tt.row + 2][firstCrit + 10]).toBe('Nghèo đa chiều');
      expect(mergeAt(p, tt.row, 0)).toEqual({ top: tt.row, left: 0, bottom: tt.row + 2, right: 0 });
    });

    it('puts x where met, blank where not, and totals each row', () => {
      for (const r of rows) {
        const at = findText(p, r.display)!;
        const line = p.values[at.row];
        const marks = line.slice(firstCrit, firstCrit + 19);
        expect(marks.filter((v) => v === 'x')).toHaveLength(r.criteriaMet.length);
        expect(marks.filter((v) => v === null)).toHaveLength(r.criteriaUnmet.length);
        expect(line[firstCrit + 19]).toBe(r.criteriaMet.length);
      }
      const ph = p.values[findText(p, 'Phước Hưng')!.row];
      expect(ph[firstCrit + 10]).toBeNull(); // criterion 11
      expect(ph[firstCrit + 11]).toBe('x'); // criterion 12
      expect(ph.slice(firstCrit + 19)).toEqual([17, '53/57', '15–18', 'Chưa đạt: 11, 13']);
      expect(p.values[findText(p, 'Kim Sơn')!.row].slice(firstCrit + 19)).toEqual([19, '57/57', '19', null]);
    });

    it('keeps the summary order and numbers the rows', () => {
      const names = COMMUNES.map((n) => findText(p, n)!);
      names.forEach((at, i) => {
        expect(at.row).toBe(names[0].row + i);
        expect(p.values[at.row][0]).toBe(i + 1);
      });
    });

    it('adds the footer rows Số xã đạt and Tỷ lệ % per criterion', () => {
      const f1 = findText(p, 'Số xã đạt')!;
      const f2 = findText(p, 'Tỷ lệ %')!;
      expect(f2.row).toBe(f1.row + 1);
      expect(p.values[f1.row][firstCrit + 10]).toBe(4);
      expect(p.values[f1.row][firstCrit]).toBe(15);
      expect(p.values[f1.row][firstCrit + 16]).toBe(8); // criterion 17: 15 − 7
      expect(p.values[f2.row][firstCrit + 10]).toBe('26,7');
      expect(p.values[f1.row][firstCrit + 19]).toBe(246);
    });

    it('writes the totals, the average and the bands in Vietnamese style', () => {
      const t = allTexts(p);
      expect(t).toContain('Ghi chú: x: đạt; để trống: chưa đạt; ?: chưa có số liệu đánh giá.');
      expect(t).toContain('Tổng số tiêu chí đạt: 246');
      expect(t).toContain('Bình quân: 16,4 tiêu chí/xã');
      expect(t).toContain('Số xã đạt 19/19 tiêu chí: 3 xã');
      expect(t).toContain('Số xã đạt từ 15 đến 18 tiêu chí: 12 xã');
      expect(t).toContain('Số xã đạt từ 10 đến 14 tiêu chí: 0 xã');
      expect(t).toContain('Số xã đạt dưới 5 tiêu chí: 0 xã');
    });

    it('computes the totals from the rows when the summary has none (151 over 10 communes: 15,1)', () => {
      const counts = [19, 19, 17, 15, 15, 14, 14, 13, 13, 12];
      const codes = XA_NTM.criteria.map((c) => c.code);
      const made = counts.map((n, i) => communeRow({ communeKey: `xa:c${i}`, display: `Xã ${i + 1}`, met: codes.slice(0, n), unmet: codes.slice(n) }));
      const s = { ...seedSummary(), communes: made, totals: [] };
      const t = allTexts(sheet(buildSummarySheets(input({ summary: s })), 'TH_Theo xã - NTM'));
      expect(t).toContain('Tổng số tiêu chí đạt: 151');
      expect(t).toContain('Bình quân: 15,1 tiêu chí/xã');
      expect(t).toContain('Số xã đạt 19/19 tiêu chí: 2 xã');
      expect(t).toContain('Số xã đạt từ 15 đến 18 tiêu chí: 3 xã');
      expect(t).toContain('Số xã đạt từ 10 đến 14 tiêu chí: 5 xã');
    });

    it('shows ? for a criterion with no status and names it in the notes', () => {
      const s = seedSummary();
      const r = s.communes[0];
      r.criteriaMet = r.criteriaMet.filter((c) => c !== '5');
      r.criteriaUnknown = ['5'];
      const q = sheet(buildSummarySheets(input({ summary: s })), 'TH_Theo xã - NTM');
      const line = q.values[findText(q, 'Phước Hưng')!.row];
      expect(line[firstCrit + 4]).toBe('?');
      expect(line[firstCrit + 19]).toBe(16);
      expect(line[firstCrit + 22]).toBe('Chưa đạt: 11, 13; Chưa có số liệu: 5');
    });

    it('gives a town set of 2 criteria full / not full, not the 19-criteria bands (seed 000 §1.5)', () => {
      // Seed 000: thị trấn Định An has not met contents 3.2, 8.2, 8.4; thị trấn Trà Cú has not met 8.4.
      const town: LayoutSet = {
        id: 'do-thi-van-minh-2022',
        name: 'Thị trấn đạt chuẩn đô thị văn minh',
        shortName: 'Đô thị văn minh',
        level: 'town',
        groups: [],
        criteria: [{ code: '3', name: 'Tiêu chí 3', shortName: 'TC 3' }, { code: '8', name: 'Tiêu chí 8', shortName: 'TC 8' }],
      };
      const townRow = (communeKey: string, display: string, met: string[], unmet: string[]) => communeRow({ communeKey, display, met, unmet, setId: town.id, criteriaTotal: 2, indicatorsTotal: 3 });
      const s = { ...seedSummary(), communes: [townRow('tt:dinh an', 'thị trấn Định An', [], ['3', '8']), townRow('tt:tra cu', 'thị trấn Trà Cú', ['3'], ['8'])], totals: [] };
      const q = sheet(buildSummarySheets(input({ summary: s, sets: [town, HUYEN_NTM] })), 'TH_Theo xã - Đô thị văn minh');
      const t = allTexts(q);
      // A table about towns counts towns: 1 criterion met over 2 towns = 0,5; neither meets both.
      const expected = [
        'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THEO THỊ TRẤN',
        'Tên thị trấn',
        'Số thị trấn đạt 2/2 tiêu chí: 0 thị trấn',
        'Số thị trấn chưa đạt đủ 2 tiêu chí: 2 thị trấn',
        'Bình quân: 0,5 tiêu chí/thị trấn',
      ];
      expect(t).toEqual(expect.arrayContaining(expected));
      expect(t.filter((x) => /(?:^|[\s/])xã(?:$|[\s.,:;])/u.test(x))).toEqual([]);
      expect(t.some((x) => /15 đến 18|dưới 5|Dưới 5/.test(x))).toBe(false);
      expect(q.values[findText(q, 'thị trấn Trà Cú')!.row]).toContain('Chưa đủ');
    });

    it('adds a column for a code the rows use but the set lacks, so x counts still match', () => {
      const s = seedSummary();
      s.communes[0].criteriaMet.push('20');
      const q = sheet(buildSummarySheets(input({ summary: s })), 'TH_Theo xã - NTM');
      const line = q.values[findText(q, 'Phước Hưng')!.row];
      expect(line.filter((v) => v === 'x')).toHaveLength(s.communes[0].criteriaMet.length);
    });
  });

  describe('by department', () => {
    const p = sheet(plans, 'TH_Theo phòng ban');

    it('opens each department with a bold section row carrying its counts', () => {
      // Counts are of the items a department leads; the overdue 17 it only coordinates is listed apart.
      const sec = findText(p, 'II. Phòng Nông nghiệp và Phát triển nông thôn (chủ trì 1 nội dung: đã đạt 0; sắp đến hạn 0; quá hạn 1; phối hợp 1 nội dung)')!;
      expect(styleAt(p, sec.row, 0).font?.bold).toBe(true);
      expect(findText(p, 'I. Phòng Lao động - Thương binh và Xã hội (chủ trì 1 nội dung: đã đạt 0; sắp đến hạn 1; quá hạn 0)')).toBeDefined();
    });

    it('spells out the state of each item, overdue in bold', () => {
      const at = findText(p, 'Tiêu chí 13: Tổ chức sản xuất và phát triển kinh tế nông thôn')!;
      const line = p.values[at.row];
      expect(line.slice(0, 6)).toEqual([1, 'NTM', 'Tiêu chí 13: Tổ chức sản xuất và phát triển kinh tế nông thôn', 'Chủ trì', 'Quý II/2023', 'Quá hạn']);
      expect(line[6]).toMatch(/^Có 11 xã chưa đạt, gồm: Phước Hưng, Tập Sơn,/);
      expect(styleAt(p, at.row, 5).font?.bold).toBe(true);
      const soon = p.values[findText(p, 'Tiêu chí 11: Nghèo đa chiều')!.row];
      expect(soon[4]).toBe('Đầu quý IV/2023');
      expect(soon[5]).toBe('Sắp đến hạn');
    });

    it('says "Đã đạt" for a met item with no deadline, and gives a two-line set name a two-line row', () => {
      const q = sheet(
        buildSummarySheets(
          input({
            sets: [XA_NTM, HUYEN_NTM, { ...XA_NTM, id: 'nc', shortName: 'Xã NTM nâng cao' }],
            summary: {
              ...seedSummary(),
              departments: [
                {
                  departmentId: 'kt-ht',
                  department: 'Phòng Kinh tế và Hạ tầng',
                  met: 1,
                  dueSoon: 0,
                  overdue: 0,
                  led: 1,
                  coordinating: 0,
                  items: [{ setId: 'nc', code: '2', name: 'Giao thông', role: 'lead', state: 'met-on-time', communesUnmet: [] }],
                },
              ],
            },
          }),
        ),
        'TH_Theo phòng ban',
      );
      const at = findText(q, 'Tiêu chí 2: Giao thông')!;
      expect(q.values[at.row].slice(1, 6)).toEqual(['Xã NTM nâng cao', 'Tiêu chí 2: Giao thông', 'Chủ trì', null, 'Đã đạt']);
      // "Xã NTM nâng cao" (15 characters) wraps in the 11-character set column: two lines of 12 pt at least.
      const h = q.rowHeights.find((x) => x.row === at.row)?.height ?? 0;
      expect(h).toBeGreaterThanOrEqual(2 * 12 * 1.2);
    });
  });

  describe('district criteria', () => {
    const p = sheet(plans, 'TH_Tiêu chí huyện');
    it('lists criteria (bold) and contents with result, deadline, state and lead', () => {
      const c5 = findText(p, 'Y tế - Văn hóa - Giáo dục')!;
      expect(styleAt(p, c5.row, 1).font?.bold).toBe(true);
      const c52 = p.values[findText(p, '5.2')!.row];
      expect(c52.slice(2)).toEqual(['Chưa đạt', 'Quý IV/2023', 'Sắp đến hạn', 'Phòng Văn hóa và Thông tin']);
      expect(p.values[findText(p, '5.1')!.row][2]).toBe('Đạt');
      expect(styleAt(p, findText(p, '5.1')!.row, 1).font?.bold).toBe(false);
      expect(allTexts(p)).toContain(HUYEN_NTM.name);
    });
  });

  describe('findings', () => {
    const p = sheet(plans, 'TH_Kết quả kiểm tra') as SheetPlan & { links?: { row: number; col: number; target: string }[] };
    it('tabulates findings and links each address to its cell', () => {
      const at = findText(p, 'B7')!;
      expect(p.values[at.row].slice(0, 8)).toEqual([1, 'Lỗi', 'code.unknown', 'Phân công', 'B7', 'Mã tiêu chí không có trong bộ tiêu chí', '=1+1', '1–19']);
      expect(p.links).toEqual([{ row: at.row, col: at.col, target: "'Phân công'!B7" }]);
      expect(p.values[at.row + 1][1]).toBe('Cảnh báo');
    });
  });

  describe('legend', () => {
    const p = sheet(plans, 'TH_Chú giải') as SheetPlan & { links?: { row: number; col: number; target: string }[] };
    it('explains each mark in words next to its colour swatch', () => {
      for (const [label, fill] of [['Lỗi dữ liệu', 'F4B6C2'], ['Quá hạn', 'F8CBAD'], ['Sắp đến hạn', 'FFE699'], ['Chưa đạt', 'FCE4D6']]) {
        const at = findText(p, label)!;
        expect(styleAt(p, at.row, at.col - 1).fill).toBe(fill);
        expect(typeof p.values[at.row][4]).toBe('string');
      }
    });

    it('lists the marked cells with links', () => {
      const at = findText(p, 'B7')!;
      expect(p.values[at.row].slice(1, 5)).toEqual(['Hiện trạng', 'B7', 'Chưa đạt', 'Chưa đạt: tiêu chí 11']);
      expect(p.values[at.row + 1].slice(2, 4)).toEqual(['D7', 'Quá hạn']);
      expect(p.links).toContainEqual({ row: at.row, col: 2, target: "'Hiện trạng'!B7" });
    });

    it('caps the list at the first marks in sheet, row and column order, and counts each cell once per kind', () => {
      // 2,500 cells of sheet B listed before sheet A's in the input, plus one cell with two unmet cues.
      const many: HighlightMark[] = [];
      for (let r = 2500; r > 0; r--) many.push({ sheet: 'B', row: r, col: 2, kind: 'overdue', cue: `Quá hạn ${r}` });
      many.push({ sheet: 'A', row: 9, col: 0, kind: 'unmet', cue: 'Chưa đạt: tiêu chí 2' });
      many.push({ sheet: 'A', row: 9, col: 0, kind: 'unmet', cue: 'Chưa đạt: tiêu chí 3' });
      many.push({ sheet: 'A', row: 3, col: 0, kind: 'overdue', cue: 'Quá hạn A' });
      const q = sheet(buildSummarySheets(input({ marks: many })), 'TH_Chú giải') as SheetPlan;
      const overdueRow = findText(q, 'Quá hạn')!.row;
      expect(q.values[overdueRow][5]).toBe(2501);
      expect(q.values[findText(q, 'Chưa đạt')!.row][5]).toBe(1);
      expect(findText(q, 'Liệt kê 2000 trong 2503 ô được đánh dấu; mọi ô đều đã được tô trên trang của nó.')).toBeDefined();
      // Sheet B comes first (its marks came first), from its top row down; sheet A's do not fit.
      const first = findText(q, 'Quá hạn 1')!.row;
      expect(q.values[first].slice(0, 3)).toEqual([1, 'B', 'C2']);
      expect(q.values[first + 1999].slice(0, 3)).toEqual([2000, 'B', 'C2001']);
      expect(q.values[first + 2000]?.[1]).not.toBe('A');
      expect(findText(q, 'Quá hạn A')).toBeUndefined();
    });
  });
});

describe('the frame and print setup of every sheet', () => {
  const plans = buildSummarySheets(input());
  const reports = plans.filter((p) => !['TH_Kết quả kiểm tra', 'TH_Chú giải'].includes(p.name));

  it('sizes the signature rows: Excel never grows a row of merged cells, and 13 pt capitals with marks above ("ỦY") need more than its 15 pt', () => {
    for (const p of reports) {
      for (const text of ['NGƯỜI LẬP BIỂU', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']) {
        const at = findText(p, text)!;
        expect(mergeAt(p, at.row, at.col)).toBeDefined();
        // One line of Times New Roman 13 takes about 13 × 1.3 ≈ 17 pt.
        expect(p.rowHeights.find((h) => h.row === at.row)?.height ?? 0).toBeGreaterThanOrEqual(17);
      }
    }
  });

  it('carries the administrative frame on the report sheets', () => {
    expect(reports).toHaveLength(4);
    for (const p of reports) {
      const t = allTexts(p);
      for (const s of [
        'UBND HUYỆN TRÀ CÚ',
        'VĂN PHÒNG ĐIỀU PHỐI NTM',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Trà Cú, ngày 15 tháng 10 năm 2023',
        '(Kèm theo Báo cáo số …/BC-UBND ngày …)',
        'Tính đến ngày 15/10/2023',
        'NGƯỜI LẬP BIỂU',
        'TM. ỦY BAN NHÂN DÂN',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
      ]) {
        expect(t).toContain(s);
      }
      const motto = findText(p, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
      expect(styleAt(p, motto.row, motto.col).font?.bold).toBe(true);
      const sign = findText(p, 'PHÓ CHỦ TỊCH')!;
      expect(styleAt(p, sign.row, sign.col).font?.bold).toBe(true);
      expect(styleAt(p, sign.row, sign.col).horizontal).toBe('center');
      const date = findText(p, 'Tính đến ngày 15/10/2023')!;
      expect(styleAt(p, date.row, date.col).font?.italic).toBe(true);
      // The title is bold and centred across the whole table.
      const title = findCell(p, (v) => typeof v === 'string' && /^(BẢNG|KẾT QUẢ)/.test(v))!;
      expect(mergeAt(p, title.row, 0)).toEqual({ top: title.row, left: 0, bottom: title.row, right: p.columnWidths.length - 1 });
      expect(styleAt(p, title.row, 0).font?.bold).toBe(true);
      // The agency block sits left of the motto block.
      const agency = findText(p, 'UBND HUYỆN TRÀ CÚ')!;
      expect(mergeAt(p, agency.row, agency.col)!.right).toBeLessThan(motto.col);
    }
  });

  it('prints every sheet on A4 landscape, fit to width, header rows repeated and frozen', () => {
    for (const p of plans) {
      expect(p.print.paperSize).toBe('A4');
      expect(p.print.orientation).toBe('landscape');
      expect(p.print.fitToWidth).toBe(true);
      const rep = p.print.repeatRows!;
      expect(rep).toBeDefined();
      expect(p.print.margins).toBeDefined();
      // The repeated band starts at the TT header and holds only header cells.
      expect(p.values[rep.first][0]).toBe('TT');
      for (let r = rep.first; r <= rep.last; r++) expect(styleAt(p, r, 0).fill).toBeDefined();
      expect(styleAt(p, rep.last + 1, 0).fill).not.toBe('E2EFDA');
    }
    const m = sheet(plans, 'TH_Theo xã - NTM');
    expect(m.print.repeatRows!.last - m.print.repeatRows!.first).toBe(2);
    expect(m.freezeRows).toBe(m.print.repeatRows!.last + 1);
  });

  it('keeps every merge inside the sheet and no two merges overlapping', () => {
    for (const p of plans) {
      const w = p.columnWidths.length;
      for (const m of p.merges) {
        expect(m.top).toBeGreaterThanOrEqual(0);
        expect(m.left).toBeGreaterThanOrEqual(0);
        expect(m.bottom).toBeLessThan(p.values.length);
        expect(m.right).toBeLessThan(w);
      }
      for (let i = 0; i < p.merges.length; i++) {
        for (let j = i + 1; j < p.merges.length; j++) {
          const a = p.merges[i];
          const b = p.merges[j];
          const overlap = a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
          expect(overlap).toBe(false);
        }
      }
    }
  });

  it('writes Times New Roman, thin borders in tables, and fits the page width', () => {
    for (const p of plans) {
      for (const s of p.styles) if (s.style.font) expect(s.style.font.name).toBe('Times New Roman');
      const total = p.columnWidths.reduce((a, x) => a + x, 0);
      // Fit-to-width shrinks by at most ~20 %: still readable.
      expect(total).toBeLessThanOrEqual(170);
      expect(Math.min(...p.columnWidths)).toBeGreaterThanOrEqual(4.5);
      expect(styleAt(p, p.print.repeatRows!.last + 1, 1).border).toBe('thin');
    }
    // Every sheet but the wide commune matrix fits at 100 %.
    for (const p of plans.filter((x) => !x.name.startsWith('TH_Theo xã'))) {
      expect(p.columnWidths.reduce((a, x) => a + x, 0)).toBeLessThanOrEqual(140);
    }
  });

  it('writes user text as the exact string, never as a formula', () => {
    const s = seedSummary();
    s.communes[0].display = '=SUM(A1)';
    s.criteria[10].communesUnmet = ['=SUM(A1)', ...UNMET_11.slice(1)];
    const out = buildSummarySheets(input({ summary: s }));
    const m = sheet(out, 'TH_Theo xã - NTM');
    expect(findText(m, '=SUM(A1)')).toBeDefined();
    const c = sheet(out, 'TH_Theo tiêu chí');
    expect(findCell(c, (v) => v === `Có 11 xã chưa đạt, gồm: =SUM(A1), ${UNMET_11.slice(1).join(', ')}.`)).toBeDefined();
    for (const p of out) {
      for (const v of p.values.flat()) expect(v === null || typeof v === 'string' || typeof v === 'number').toBe(true);
    }
  });

  it('translates table words in English but keeps the legal frame Vietnamese', () => {
    const en = buildSummarySheets(input({ lang: 'en' }));
    const m = sheet(en, 'TH_Theo xã - NTM');
    const t = allTexts(m);
    expect(t).toContain('Average: 16.4 criteria per commune');
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('As of 15/10/2023');
    expect(findText(sheet(en, 'TH_Theo tiêu chí'), 'Communes meeting')).toBeDefined();
  });
});

describe('scale', () => {
  it('builds the commune sheet for 8,227 communes in linear time', () => {
    const names = Array.from({ length: 8227 }, (_, i) => COMMUNES[i % COMMUNES.length] + ' ' + (i + 1));
    const s = { ...seedSummary(), communes: communeRows(COMMUNES) };
    s.communes = names.map((n, i) => ({ ...communeRows([COMMUNES[i % COMMUNES.length]])[0], display: n, communeKey: `xa:${i}` }));
    const t0 = Date.now();
    const out = buildSummarySheets(input({ summary: s }));
    const ms = Date.now() - t0;
    const m = sheet(out, 'TH_Theo xã - NTM');
    const first = findText(m, names[0])!;
    expect(m.values[first.row + 8226][1]).toBe(names[8226]);
    expect(m.styles.length).toBeLessThan(100);
    expect(ms).toBeLessThan(3000);
  });
});

test('department sheet: the role words fit their column on one line in both languages', () => {
  const plan = departmentSheet('TH_Theo phòng ban', [], [], { agency: 'UBND HUYỆN TRÀ CÚ', place: 'Trà Cú', asOf: '2023-10-15', lang: 'vi' });
  const roleWidth = plan.columnWidths[3];
  for (const lang of ['vi', 'en'] as const) {
    for (const word of [labels(lang).lead, labels(lang).coordinator]) expect({ word, lines: estimateLines(word, roleWidth, TABLE_SIZE) }).toEqual({ word, lines: 1 });
  }
});

describe('the commune sheet of a set of a few criteria named in full', () => {
  // A province's own set from a definitions sheet: its criteria keep their full names.
  const ATTP: LayoutSet = {
    id: 'wb:attp', name: 'Bộ tiêu chí xã an toàn thực phẩm', shortName: 'Xã an toàn thực phẩm', level: 'commune', groups: [],
    criteria: [
      { code: '1', name: 'Cơ sở sản xuất được cấp giấy chứng nhận', shortName: 'Cơ sở sản xuất được cấp giấy chứng nhận' },
      { code: '2', name: 'Không có ngộ độc thực phẩm đông người', shortName: 'Không có ngộ độc thực phẩm đông người' },
      { code: '3', name: 'Chợ đạt chuẩn an toàn thực phẩm', shortName: 'Chợ đạt chuẩn an toàn thực phẩm' },
    ],
  };
  const ctx = { agency: 'UBND huyện Trà Cú', place: 'Trà Cú', asOf: '2023-10-15', lang: 'vi' as const };
  const rows = [communeRow({ communeKey: 'xa:tân sơn', display: 'Tân Sơn', met: ['1', '2'], unmet: ['3'], setId: 'wb:attp', criteriaTotal: 3 })];

  it('widens its criterion columns until every name fits in three header lines, and still fits the page', () => {
    const p = communeSheet('TH_Theo xã - ATTP', ATTP, rows, undefined, ctx);
    const widths = p.columnWidths.slice(2, 5);
    // "Cơ sở sản xuất được cấp giấy chứng nhận" is 39 characters: at 7 it takes 6 lines of 10-pt text.
    expect(estimateLines(ATTP.criteria[0].shortName, 7, 10)).toBeGreaterThan(3);
    for (const [i, w] of widths.entries()) expect(estimateLines(ATTP.criteria[i].shortName, w, 10)).toBeLessThanOrEqual(3);
    expect(Math.max(...widths)).toBeLessThanOrEqual(14);
    // The notes column keeps room for "Chưa đạt: 1, 2, 3".
    expect(p.columnWidths[p.columnWidths.length - 1]).toBeGreaterThanOrEqual(30);
  });

  it('leaves the 19-criteria set\'s columns as they were (at most 7), but for a word of capitals too wide for them', () => {
    // The shipped set's short names (the fixture's are the seed's own).
    const shipped = new Map(XA_NTM_2021.criteria.map((c) => [c.code, c.shortName ?? c.name]));
    const set = { ...XA_NTM, criteria: XA_NTM.criteria.map((c) => ({ ...c, shortName: shipped.get(c.code) ?? c.shortName })) };
    expect(shipped.get('13')).toBe('TCSX - PTKTNT');
    const p = communeSheet('TH_Theo xã - NTM', set, communeRows(), undefined, ctx);
    const widths = p.columnWidths.slice(2, 21);
    const of13 = widths[set.criteria.findIndex((c) => c.code === '13')];
    // "PTKTNT" in Times New Roman Bold 10 pt: P .611, T .667 ×3, K .778, N .722 em of 13.33 px = 54.8 px,
    // with the cell's ~3 px of padding 58 px: 8.3 units of Calibri 11's 7 px digit (it wrapped "PTKTN / T" at 5.6).
    expect(of13).toBeGreaterThanOrEqual(8.3);
    // Lowercase names keep the set's one width, at most 7.
    const lower = set.criteria.map((c, i) => [c.shortName, widths[i]] as const).filter(([n]) => !/[A-ZĐ]{2,}/u.test(n));
    expect(lower.length).toBeGreaterThan(8);
    expect(new Set(lower.map(([, w]) => w)).size).toBe(1);
    expect(Math.max(...lower.map(([, w]) => w))).toBeLessThanOrEqual(7);
    expect(Math.max(...widths)).toBeLessThanOrEqual(9);
  });
});
