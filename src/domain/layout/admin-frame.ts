// The frame every summary sheet shares (NĐ 30/2020/NĐ-CP): agency block top left, national
// motto top right with the place-and-date line under it, the title, "(Kèm theo …)",
// "Tính đến ngày …", then the table; after the table the notes and the signature block.
import { bodyCell, font, FRAME_SIZE, frameText, headerCell } from './styles';
import { ATTACHED_TO, labels, MOTTO_1, MOTTO_2, SIGN_LEFT, SIGN_RIGHT } from './labels';
import { dateLineVi, formatDateVi } from './vi-format';
import { heightFor } from './text-fit';
import { PlanBuilder, rect } from './plan-builder';
import type { ReportContext } from './types';

export interface FrameOptions {
  ctx: ReportContext;
  title: string;
  /** Second bold title line (the criteria set's name). */
  subtitle?: string;
  /** Checker output rather than a report: title and as-of line only, no motto or signature. */
  compact?: boolean;
}

/** Share of the page width given to the agency block and to "NGƯỜI LẬP BIỂU". */
const LEFT_SHARE = 0.4;

/** Columns of the left block (0..leftEnd) and of the right block (rightStart..last). */
export function splitColumns(widths: readonly number[]): { leftEnd: number; rightStart: number; last: number } {
  const last = widths.length - 1;
  if (last < 1) throw new Error('the frame needs at least two columns');
  const total = widths.reduce((a, w) => a + w, 0);
  let acc = 0;
  let leftEnd = 0;
  for (let c = 0; c < last; c++) {
    acc += widths[c];
    leftEnd = c;
    if (acc >= total * LEFT_SHARE) break;
  }
  return { leftEnd, rightStart: leftEnd + 1, last };
}

function widthOf(widths: readonly number[], from: number, to: number): number {
  let w = 0;
  for (let c = from; c <= to; c++) w += widths[c];
  return w;
}

/** Writes a line merged over columns [left, right]; wraps and sizes the row when needed. */
function line(b: PlanBuilder, row: number, left: number, right: number, text: string, style: ReturnType<typeof frameText>): void {
  b.merge(rect(row, left, row, right), text, { ...style, wrap: true });
  const size = style.font?.size ?? FRAME_SIZE;
  b.height(row, heightFor(text, widthOf(b.columnWidths, left, right), size));
}

/** Writes the frame above the table; returns the first row of the table. Column widths must be set. */
export function adminFrame(b: PlanBuilder, o: FrameOptions): number {
  const widths = b.columnWidths;
  const last = widths.length - 1;
  const L = labels(o.ctx.lang);
  let r = 0;
  if (!o.compact) {
    const { leftEnd, rightStart } = splitColumns(widths);
    const agency = o.ctx.agency.toLocaleUpperCase('vi');
    // With a sub-agency the parent agency is plain and the issuing office bold (NĐ 30).
    line(b, 0, 0, leftEnd, agency, frameText({ bold: !o.ctx.subAgency }));
    if (o.ctx.subAgency) line(b, 1, 0, leftEnd, o.ctx.subAgency.toLocaleUpperCase('vi'), frameText({ bold: true }));
    line(b, 0, rightStart, last, MOTTO_1, frameText({ bold: true, size: 12 }));
    line(b, 1, rightStart, last, MOTTO_2, frameText({ bold: true }));
    line(b, 2, rightStart, last, dateLineVi(o.ctx.place, o.ctx.asOf), frameText({ italic: true }));
    r = 4;
  }
  line(b, r++, 0, last, o.title, frameText({ bold: true, size: 14 }));
  if (o.subtitle) line(b, r++, 0, last, o.subtitle, frameText({ bold: true }));
  if (!o.compact) line(b, r++, 0, last, ATTACHED_TO, frameText({ italic: true }));
  line(b, r++, 0, last, L.asOf(formatDateVi(o.ctx.asOf)) + (o.ctx.dataSources?.length ? L.dataFrom(o.ctx.dataSources) : ''), frameText({ italic: true }));
  return r + 1;
}

/**
 * Header cells of the table: each entry spans rows [top, top+rows-1] and columns
 * [col, col+cols-1]. Styles the whole header band, repeats it on every printed page and
 * freezes everything above its last row.
 */
export interface HeaderCell {
  row: number;
  col: number;
  text: string;
  rows?: number;
  cols?: number;
}

export function tableHeader(
  b: PlanBuilder,
  first: number,
  last: number,
  cells: HeaderCell[],
  o: { size?: number; right?: number; repeat?: boolean; freeze?: boolean } = {},
): void {
  const right = o.right ?? b.columnCount - 1;
  b.style(rect(first, 0, last, right), headerCell(o.size));
  for (const h of cells) {
    b.merge(rect(h.row, h.col, h.row + (h.rows ?? 1) - 1, h.col + (h.cols ?? 1) - 1), h.text);
  }
  if (o.repeat !== false) b.repeatRows(first, last);
  if (o.freeze !== false) b.freezeRows(last + 1);
}

/** Sets each header row's height from the longest wrapped text that ends in it. */
export function sizeHeaderRows(b: PlanBuilder, cells: HeaderCell[], size: number): void {
  for (const h of cells) {
    const rows = h.rows ?? 1;
    const w = widthOf(b.columnWidths, h.col, h.col + (h.cols ?? 1) - 1);
    const need = heightFor(h.text, w, size);
    // A cell spanning several rows shares its height among them.
    const per = Math.ceil(need / rows);
    for (let i = 0; i < rows; i++) b.height(h.row + i, per);
  }
}

export interface FooterOptions {
  ctx: ReportContext;
  /** Notes and prose lines under the table, one per row. */
  lines: string[];
  /** Lines written italic (the "Ghi chú:" note); the others plain. */
  italic?: (line: string, index: number) => boolean;
  signature?: boolean;
  /** Last row of the table above: with it, the notes and the signature block print on one page
   * with the table's last `keepWith` rows (default 2) whenever they would be cut (pagination.ts). */
  tableEnd?: number;
  keepWith?: number;
}

/** Writes notes, prose lines and the signature block from `row`; returns the next free row. */
export function frameFooter(b: PlanBuilder, row: number, o: FooterOptions): number {
  const last = b.columnCount - 1;
  let r = row;
  o.lines.forEach((text, i) => {
    const italic = o.italic ? o.italic(text, i) : false;
    b.merge(rect(r, 0, r, last), text, { font: font({ italic }), horizontal: 'left', vertical: 'middle', wrap: true });
    b.height(r, heightFor(text, widthOf(b.columnWidths, 0, last), 12));
    r++;
  });
  if (o.signature === false) return r;
  r++;
  if (o.tableEnd !== undefined) b.keepClosing({ tableEnd: o.tableEnd, notes: row, signature: r, keepWith: o.keepWith ?? 2 });
  const { leftEnd, rightStart } = splitColumns(b.columnWidths);
  // Excel never grows a row for merged cells: each signature row gets its height, or "ỦY" and
  // the other capitals with marks above are cut at the default 15 pt.
  const signLine = (row: number, left: number, right: number, text: string) => {
    b.merge(rect(row, left, row, right), text, frameText({ bold: true }));
    b.height(row, heightFor(text, widthOf(b.columnWidths, left, right), FRAME_SIZE));
  };
  signLine(r, 0, leftEnd, SIGN_LEFT);
  const sign = o.ctx.signature?.lines.length ? o.ctx.signature.lines : SIGN_RIGHT;
  sign.forEach((text, i) => signLine(r + i, rightStart, last, text));
  // Room for the signature and seal; the signer's and the preparer's names, when the workbook gives them, under it.
  r += sign.length;
  for (let i = 0; i < 4; i++) b.set(r + i, 0, null);
  const signer = o.ctx.signature?.signer;
  const preparer = o.ctx.signature?.preparer;
  if (!signer && !preparer) return r + 4;
  if (preparer) signLine(r + 4, 0, leftEnd, preparer);
  if (signer) signLine(r + 4, rightStart, last, signer);
  return r + 5;
}

/** Style for a bold section row spanning the whole table ("I. Bộ tiêu chí xã NTM"). */
export function sectionRow(b: PlanBuilder, row: number, text: string, fill?: string): void {
  b.merge(rect(row, 0, row, b.columnCount - 1), text, bodyCell({ bold: true, fill, wrap: true }));
  b.heading(row);
}
