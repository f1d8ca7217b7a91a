// "Kết quả kiểm tra": the checker's findings as a table, each address linked to its cell.
import type { Finding } from '../model/finding';
import { MARK_STYLES } from '../plan/highlight-plan';
import { adminFrame, frameFooter, sizeHeaderRows, tableHeader } from './admin-frame';
import type { HeaderCell } from './admin-frame';
import { labels, severityLabel } from './labels';
import { PlanBuilder, rect } from './plan-builder';
import { cellReference } from './sheet-name';
import { bodyCell, font } from './styles';
import { estimateLines, heightForLines } from './text-fit';
import type { LinkedSheetPlan, ReportContext } from './types';
import { NUMBER_FORMATS } from './vi-format';

const WIDTHS = [5, 9, 15, 14, 7, 38, 15, 15, 17];
const C_CELL = 4;
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
  findings.forEach((f, i) => {
    const r = first + i;
    const message = f.message[ctx.lang] || f.message.vi;
    b.setRow(r, 0, [
      i + 1,
      severityLabel(f.severity, ctx.lang),
      f.code,
      f.sheet ?? null,
      f.cell ?? null,
      message,
      f.found ?? null,
      f.expected ?? null,
      f.suggestion ?? null,
    ]);
    if (f.sheet && f.cell && A1_OR_RANGE.test(f.cell.trim())) b.link(r, C_CELL, cellReference(f.sheet, f.cell.trim()));
    const lines = Math.max(
      estimateLines(message, WIDTHS[5], SIZE),
      estimateLines(f.found ?? '', WIDTHS[6], SIZE),
      estimateLines(f.expected ?? '', WIDTHS[7], SIZE),
      estimateLines(f.suggestion ?? '', WIDTHS[8], SIZE),
      estimateLines(f.sheet ?? '', WIDTHS[3], SIZE),
    );
    if (lines > 1) b.height(r, heightForLines(lines, SIZE));
  });
  const last = first + findings.length - 1;
  b.style(rect(first, 0, last, 0), bodyCell({ size: SIZE, horizontal: 'center', numberFormat: NUMBER_FORMATS.integer }));
  b.style(rect(first, 1, last, 1), bodyCell({ size: SIZE, horizontal: 'center' }));
  b.style(rect(first, 2, last, 3), bodyCell({ size: SIZE, wrap: true }));
  b.style(rect(first, C_CELL, last, C_CELL), { ...bodyCell({ size: SIZE, horizontal: 'center' }), font: { ...font({ size: SIZE }), underline: true, color: '0563C1' } });
  b.style(rect(first, 5, last, 8), bodyCell({ size: SIZE, wrap: true }));
  // Errors repeat the data-error colour on the severity word; the word itself is the cue.
  let runStart = -1;
  for (let i = 0; i <= findings.length; i++) {
    const isError = i < findings.length && findings[i].severity === 'error';
    if (isError && runStart < 0) runStart = i;
    if (!isError && runStart >= 0) {
      b.style(rect(first + runStart, 1, first + i - 1, 1), bodyCell({ size: SIZE, horizontal: 'center', bold: true, fill: MARK_STYLES['data-error'].fill }));
      runStart = -1;
    }
  }
  frameFooter(b, last + 2, { ctx, lines: [L.findingsNote], italic: () => true, signature: false });
  return b.build();
}
