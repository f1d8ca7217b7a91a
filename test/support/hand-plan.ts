// A hand-made summary plan for pagination tests: `rows` rows over three columns 10 + 40 + 40 = 90
// units wide (472.5 pt in Excel, 630 pt even at the widest reading, 7 pt a unit: under the 777.09 pt
// of an A4 landscape page, so printed at 100 % in every view). Title rows 0–1, the header row 2
// repeated on every page. `height(r)`: the row's planned height; undefined leaves it to the program.
import { A4_MARGINS } from '../../src/domain/layout/plan-builder';
import type { SheetPlan } from '../../src/domain/plan/sheet-plan';

export function handPlan(rows: number, height: (r: number) => number | undefined = () => 18, fontSize?: number): SheetPlan {
  const rowHeights: SheetPlan['rowHeights'] = [];
  for (let r = 0; r < rows; r++) {
    const h = height(r);
    if (h !== undefined) rowHeights.push({ row: r, height: h });
  }
  return {
    name: 'TH_Thử',
    values: Array.from({ length: rows }, (_, r) => [r, `dòng ${r}`, null]),
    styles: fontSize ? [{ rect: { top: 0, left: 0, bottom: rows - 1, right: 2 }, style: { font: { name: 'Times New Roman', size: fontSize } } }] : [],
    merges: [],
    columnWidths: [10, 40, 40],
    rowHeights,
    print: { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: { first: 2, last: 2 }, margins: { ...A4_MARGINS } },
  };
}
