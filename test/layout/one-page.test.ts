// Short summary sheets print on one page, shrunk to fit, instead of two pages split a few rows
// apiece; long ones keep the closing block's page break. Geometry as in pagination.test.ts:
// A4 landscape with the layout's margins leaves 516.08 pt of rows and 777.09 pt of columns.
import { handPlan } from '../support/hand-plan';
import { fitsOnOnePage, MIN_ONE_PAGE_SCALE, onePageScale } from '../../src/domain/layout/one-page';
import { paginate } from '../../src/domain/layout/paginate';
import { closingBreak, pageGeometry, rowHeights, VIEWS } from '../../src/domain/layout/pagination';
import type { PrintView } from '../../src/domain/layout/pagination';
import type { ClosingBlock, LinkedSheetPlan } from '../../src/domain/layout/types';
import type { SheetPlan } from '../../src/domain/plan/sheet-plan';
import { check, matrixSheet } from '../support/sheets';

const EXCEL = VIEWS.find((v) => v.name === 'excel')!;

/** `rows` rows of 18 pt over columns 10 + 40 + 40 (100 % in every view), header row 2 repeated. */
const plan = (rows: number, closing?: ClosingBlock): LinkedSheetPlan => ({ ...handPlan(rows), ...(closing ? { closing } : {}) });

/** Table rows 3..tableEnd, a blank row, two note lines, a blank row, the signature to the last row. */
const block = (tableEnd: number): ClosingBlock => ({ tableEnd, notes: tableEnd + 2, signature: tableEnd + 5, keepWith: 2 });

describe('the one-page scale', () => {
  it('is the width\'s when the rows fit, else the whole percent that fits them, as Excel picks it', () => {
    // 25 rows of 18 pt = 450 ≤ 516.08: 100 %. 35 rows = 630 pt: 516.08 / 630 = 81.9 % → 0.81.
    expect(onePageScale(plan(25), EXCEL)).toBe(1);
    expect(onePageScale(plan(35), EXCEL)).toBe(0.81);
    // 41 rows = 738 pt: 69.9 % → 0.69, under the 70 % floor.
    expect(onePageScale(plan(41), EXCEL)).toBe(0.69);
    expect(MIN_ONE_PAGE_SCALE).toBe(0.7);
  });

  it('does not count against a view whose width already shrinks the sheet below the floor, when the rows fit there', () => {
    // A view reading a width unit as 13 pt: 90 × 13 = 1,170 pt, 777.09 / 1170 = 66.4 % → 0.66,
    // and 516.08 / 0.66 = 781.9 pt of rows: 35 rows (630 pt) fit at the width's own scale.
    const narrow: PrintView = { ...EXCEL, name: 'narrow', columnPoints: (w) => w * 13 };
    expect(pageGeometry(plan(35), narrow).scale).toBe(0.66);
    expect(onePageScale(plan(35), narrow)).toBe(0.66);
    expect(fitsOnOnePage(plan(35), [EXCEL, narrow])).toBe(true);
    // 45 rows (810 pt) need 0.63 there: below both the floor and the width's scale.
    expect(fitsOnOnePage(plan(45), [narrow])).toBe(false);
  });
});

describe('paginate', () => {
  it('prints a sheet a fifth taller than the page on one page, without the break that would split it', () => {
    // 35 rows, table to row 24 and the block to 34: at 100 % page 2 would start at row 28, in the
    // notes, and the keep rule alone puts a break above row 23 — two pages of 20 and 2 table rows.
    const p = plan(35, block(24));
    expect(closingBreak(p, block(24))).toBe(23);
    paginate(p);
    expect(p.print.pageBreaksBefore).toBeUndefined();
    expect(p.print.fitToHeight).toBe(1);
    expect('closing' in p).toBe(false);
  });

  it('keeps the closing block\'s break, and as many pages as the rows need, when one page would print under 70 %', () => {
    // 60 rows = 1,080 pt: one page at 47 %. Table to row 49, so the block (50–59) would start page 3 alone.
    const p = plan(60, block(49));
    expect(onePageScale(p, EXCEL)).toBeLessThan(MIN_ONE_PAGE_SCALE);
    paginate(p);
    expect(p.print.fitToHeight).toBeUndefined();
    expect(p.print.pageBreaksBefore).toEqual([closingBreak(plan(60), block(49))]);
  });

  it('fits a short sheet without a closing block (the checker output) on one page too', () => {
    const p = plan(35);
    paginate(p);
    expect(p.print.fitToHeight).toBe(1);
    expect(p.print.pageBreaksBefore).toBeUndefined();
  });
});

describe('a small 2026 - 2030 plan (10 criteria), as the command line lays it out', () => {
  const TEN = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
  const NAMES = ['Tân Sơn', 'Long Hiệp', 'Hòa Cư', 'Phước Hưng', 'Tập Sơn'];
  /** Each commune misses two criteria, as in the plan that printed 3 + 2 communes. */
  function plans(n: number): SheetPlan[] {
    const communes = NAMES.slice(0, n);
    const rows = TEN.map((c, k) => [c, `Tiêu chí ${c}`, ...communes.map((_, j) => (k === j || k === j + 5 ? 'Chưa đạt' : 'Đạt'))]);
    const status = matrixSheet(communes, rows, 'Hiện trạng', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030');
    return check([status], { asOf: '2026-11-25' }).sheetPlans;
  }
  const byCommune = (ps: SheetPlan[]) => ps.find((p) => p.name.startsWith('TH_Theo xã'))!;
  const rowsAt100 = (p: SheetPlan) => rowHeights(p, EXCEL).reduce((a, h) => a + h, 0);

  it.each([1, 3, 5])('%i communes: the by-commune sheet with its notes and signature has no manual row break and prints on one page', (n) => {
    const p = byCommune(plans(n));
    expect(p.print.pageBreaksBefore).toBeUndefined();
    expect(p.print.fitToHeight).toBe(1);
    for (const v of VIEWS) expect(onePageScale(p, v)).toBeGreaterThanOrEqual(Math.min(MIN_ONE_PAGE_SCALE, pageGeometry(p, v).scale));
  });

  it('5 communes need the shrink: their rows are taller than the page at 100 % in Excel', () => {
    const p = byCommune(plans(5));
    expect(pageGeometry(p, EXCEL).scale).toBe(1);
    expect(rowsAt100(p)).toBeGreaterThan(pageGeometry(p, EXCEL).height);
  });
});
