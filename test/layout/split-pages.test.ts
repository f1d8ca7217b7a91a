// How the by-commune sheet's pages split as the communes grow, in every reading the layout
// estimates: a sheet too tall for one page is split so that the page the break ends keeps at
// least two communes, and a sheet of one or two communes is never split at all.
import { buildSummarySheets } from '../../src/domain/layout';
import { pageGeometry, pageStarts, rowHeights, VIEWS } from '../../src/domain/layout/pagination';
import type { SheetPlan } from '../../src/domain/plan/sheet-plan';
import { check, matrixSheet } from '../support/sheets';
import { COMMUNES, communeRows, HUYEN_NTM, seedSummary, XA_NTM } from './seed000-fixture';

const NAMES = [...COMMUNES, ...Array.from({ length: 25 }, (_, i) => `Xã Thử ${i + 1}`)];

/** Communes (table rows above "Số xã đạt") on the page the manual break ends, in each view. */
function beforeBreak(plan: SheetPlan): number[] {
  const first = plan.print.repeatRows!.last + 1;
  const last = plan.values.findIndex((r) => r[0] === 'Số xã đạt') - 1;
  const [c] = plan.print.pageBreaksBefore!;
  return VIEWS.map((v) => {
    const starts = pageStarts(rowHeights(plan, v), pageGeometry(plan, v).height, plan.print.repeatRows, [c]);
    const from = Math.max(0, ...starts.filter((s) => s < c));
    return Math.max(0, Math.min(c - 1, last) - Math.max(from, first) + 1);
  });
}

function seedSheet(n: number): SheetPlan {
  const plans = buildSummarySheets({ summary: { ...seedSummary(), communes: communeRows(NAMES.slice(0, n)) }, sets: [XA_NTM, HUYEN_NTM], findings: [], marks: [], agency: 'UBND huyện Trà Cú', place: 'Trà Cú' });
  return plans.find((p) => p.name === 'TH_Theo xã - NTM')!;
}

function laterPeriodSheet(n: number): SheetPlan {
  const communes = NAMES.slice(0, n);
  const rows = Array.from({ length: 10 }, (_, k) => [String(k + 1), `Tiêu chí ${k + 1}`, ...communes.map((_, j) => ((j + k) % 5 === 0 ? 'Chưa đạt' : 'Đạt'))]);
  const status = matrixSheet(communes, rows, 'Hiện trạng', 'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2026');
  return check([status], { asOf: '2026-11-25' }).sheetPlans.find((p) => p.name.startsWith('TH_Theo xã'))!;
}

const SIZES = Array.from({ length: 40 }, (_, i) => i + 1);

describe.each([
  ['the 2021 - 2025 set (19 criteria, seed 000)', seedSheet],
  ['the 2026 - 2030 set (10 criteria)', laterPeriodSheet],
])('by-commune sheet of %s', (_, sheet) => {
  const plans = SIZES.map((n) => [n, sheet(n)] as const);

  it('of one or two communes prints on one page, never split', () => {
    const small = plans.filter(([n]) => n <= 2);
    expect(small.map(([n, p]) => [n, p.print.pageBreaksBefore, p.print.fitToHeight])).toEqual(small.map(([n]) => [n, undefined, 1]));
  });

  it('split by its closing block\'s break keeps at least two communes on the page the break ends, in every reading', () => {
    const split = plans.filter(([, p]) => p.print.pageBreaksBefore);
    expect(split.length).toBeGreaterThan(20);
    // [communes, fewest communes on that page in any reading] of every size that breaks the rule.
    expect(split.map(([n, p]) => [n, Math.min(...beforeBreak(p))]).filter(([, kept]) => kept < 2)).toEqual([]);
  });
});
