// The closing block of every signed summary sheet (notes, signature, closing line) is found by
// the frame builder, and the page break the layout derives from it lands in the table's end.
import { buildSummarySheets } from '../../src/domain/layout';
import { communeSheet } from '../../src/domain/layout/commune-sheet';
import { criterionSheet } from '../../src/domain/layout/criterion-sheet';
import { departmentSheet } from '../../src/domain/layout/department-sheet';
import { districtSheet } from '../../src/domain/layout/district-sheet';
import { closingBreak } from '../../src/domain/layout/pagination';
import type { LinkedSheetPlan, ReportContext } from '../../src/domain/layout/types';
import { findText, styleAt } from './plan-inspect';
import { communeRows, HUYEN_NTM, seedSummary, XA_NTM } from './seed000-fixture';

const ctx: ReportContext = { agency: 'UBND huyện Trà Cú', place: 'Trà Cú', asOf: '2023-10-15', lang: 'vi' };

function signedSheets(): [string, LinkedSheetPlan][] {
  const s = seedSummary();
  return [
    ['commune', communeSheet('TH_Theo xã - NTM', XA_NTM, communeRows(), undefined, ctx)],
    ['criterion', criterionSheet('TH_Theo tiêu chí', s.criteria, [XA_NTM, HUYEN_NTM], ctx)],
    ['department', departmentSheet('TH_Theo phòng ban', s.departments, [XA_NTM, HUYEN_NTM], ctx)],
    ['district', districtSheet('TH_Tiêu chí huyện', s.district, HUYEN_NTM.name, ctx)],
  ];
}

describe('the closing block each signed sheet records', () => {
  it.each(signedSheets())('%s sheet: the table ends on its last bordered row, the notes follow a blank row, then the signature', (_, p) => {
    const c = p.closing!;
    expect(c).toBeDefined();
    expect(styleAt(p, c.tableEnd, 0).border).toBe('thin');
    expect(p.values[c.tableEnd + 1].every((v) => v === null)).toBe(true);
    expect(c.notes).toBe(c.tableEnd + 2);
    expect(String(p.values[c.notes][0])).toMatch(/^Ghi chú/);
    expect(c.signature).toBe(findText(p, 'NGƯỜI LẬP BIỂU')!.row);
    expect(p.values[c.signature - 1].every((v) => v === null)).toBe(true);
  });

  it("the department sheet's section rows (one per department) are its headings", () => {
    const p = signedSheets()[2][1];
    const sections = p.values.flatMap((r, i) => (typeof r[0] === 'string' && /^[IVXLC]+\. /.test(r[0]) ? [i] : []));
    expect(sections.length).toBe(seedSummary().departments.length);
    expect(p.closing!.headings).toEqual(sections);
  });

  it('the commune sheet keeps its last two communes and its two total rows with the block', () => {
    const p = signedSheets()[0][1];
    expect(p.closing!.keepWith).toBe(4);
    expect(p.values[p.closing!.tableEnd][0]).toBe('Tỷ lệ %');
    expect(p.values[p.closing!.tableEnd - 1][0]).toBe('Số xã đạt');
  });
});

describe('page breaks of the summary sheets', () => {
  const plans = buildSummarySheets({ summary: seedSummary(), sets: [XA_NTM, HUYEN_NTM], findings: [], marks: [], agency: 'UBND huyện Trà Cú', place: 'Trà Cú' });

  it('leave the closing block out of the plans the adapters get', () => {
    for (const p of plans) expect('closing' in p).toBe(false);
  });

  it('never break the checker-output sheets, which have no signature', () => {
    for (const name of ['TH_Kết quả kiểm tra', 'TH_Chú giải']) expect(plans.find((p) => p.name === name)!.print.pageBreaksBefore).toBeUndefined();
  });

  it('start the signature page of the commune sheet with its last two communes and the totals', () => {
    // The block (blank, 8 note lines, blank, 3 signature lines, 4 blank rows, blank, closing
    // line: 20 rows, about 330 pt) and 4 table rows fit well within a page of at least 516 pt,
    // and the page before keeps more than one commune in every view: the rule's first choice.
    const n = communeRows().length;
    const p = plans.find((x) => x.name === 'TH_Theo xã - NTM')!;
    const [c] = p.print.pageBreaksBefore!;
    expect(p.values[c][0]).toBe(n - 1);
    expect(p.values[c + 1][0]).toBe(n);
    expect(p.values[c + 2][0]).toBe('Số xã đạt');
  });

  it('never put the break between the two total rows, also for a commune\'s own sheet of one commune (seeds 001, 002)', () => {
    // One commune: the table is its row and the two totals. The block and the totals do not fit
    // under it on one page at 100 % in Excel's reading; "Tỷ lệ %" must not go alone with the notes.
    const p = communeSheet('TH_Theo xã - NTM', XA_NTM, communeRows(['Hòa Cư']), undefined, { ...ctx, agency: 'UBND xã Hòa Cư', place: 'Hòa Cư' });
    const total = p.values.findIndex((r) => r[0] === 'Số xã đạt');
    expect(closingBreak(p, p.closing!)).toBe(total);
  });

  it('print a commune\'s own sheet of one commune on one page, shrunk to fit, with no break at all', () => {
    // The break above would leave the commune's row alone under the header on page 1 (one-page.ts).
    const one = buildSummarySheets({ summary: { ...seedSummary(), communes: communeRows(['Hòa Cư']) }, sets: [XA_NTM, HUYEN_NTM], findings: [], marks: [], agency: 'UBND xã Hòa Cư', place: 'Hòa Cư' });
    const p = one.find((x) => x.name === 'TH_Theo xã - NTM')!;
    expect(p.print.pageBreaksBefore).toBeUndefined();
    expect(p.print.fitToHeight).toBe(1);
  });
});
