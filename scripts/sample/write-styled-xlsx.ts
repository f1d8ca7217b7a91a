// Writes StyledSheets as an office-looking .xlsx (Times New Roman, borders, merged titles, frozen header).
// Byte-for-byte deterministic: fixed workbook dates and fixed zip entry dates.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { promises as fs } from 'fs';
import type { CellValue } from '../../src/domain/model/grid';
import type { RowKind, StyledSheet } from './layout';
import { estimateLines, heightForLines } from '../../src/domain/layout/text-fit';

/** Date every property and zip entry carries, so two runs give the same bytes. */
export const SAMPLE_DATE = new Date(Date.UTC(2023, 2, 7, 8, 0, 0));

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TABLE_KINDS: RowKind[] = ['header', 'section', 'group', 'body'];

function fontFor(kind: RowKind): Partial<ExcelJS.Font> {
  switch (kind) {
    case 'title':
      return { name: FONT, size: 13, bold: true };
    case 'subtitle':
    case 'note':
      return { name: FONT, size: 12, italic: true };
    case 'header':
    case 'section':
    case 'group':
      return { name: FONT, size: 12, bold: true };
    default:
      return { name: FONT, size: 12 };
  }
}

function toExcel(v: CellValue | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && !(v instanceof Date)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/**
 * Height of a row whose wrapped cells Excel would have grown as the office typed them:
 * a file with fixed default heights prints wrapped text over the next row.
 */
function rowHeight(s: StyledSheet, r: number, size: number): number {
  let lines = 1;
  s.rows[r].forEach((v, c) => {
    if (v === null || v === undefined || v instanceof Date || typeof v === 'object') return;
    const m = s.merges.find((x) => x.top <= r && r <= x.bottom && x.left <= c && c <= x.right);
    if (m && (m.left !== c || m.top !== m.bottom)) return;
    const width = m ? s.widths.slice(m.left, m.right + 1).reduce((a, b) => a + b, 0) : (s.widths[c] ?? 10);
    lines = Math.max(lines, estimateLines(String(v), width, size));
  });
  return Math.max(18, heightForLines(lines, size));
}

function writeSheet(wb: ExcelJS.Workbook, s: StyledSheet): void {
  const ws = wb.addWorksheet(s.name, {
    pageSetup: {
      paperSize: 9,
      orientation: s.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ state: 'frozen', xSplit: s.freeze.cols, ySplit: s.freeze.rows, topLeftCell: undefined, activeCell: 'A1' }],
  });
  ws.columns = s.widths.map((width) => ({ width }));
  const width = s.widths.length;
  const headerRow = s.kinds.indexOf('header');
  if (headerRow >= 0) ws.pageSetup.printTitlesRow = `${headerRow + 1}:${headerRow + 1}`;

  s.rows.forEach((cells, r) => {
    const kind = s.kinds[r];
    const row = ws.getRow(r + 1);
    const inTable = TABLE_KINDS.includes(kind);
    const last = inTable ? width : cells.length;
    for (let c = 0; c < last; c++) {
      const cell = row.getCell(c + 1);
      cell.value = toExcel(cells[c]);
      cell.font = fontFor(kind);
      const centred = kind === 'title' || kind === 'subtitle' || kind === 'header' || (kind !== 'section' && s.centered.includes(c));
      cell.alignment = { vertical: 'middle', horizontal: centred ? 'center' : 'left', wrapText: kind !== 'title' };
      if (inTable) cell.border = BORDER;
    }
    if (kind === 'title') row.height = 20;
    else if (kind === 'header') row.height = Math.max(36, rowHeight(s, r, 12));
    else row.height = rowHeight(s, r, 12);
  });
  for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

/** Rewrites every zip entry with the fixed date (ExcelJS stamps the current time). */
async function fixZipDates(buf: Buffer): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: SAMPLE_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export async function writeStyledWorkbook(sheets: StyledSheet[], file: string, meta: { title: string; creator: string }): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator;
  wb.lastModifiedBy = meta.creator;
  wb.title = meta.title;
  wb.company = 'UBND huyện Trà Cú';
  wb.created = SAMPLE_DATE;
  wb.modified = SAMPLE_DATE;
  wb.calcProperties.fullCalcOnLoad = false;
  for (const s of sheets) writeSheet(wb, s);
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  await fs.writeFile(file, await fixZipDates(raw));
}
