// "Kết quả kiểm tra": the checker's findings as a table, each address linked to its cell.
import type { Finding } from '../model/finding';
import { MARK_STYLES } from '../plan/highlight-plan';
import { adminFrame, frameFooter, sizeHeaderRows, tableHeader } from './admin-frame';
import type { HeaderCell } from './admin-frame';
import { labels, severityLabel } from './labels';
import { PlanBuilder, rect } from './plan-builder';
import { cellReference } from './sheet-name';
import { bodyCell, font } from './styles';
import { writeTableRow } from './tall-row';
import type { LinkedSheetPlan, ReportContext } from './types';
import { NUMBER_FORMATS } from './vi-format';

const WIDTHS = [5, 9, 15, 14, 7, 38, 15, 15, 17];
const C_CELL = 4;
/** Code, sheet, message, found, expected, suggestion. */
const WRAPPED = [2, 3, 5, 6, 7, 8];
const SIZE = 11;
/** A cell or a range address; anything else is shown but not linked. */
const A1_OR_RANGE = /^\$?[A-Z]{1,3}\$?\d{1,7}(:\$?[A-Z]{1,3}\$?\d{1,7})?$/i;

export function findingsSheet(name: string, findings: Finding[], ctx: ReportContext): LinkedSheetPlan {
  const L = labels(ctx.lang);
  const b = new PlanBuilder(name).setColumnWidths(WIDTHS);
  const top = adminFrame(b, { ctx, title: L.findingsTitle, compact: true });
  const header: HeaderCell[] = [L.tt, L.severity, L.checkCode, L.sheet, L.cell, L.message, L.found, L.expected, L.suggestion].map(
    (text, col) => ({ row: top, col, text }),
  );
  tableHeader(b, top, top, header);
  sizeHeaderRows(b, header, 11);

  const first = top + 1;
  if (findings.length === 0) {
    b.merge(rect(first, 0, first, WIDTHS.length - 1), L.noFindings, bodyCell({ italic: true, size: SIZE }));
    frameFooter(b, first + 2, { ctx, lines: [], signature: false });
    return b.build();
  }
  let r = first;
  // Rows of each error, for the severity word's colour.
  const errors: { from: number; to: number }[] = [];
  findings.forEach((f, i) => {
    const message = f.message[ctx.lang] || f.message.vi;
    const values = [i + 1, severityLabel(f.severity, ctx.lang), f.code, f.sheet ?? null, f.cell ?? null, message, f.found ?? null, f.expected ?? null, f.suggestion ?? null];
    if (f.sheet && f.cell && A1_OR_RANGE.test(f.cell.trim())) b.link(r, C_CELL, cellReference(f.sheet, f.cell.trim()));
    // A message listing many cells may continue on the rows below.
    const rows = writeTableRow(b, r, values, WIDTHS, WRAPPED, SIZE);
    if (f.severity === 'error') {
      const prev = errors[errors.length - 1];
      if (prev && prev.to === r - 1) prev.to = r + rows - 1;
      else errors.push({ from: r, to: r + rows - 1 });
    }
    r += rows;
  });
  const last = r - 1;
  b.style(rect(first, 0, last, 0), bodyCell({ size: SIZE, horizontal: 'center', numberFormat: NUMBER_FORMATS.integer }));
  b.style(rect(first, 1, last, 1), bodyCell({ size: SIZE, horizontal: 'center' }));
  b.style(rect(first, 2, last, 3), bodyCell({ size: SIZE, wrap: true }));
  b.style(rect(first, C_CELL, last, C_CELL), { ...bodyCell({ size: SIZE, horizontal: 'center' }), font: { ...font({ size: SIZE }), underline: true, color: '0563C1' } });
  b.style(rect(first, 5, last, 8), bodyCell({ size: SIZE, wrap: true }));
  // Errors repeat the data-error colour on the severity word; the word itself is the cue.
  for (const e of errors) b.style(rect(e.from, 1, e.to, 1), bodyCell({ size: SIZE, horizontal: 'center', bold: true, fill: MARK_STYLES['data-error'].fill }));
  frameFooter(b, last + 2, { ctx, lines: [L.findingsNote], italic: () => true, signature: false });
  return b.build();
}
