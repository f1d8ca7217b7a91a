// "Chú giải": what each mark colour means (in words, not colour alone), then every marked
// cell with a link to it, so the marks can be reviewed even on a black-and-white printout.
import { toA1 } from '../model/address';
import { MARK_PRIORITY, MARK_STYLES } from '../plan/highlight-plan';
import type { HighlightMark, MarkKind } from '../plan/highlight-plan';
import type { PlanStyle } from '../plan/sheet-plan';
import { adminFrame, frameFooter, sizeHeaderRows, tableHeader } from './admin-frame';
import type { HeaderCell } from './admin-frame';
import { labels, markMeaning } from './labels';
import { PlanBuilder, rect } from './plan-builder';
import { cellReference } from './sheet-name';
import { bodyCell, frameText } from './styles';
import { charsPerLine, estimateLines, heightForLines } from './text-fit';
import { legendMarks } from './legend-marks';
import type { LinkedSheetPlan, ReportContext } from './types';
import { NUMBER_FORMATS } from './vi-format';

const WIDTHS = [5, 18, 8, 14, 72, 9];
const SIZE = 11;

/** Marked cells listed one per row, at most. */
export const MAX_LISTED = 2000;

export function legendSheet(name: string, marks: HighlightMark[], ctx: ReportContext): LinkedSheetPlan {
  const L = labels(ctx.lang);
  const b = new PlanBuilder(name).setColumnWidths(WIDTHS);
  const top = adminFrame(b, { ctx, title: L.legendTitle, compact: true });

  // Part 1: one row per mark kind, most urgent first.
  const h1: HeaderCell[] = [
    { row: top, col: 0, text: L.tt },
    { row: top, col: 1, text: L.colour },
    { row: top, col: 2, cols: 2, text: L.markKind },
    { row: top, col: 4, text: L.meaning },
    { row: top, col: 5, text: L.cellCount },
  ];
  tableHeader(b, top, top, h1, { repeat: false, freeze: false });
  sizeHeaderRows(b, h1, 11);
  const view = legendMarks(marks);
  const cells = view.cellsPerKind();
  MARK_PRIORITY.forEach((kind, i) => {
    const r = top + 1 + i;
    const meaning = markMeaning(kind, ctx.lang);
    b.set(r, 0, i + 1);
    b.set(r, 1, null);
    b.merge(rect(r, 2, r, 3), MARK_STYLES[kind].label[ctx.lang]);
    b.setRow(r, 4, [meaning, cells.get(kind) ?? 0]);
    b.style(rect(r, 0, r, 5), bodyCell({ size: SIZE, wrap: true }));
    b.style(rect(r, 0, r, 0), bodyCell({ size: SIZE, horizontal: 'center' }));
    b.style(rect(r, 1, r, 1), bodyCell({ size: SIZE, fill: MARK_STYLES[kind].fill }));
    b.style(rect(r, 2, r, 3), bodyCell({ size: SIZE, bold: true, wrap: true }));
    b.style(rect(r, 5, r, 5), bodyCell({ size: SIZE, horizontal: 'center', numberFormat: NUMBER_FORMATS.thousands }));
    const lines = estimateLines(meaning, WIDTHS[4], SIZE);
    if (lines > 1) b.height(r, heightForLines(lines, SIZE));
  });
  let r = top + 1 + MARK_PRIORITY.length;
  const priority = MARK_PRIORITY.map((k) => MARK_STYLES[k].label[ctx.lang]).join(' > ');
  r = frameFooter(b, r, { ctx, lines: [L.legendNote(priority)], italic: () => true, signature: false }) + 1;

  // Part 2: the marked cells, each linked.
  b.merge(rect(r, 0, r, 4), L.markedCells, frameText({ bold: true, horizontal: 'left' }));
  r += 2;
  const h2: HeaderCell[] = [L.tt, L.sheet, L.cell, L.markKind, L.cue].map((text, col) => ({ row: r, col, text }));
  tableHeader(b, r, r, h2, { right: 4, freeze: false });
  sizeHeaderRows(b, h2, 11);
  let first = r + 1;
  // A national workbook can carry 100,000 marks: list the first ones and say how many there are.
  const sorted = view.first(MAX_LISTED);
  const all = marks;
  if (all.length > MAX_LISTED) {
    b.merge(rect(first, 0, first, 4), ctx.lang === 'en' ? `First ${MAX_LISTED} of ${all.length} marked cells listed; every mark is on its sheet.` : `Liệt kê ${MAX_LISTED} trong ${all.length} ô được đánh dấu; mọi ô đều đã được tô trên trang của nó.`, bodyCell({ size: SIZE, italic: true }));
    first++;
  }
  if (sorted.length === 0) {
    b.merge(rect(first, 0, first, 4), L.noMarks, bodyCell({ size: SIZE, italic: true }));
    return b.build();
  }
  // The marks come in runs of one sheet: its name is measured, and its link prefix made, once per
  // run. A cue is measured where it changes: a short one (most) at a glance (estimateLines), cheaper
  // than a cache keyed by fresh texts; a longer one once per text (one per code and deadline).
  const shortCue = charsPerLine(WIDTHS[4], SIZE);
  const longCues = new Map<string, number>();
  let lastCue: string | undefined;
  let cue = 1;
  let sheet: string | undefined;
  let sheetLines = 1;
  let linkPrefix = '';
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    if (m.sheet !== sheet) {
      sheet = m.sheet;
      sheetLines = estimateLines(sheet, WIDTHS[1], SIZE);
      linkPrefix = cellReference(sheet, '');
    }
    if (m.cue !== lastCue) {
      lastCue = m.cue;
      if (m.cue.length <= shortCue) cue = estimateLines(m.cue, WIDTHS[4], SIZE);
      else {
        const known = longCues.get(m.cue);
        if (known === undefined) longCues.set(m.cue, (cue = estimateLines(m.cue, WIDTHS[4], SIZE)));
        else cue = known;
      }
    }
    const row = first + i;
    const a1 = toA1(m.row, m.col);
    // The whole width (the last column empty), so the row is kept as it is (PlanBuilder.build).
    b.setRow(row, 0, [i + 1, sheet, a1, MARK_STYLES[m.kind].label[ctx.lang], m.cue, null]);
    b.link(row, 2, linkPrefix + a1);
    const lines = Math.max(cue, sheetLines);
    if (lines > 1) b.height(row, heightForLines(lines, SIZE));
  }
  const last = first + sorted.length - 1;
  b.style(rect(first, 0, last, 0), bodyCell({ size: SIZE, horizontal: 'center', numberFormat: NUMBER_FORMATS.integer }));
  b.style(rect(first, 1, last, 1), bodyCell({ size: SIZE, wrap: true }));
  b.style(rect(first, 2, last, 2), { ...bodyCell({ size: SIZE, horizontal: 'center' }), font: { ...bodyCell({ size: SIZE }).font, underline: true, color: '0563C1' } });
  b.style(rect(first, 3, last, 3), bodyCell({ size: SIZE, horizontal: 'center' }));
  b.style(rect(first, 4, last, 4), bodyCell({ size: SIZE, wrap: true }));
  // The kind's colour on its label, one style per run of equal kinds (runs of one kind share it).
  const kindStyle = new Map<MarkKind, PlanStyle>();
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i].kind !== sorted[start].kind) {
      const kind = sorted[start].kind;
      let style = kindStyle.get(kind);
      if (!style) kindStyle.set(kind, (style = bodyCell({ size: SIZE, horizontal: 'center', fill: MARK_STYLES[kind].fill })));
      b.style(rect(first + start, 3, first + i - 1, 3), style);
      start = i;
    }
  }
  return b.build();
}
