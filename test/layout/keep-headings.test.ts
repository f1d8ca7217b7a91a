// Section headings ("III. Công an huyện" over its department's rows, a criteria set's row over its
// criteria, "Số xã đạt" over "Tỷ lệ %") never end a printed page in any reading the layout
// estimates, and the breaks that keep them with their rows leave no page under a third full nor
// cut the closing block. Real plans: the bundled sample, 1- and 200-commune 2026 - 2030 plans
// and the bench generator's 200 communes; then small plans whose pages are worked by hand.
import { handPlan } from '../support/hand-plan';
import * as path from 'path';
import { generateWorkbookData } from '../../bench/generate';
import { readWorkbookFile } from '../../src/adapters/exceljs/read-workbook';
import { checkWorkbook } from '../../src/domain/check';
import { MIN_PAGE_FILL, pageBreaks } from '../../src/domain/layout/keep-headings';
import { closingBreak, pageGeometry, pageStarts, rowHeights, VIEWS } from '../../src/domain/layout/pagination';
import type { PrintView } from '../../src/domain/layout/pagination';
import type { ClosingBlock } from '../../src/domain/layout/types';
import type { SheetPlan } from '../../src/domain/plan/sheet-plan';
import { assignmentSheet, check, communesSheet, matrixSheet } from '../support/sheets';
import { definitionsTemplate } from '../../src/domain/definitions-template';
import { loadCatalog } from '../../src/domain/criteria/catalog';
import type { CheckResult } from '../../src/domain/check-types';

/** A section row as the reader sees it: "I. …" across the table, or the first of the two total rows. */
function isHeading(plan: SheetPlan, r: number): boolean {
  const first = plan.values[r][0];
  return typeof first === 'string' && (/^[IVXLC]+\. /.test(first) || first === 'Số xã đạt');
}

/** Rows of the notes under the table: the table ends two rows above ("Ghi chú", after a blank row). */
const notesRow = (plan: SheetPlan) => plan.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Ghi chú'));

/** Every printed page of `plan` in `view`, with how full it is (its rows and the repeated header). */
function pages(plan: SheetPlan, view: PrintView): { first: number; last: number; fill: number }[] {
  const h = rowHeights(plan, view);
  const { height } = pageGeometry(plan, view);
  const repeat = plan.print.repeatRows;
  const bounds = [0, ...pageStarts(h, height, repeat, plan.print.pageBreaksBefore ?? []), h.length];
  const sum = (a: number, b: number) => h.slice(a, b + 1).reduce((s, x) => s + x, 0);
  return bounds.slice(0, -1).map((first, i) => {
    const last = bounds[i + 1] - 1;
    return { first, last, fill: ((repeat && first > repeat.last ? sum(repeat.first, repeat.last) : 0) + sum(first, last)) / height };
  });
}

/** A 2026 - 2030 plan of `n` communes ("NĂM 2026" in the assignment's title), four departments leading its ten criteria. */
function plan2026(n: number): SheetPlan[] {
  const names = Array.from({ length: n }, (_, i) => `Xã Thử ${i + 1}`);
  const ten = Array.from({ length: 10 }, (_, i) => String(i + 1));
  const leads = ['Phòng Kinh tế', 'Phòng Kinh tế', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Phòng Kinh tế', 'Phòng Nội vụ', 'Công an huyện'];
  const assignment = assignmentSheet(ten.map((c, i) => [`Tiêu chí ${c}`, leads[i], null, null, `Quý ${['I', 'II', 'III', 'IV'][i % 4]}/2026`]));
  assignment.rows[1] = ['BẢNG PHÂN CÔNG THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026'];
  const rows = ten.map((c, k) => [c, `Tiêu chí ${c}`, ...names.map((_, j) => ((j * 7 + k * 3) % 5 === 0 ? 'Chưa đạt' : 'Đạt'))]);
  const status = matrixSheet(names, rows, 'Hiện trạng', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030');
  return check([assignment, communesSheet(names.map((x) => [x, 'Xã', 'Xã NTM'])), status], { asOf: '2026-11-25' }).sheetPlans;
}

const CASES: [string, () => Promise<SheetPlan[]>][] = [
  ['the bundled sample', async () => checkWorkbook(await readWorkbookFile(path.join(__dirname, '../../examples/tra-cu-2023.xlsx')), { asOf: '2023-10-15' }).sheetPlans],
  ['a 1-commune 2026 - 2030 plan', async () => plan2026(1)],
  ['a 200-commune 2026 - 2030 plan', async () => plan2026(200)],
  ['200 communes of the bench generator', async () => check(generateWorkbookData({ communes: 200, shape: 'matrix', seed: 7 }).sheets).sheetPlans],
];

describe.each(CASES)('the signed summary sheets of %s', (_, load) => {
  let signed: SheetPlan[];
  beforeAll(async () => {
    // Sheets with notes and a signature, printed on more than one page.
    signed = (await load()).filter((p) => notesRow(p) > 0 && !p.print.fitToHeight);
  });

  it('include a sheet with section headings that needs more than one page', () => {
    expect(signed.some((p) => p.values.some((_, r) => isHeading(p, r)))).toBe(true);
  });

  it('end no page with a section heading, in any reading', () => {
    const orphans = signed.flatMap((p) => VIEWS.flatMap((v) => pages(p, v).slice(0, -1).filter((g) => isHeading(p, g.last)).map((g) => [p.name, v.name, p.values[g.last][0]])));
    expect(orphans).toEqual([]);
  });

  it('leave no page a break ends (the last aside: the closing block\'s may) under a third full, in any reading', () => {
    const short = signed.flatMap((p) => {
      const breaks = (p.print.pageBreaksBefore ?? []).slice(0, -1);
      return VIEWS.flatMap((v) => pages(p, v).filter((g) => breaks.includes(g.last + 1) && g.fill < MIN_PAGE_FILL).map((g) => [p.name, v.name, g.first, g.last]));
    });
    expect(short).toEqual([]);
  });

  it('still print the notes and signature whole, on the page holding the end of the table or one a break starts', () => {
    const cut = signed.flatMap((p) => {
      const tableEnd = notesRow(p) - 2;
      const breaks = p.print.pageBreaksBefore ?? [];
      return VIEWS.flatMap((v) => {
        const inBlock = pages(p, v).filter((g) => g.first > tableEnd);
        return inBlock.length > 1 || inBlock.some((g) => !breaks.includes(g.first)) ? [[p.name, v.name]] : [];
      });
    });
    expect(cut).toEqual([]);
  });

  it('have at most one break per heading and one for the closing block', () => {
    for (const p of signed) {
      const headings = p.values.filter((_, r) => isHeading(p, r)).length;
      expect((p.print.pageBreaksBefore ?? []).length).toBeLessThanOrEqual(headings + 1);
    }
  });
});

// Hand-worked plans, as in pagination.test.ts: rows of 18 pt, columns 10 + 40 + 40 (100 % in
// Excel), header row 2 repeated; A4 landscape leaves 516.08 pt of rows, 28 rows on page 1
// (504 pt) and 27 under the repeated header on the next (18 + 486).
const EXCEL = VIEWS.find((v) => v.name === 'excel')!;

const plan = (rows: number, height: (r: number) => number = () => 18): SheetPlan => handPlan(rows, height);

/** Table to `tableEnd`, a blank row, two note lines, a blank row, the signature from tableEnd + 5. */
const block = (tableEnd: number, headings: number[]): ClosingBlock => ({ tableEnd, notes: tableEnd + 2, signature: tableEnd + 5, keepWith: 2, headings });

describe('page breaks of hand-worked pages', () => {
  it('go above a heading that would end a page, and above the first of a run of them', () => {
    // Page 1 holds rows 0–27; a break above 27 leaves it 27 rows (486 pt, 94 %) and page 2 takes
    // rows 27–49 (18 + 23 × 18 = 432 pt), table to 40 and the block after.
    expect(pageBreaks(plan(50), block(40, [12, 27]), [EXCEL])).toEqual([27]);
    expect(pageBreaks(plan(50), block(40, [26, 27]), [EXCEL])).toEqual([26]);
  });

  it('follow the pages a break moves: the next page may then end with a heading', () => {
    // With the break above 27, page 2 holds rows 27–53 and ends with the heading at 53; without
    // it, page 2 holds 28–54. Page 3 from 53 takes the rest: 18 + 27 × 18 = 504 pt.
    expect(pageBreaks(plan(80), block(70, [27, 53]), [EXCEL])).toEqual([27, 53]);
    expect(pageBreaks(plan(80), block(70, [53]), [EXCEL])).toEqual([]);
  });

  it('go a row or two higher where the break above the heading would leave another reading a page under a third full', () => {
    // A wider reading (9.3 pt a unit: 837 pt, 92 %, 560.96 pt of rows) fits 31 rows on page 1,
    // ending with the heading at 30. A break above 30 leaves Excel rows 28–29 on a page (54 pt,
    // 10 %), above 29 row 28 alone; above 28 is where Excel starts page 2 anyway.
    const wide: PrintView = { ...EXCEL, name: 'wide', columnPoints: (w) => w * 9.3 };
    expect(pageGeometry(plan(50), wide).scale).toBe(0.92);
    expect(pageBreaks(plan(50), block(40, [30]), [wide])).toEqual([30]);
    expect(pageBreaks(plan(50), block(40, [30]), [EXCEL, wide])).toEqual([28]);
  });

  it('go higher than the section before to a row where another reading starts its page already', () => {
    // A wider reading (10 pt a unit: 86 %, 600.09 pt of rows) fits 33 rows on page 1, ending with
    // the heading at 32, under the 2 rows of the section headed at 29 (the sample's department
    // sheet: "V. Hội LHPN" over "VI. Phòng Y tế"). Excel starts page 2 at 28: a break at 29–32
    // leaves it a page of 1–4 rows; one at 28 changes none of Excel's pages.
    const wider: PrintView = { ...EXCEL, name: 'wider', columnPoints: (w) => w * 10 };
    expect(pageGeometry(plan(50), wider).scale).toBe(0.86);
    expect(pageBreaks(plan(50), block(40, [29, 32]), [EXCEL, wider])).toEqual([28]);
  });

  it('add none that would leave a page under a third full', () => {
    // Row 9 is 450 pt: page 1 ends with the heading at 8 (162 pt of rows). Above it, page 1
    // would keep rows 0–7, 144 pt: 28 % of the page.
    expect(pageBreaks(plan(30, (r) => (r === 9 ? 450 : 18)), block(20, [8]), [EXCEL])).toEqual([]);
  });

  it('go no higher than the section before, and add none where every row up to it leaves a page under a third full', () => {
    // Table to 30, the block rows 31–54: page 2 holds rows 28–54 exactly. A break above the
    // heading at 27 pushes row 54 to a third page, so the closing block's break goes above its
    // last two table rows, 29: rows 27–28 are left a page of 54 pt (10 %); up to the heading at
    // 22, rows 22–28 are 144 pt (28 %).
    expect(pageBreaks(plan(55), block(30, [22, 27]), [EXCEL])).toEqual([]);
    // With no heading above 27 the section before is the whole table: up to row 20, rows 20–28
    // are 180 pt (35 %).
    expect(pageBreaks(plan(55), block(30, [27]), [EXCEL])).toEqual([20, 29]);
  });

  it('place the closing block\'s break again below theirs, as they move the pages before it', () => {
    // Alone, page 3 would start at row 55, in the block (43–56): its break goes above 41. With
    // the heading's above 27, page 2 holds rows 27–40 (270 pt) and the block's page is the same.
    expect(closingBreak(plan(57), block(42, [27]), [EXCEL])).toBe(41);
    expect(pageBreaks(plan(57), block(42, [27]), [EXCEL])).toEqual([27, 41]);
    // Here the block needs none until the heading's break pushes row 54 past page 2: it then
    // starts page 3 with the table's last two rows, 44–45.
    expect(closingBreak(plan(55), block(45, [27]), [EXCEL])).toBeUndefined();
    expect(pageBreaks(plan(55), block(45, [27]), [EXCEL])).toEqual([27, 44]);
  });
});

describe('the definitions template ("Thêm trang bộ tiêu chí")', () => {
  // Every shipped set: a workbook that uses none yet gets them all, one section row each.
  const template = definitionsTemplate({ summary: { sets: [] } as unknown as CheckResult['summary'], definedSets: [] }, []);
  const plan = template.plan!;
  const setNames = new Set(loadCatalog().map((s) => s.name));
  const setRows = plan.values.flatMap((row, r) => (row.some((v) => typeof v === 'string' && setNames.has(v)) ? [r] : []));

  it('has several sets over several pages', () => {
    expect(setRows.length).toBeGreaterThan(2);
    expect(plan.print.fitToHeight).toBeUndefined();
  });

  it('ends no page with a set\'s row, in any reading, and leaves no page a break ends under a third full', () => {
    // Before: the template's set rows were never given to pagination (it has no closing block).
    const orphans = VIEWS.flatMap((v) => pages(plan, v).slice(0, -1).filter((g) => setRows.includes(g.last)).map((g) => [v.name, g.last]));
    expect(orphans).toEqual([]);
    const breaks = new Set(plan.print.pageBreaksBefore ?? []);
    const short = VIEWS.flatMap((v) => pages(plan, v).slice(0, -1).filter((g, i, all) => breaks.has(all[i + 1]?.first ?? -1) && g.fill < MIN_PAGE_FILL).map((g) => [v.name, g.first]));
    expect(short).toEqual([]);
  });
});
