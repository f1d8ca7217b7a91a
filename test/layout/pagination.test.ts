// Page estimates of a summary sheet and where the closing block's page break goes. Expected
// values come from the page geometry worked by hand in the comments:
//   A4 landscape is 841.89 × 595.28 pt; the layout's margins are left 0.5, right 0.4, top 0.6,
//   bottom 0.5 inches, so rows get 595.28 − (0.6 + 0.5) × 72 = 595.28 − 79.2 = 516.08 pt of
//   height, and columns 841.89 − (0.5 + 0.4) × 72 = 841.89 − 64.8 = 777.09 pt of width.
import { handPlan } from '../support/hand-plan';
import { closingBreak, excelColumnPoints, pageGeometry, pageStarts, rowHeights, VIEWS } from '../../src/domain/layout/pagination';
import type { PrintView } from '../../src/domain/layout/pagination';
import type { ClosingBlock } from '../../src/domain/layout/types';
import type { SheetPlan } from '../../src/domain/plan/sheet-plan';

const EXCEL = VIEWS.find((v) => v.name === 'excel')!;

/** The hand-made plan (test/support/hand-plan.ts): 100 % in every view, header row 2 repeated. */
const plan = handPlan;

/** Table rows 3..tableEnd, a blank row, note lines, a blank row, then the signature to the last row. */
function block(tableEnd: number, noteLines: number, keepWith = 2): ClosingBlock {
  const notes = tableEnd + 2;
  return { tableEnd, notes, signature: notes + noteLines + 1, keepWith };
}

describe('page geometry', () => {
  it('converts Excel column widths the way Excel draws them (7 px a unit for Calibri 11, padding included)', () => {
    // Excel's default column is 9.140625 units in the file: trunc((256 × 9.140625 + 18) / 256 × 7)
    // = trunc(64.49) = 64 px = 48 pt. A 5-unit column: trunc(35.49) = 35 px = 26.25 pt.
    expect(excelColumnPoints(9.140625)).toBe(48);
    expect(excelColumnPoints(5)).toBe(26.25);
  });

  it('shrinks a wide sheet to the page width by whole percents, which lengthens the page in row points', () => {
    // Four columns of 50 units: trunc((12800 + 18) / 256 × 7) = trunc(350.49) = 350 px = 262.5 pt
    // each, 1,050 pt in all; 777.09 / 1050 = 74.0 % → 0.74; rows get 516.08 / 0.74 = 697.41 pt.
    const wide = { ...plan(5), columnWidths: [50, 50, 50, 50] };
    const g = pageGeometry(wide, EXCEL);
    expect(g.scale).toBe(0.74);
    expect(g.height).toBeCloseTo(697.41, 2);
    // Narrow columns are never enlarged: 90 units print at 100 %, 516.08 pt of rows.
    expect(pageGeometry(plan(5), EXCEL)).toEqual({ scale: 1, height: expect.closeTo(516.08, 2) });
  });

  it('reads rows without a planned height as Excel grows them and as LibreOffice keeps them', () => {
    // 12-pt text: Excel fits one line, 12 × 1.3 = 15.6 pt = 20.8 px → 21 px = 15.75 pt; 9-pt text
    // (11.7 pt) stays at the 15-pt default; LibreOffice keeps every such row at 15 pt.
    // A planned 32 pt is 42.67 px: LibreOffice draws 42 px = 31.5 pt, Excel the 32 asked for.
    const p = plan(3, (r) => (r === 1 ? 32 : undefined), 12);
    expect(Array.from(rowHeights(p, EXCEL))).toEqual([15.75, 32, 15.75]);
    expect(Array.from(rowHeights(plan(1, () => undefined, 9), EXCEL))).toEqual([15]);
    expect(Array.from(rowHeights(p, VIEWS.find((v) => v.name === 'libreoffice')!))).toEqual([15, 31.5, 15]);
  });

  it('starts a page where a row no longer fits, with the repeated rows on top, and at manual breaks', () => {
    // 18-pt rows: 516.08 / 18 = 28.7, so rows 0–27 fill page 1; from row 28 the repeated header
    // takes 18 pt, leaving 27 rows (28–54) for page 2 and row 55 starting page 3.
    const h = new Array(60).fill(18);
    expect(pageStarts(h, 516.08, { first: 2, last: 2 })).toEqual([28, 55]);
    // A break above row 10: page 2 holds rows 10–36, page 3 starts at 37.
    expect(pageStarts(h, 516.08, { first: 2, last: 2 }, [10])).toEqual([10, 37]);
  });
});

describe('where the closing block breaks', () => {
  it('adds no break when the whole sheet fits on one page', () => {
    // 25 rows × 18 pt = 450 pt ≤ 516.08: one page in every view.
    expect(closingBreak(plan(25), block(14, 2))).toBeUndefined();
  });

  it('adds no break when the block already prints with the last rows of the table', () => {
    // 40 rows: page 2 starts at row 28 (see above) and holds rows 28–39, the table's last three
    // (28–30) among them, then the block from 31.
    expect(closingBreak(plan(40), block(30, 2))).toBeUndefined();
  });

  it('moves the last two table rows with a signature that would print alone on page 2', () => {
    // Table to row 24; blank 25; note lines 26–27; blank 28; signature 29–34 (35 rows).
    // Row 28 starts page 2, so the notes end page 1 and page 2 has only the signature.
    // Keeping the last two table rows: a break above row 23; page 2 then takes the header
    // 18 + rows 23–34, 12 × 18 = 216 → 234 pt ≤ 516.08, and page 1 keeps rows 3–22.
    const p = plan(35);
    const b = block(24, 2);
    expect(b.signature).toBe(29);
    expect(closingBreak(p, b)).toBe(23);
    expect(pageStarts(rowHeights(p, EXCEL), 516.08, p.print.repeatRows, [23])).toEqual([23]);
  });

  it('moves the block when the page boundary cuts the signature', () => {
    // 17.25-pt rows (23 px, drawn alike by every view): 516.08 / 17.25 = 29.9, rows 0–28 fill
    // page 1 and row 29 starts page 2, inside the signature rows 28–33. Break above row 23.
    expect(closingBreak(plan(34, () => 17.25), block(24, 1))).toBe(23);
  });

  it('carries fewer table rows when the block leaves room for only one', () => {
    // Page 2 holds the header and 27 rows of 18 pt. Table to row 10, then 26 rows of block
    // (11–36): the block and one table row make 27, two would make 28. Break above row 10.
    const p = plan(37);
    expect(closingBreak(p, block(10, 22))).toBe(10);
  });

  it('starts the page with the notes when no table row fits with them, and splits the notes as a last resort', () => {
    // Table to row 10; blank 11; notes 12–35 (24 lines); blank 36; signature 37–38 (39 rows).
    // The block after the table is 28 rows: with even one table row, 29 > 27. From the notes:
    // rows 12–38 are 27 rows → 18 + 486 = 504 ≤ 516.08, a break above row 12.
    expect(closingBreak(plan(39), block(10, 24))).toBe(12);
    // Two more note lines (26: rows 12–37, blank 38, signature 39–40): rows 12–40 are 29, too
    // many; the signature with the last two note lines (36–37) is 5 rows: a break above row 36.
    expect(closingBreak(plan(41), block(10, 26))).toBe(36);
  });

  it('breaks when any view cuts the block, here Excel growing 14-pt rows that LibreOffice keeps at 15 pt', () => {
    // 30 rows of 14-pt text, no planned heights. LibreOffice: 30 × 15 = 450 ≤ 516.08, one page.
    // Excel: 14 × 1.3 = 18.2 pt = 24.3 px → 25 px = 18.75 pt a row; 516.08 / 18.75 = 27.5, so
    // row 27 starts page 2, inside the block (table to row 20). Break above row 19: Excel's
    // page 2 is 18.75 + 11 × 18.75 = 225 pt, LibreOffice's 15 + 11 × 15 = 180.
    const p = plan(30, () => undefined, 14);
    const b = block(20, 2);
    expect(closingBreak(p, b, VIEWS.filter((v) => v.name.startsWith('libreoffice')))).toBeUndefined();
    expect(closingBreak(p, b)).toBe(19);
  });

  it('carries one row more rather than leave a page of one row in another view', () => {
    // View A is Excel's with 18-pt rows: page 2 starts at 28 and holds rows 28–54, page 3 at 55.
    // View B reads each width unit as 12 pt: 90 × 12 = 1,080 pt, 777.09 / 1080 = 71.95 % → 0.71,
    // so 516.08 / 0.71 = 726.87 pt of rows: rows 0–39 (720 pt) fill page 1, page 2 starts at 40.
    // Table to row 42, block 43–56 (57 rows). A's page 3 starts at 55, in the block; B cuts nothing.
    // Keeping 2 rows (break above 41) would leave B a page with row 40 alone; 3 rows (above 40)
    // is where B's page starts anyway, and A's page 2 keeps rows 28–39. So: above 40.
    const a: PrintView = { ...EXCEL, name: 'a', autoRow: () => 18 };
    const b: PrintView = { ...a, name: 'b', columnPoints: (w) => w * 12 };
    const p = plan(57, () => undefined);
    expect(pageStarts(rowHeights(p, b), pageGeometry(p, b).height, p.print.repeatRows)).toEqual([40]);
    expect(closingBreak(p, block(42, 2), [a])).toBe(41);
    expect(closingBreak(p, block(42, 2), [a, b])).toBe(40);
  });
});

describe('section headings', () => {
  it('go with the rows under them rather than end a page', () => {
    // As "moves the last two table rows…" (break above 23), but row 22 heads a section of the
    // table: it moves too, the break goes above 22; the page then holds 18 + 13 × 18 = 252 pt.
    const b = { ...block(24, 2), headings: [15, 22] };
    expect(closingBreak(plan(35), b)).toBe(22);
  });
});
