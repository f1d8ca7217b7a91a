// Notes on blank cells. A note lives in the sheet's comments part, apart from the cell: a note on a
// cell with no value and no format has no <c> in the sheet's data (Excel's files, and ExcelJS's
// own). ExcelJS gives a note only to a cell it reads (exceljs#1146), so such a note was read as
// nothing and the checked copy lost it. ExcelJS is given a cell for each, in the package it reads
// only: the copy then holds the note on the same blank cell, and no value or format changes.
import type JSZip from 'jszip';
import { columnIndex, parseA1, toA1 } from '../../domain/model/address';
import { REL_NS, relationships, relsPathOf, resolveTarget } from './package-rels';

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const ROW_TAG = /<row\b([^>]*?)(\/?)>/g;
/** A cell's start tag (with its reference's column), and the end tag right after it when it holds nothing. */
const CELL = /<c\b([^>]*?\sr="([A-Z]+)\d+"[^>]*?)(\/>|>(?:<\/c>)?)/g;

/** The cells a comments part puts notes on ("C6"), as written. */
export const notedCells = (commentsXml: string): string[] => [...commentsXml.matchAll(/<comment\b[^>]*?\sref="([^"]+)"/g)].map((m) => m[1]);

/** 1-based row → 0-based columns (ascending, distinct) of the notes. */
function notesByRow(refs: readonly string[]): Map<number, number[]> {
  const rows = new Map<number, number[]>();
  for (const ref of refs) {
    const at = parseA1(ref);
    if (!at) continue;
    const cols = rows.get(at.row + 1) ?? [];
    if (!cols.includes(at.col)) cols.push(at.col);
    rows.set(at.row + 1, cols);
  }
  for (const cols of rows.values()) cols.sort((a, b) => a - b);
  return rows;
}

/**
 * An empty cell at 1-based `row`, 0-based `col`, with a style index no workbook holds. ExcelJS skips
 * a cell with neither value nor style index (it takes it for part of a merge); this one it reads as
 * blank, finds no style for, gives the note, and writes back as the note alone, without a cell.
 */
const NO_SUCH_STYLE = 1_000_000;
const blankCell = (row: number, col: number) => `<c r="${toA1(row - 1, col)}" s="${NO_SUCH_STYLE}"/>`;

/**
 * A row's cells with a blank one for each of `cols` it does not hold, in column order. A cell it
 * holds empty and without a style (LibreOffice writes some) ExcelJS skips too: it is replaced by one.
 */
function withBlankCells(cells: string, row: number, cols: readonly number[]): string {
  const held: { col: number; at: number; end: number; unread: boolean }[] = [];
  for (const m of cells.matchAll(CELL)) {
    const style = /\ss="(\d+)"/.exec(m[1])?.[1];
    held.push({ col: columnIndex(m[2]), at: m.index, end: m.index + m[0].length, unread: m[3] !== '>' && !Number(style ?? 0) });
  }
  let out = '';
  let from = 0;
  for (const col of cols) {
    const same = held.find((h) => h.col === col);
    if (same && !same.unread) continue;
    // In its place, or before the first cell to its right (rows list their cells left to right).
    const at = same?.at ?? held.find((h) => h.col > col)?.at ?? cells.length;
    out += cells.slice(from, at) + blankCell(row, col);
    from = same?.end ?? at;
  }
  return out + cells.slice(from);
}

const newRow = (row: number, cols: readonly number[]) => `<row r="${row}">${cols.map((c) => blankCell(row, c)).join('')}</row>`;

/** `xml` (a worksheet part whose rows and cells have their references) with a blank cell for each note in `refs` on a cell it lacks. */
export function withNotedBlankCells(xml: string, refs: readonly string[]): string {
  const wanted = notesByRow(refs);
  const open = xml.indexOf('<sheetData');
  if (!wanted.size || open < 0) return xml;
  const openEnd = xml.indexOf('>', open) + 1;
  const rowsLeft = [...wanted.keys()].sort((a, b) => a - b);
  if (xml[openEnd - 2] === '/') {
    const rows = rowsLeft.map((r) => newRow(r, wanted.get(r)!)).join('');
    return `${xml.slice(0, open)}<sheetData>${rows}</sheetData>${xml.slice(openEnd)}`;
  }
  const close = xml.indexOf('</sheetData>', openEnd);
  if (close < 0) return xml;
  let out = xml.slice(0, openEnd);
  let from = openEnd;
  let next = 0;
  ROW_TAG.lastIndex = openEnd;
  for (let m = ROW_TAG.exec(xml); m && m.index < close && next < rowsLeft.length; m = ROW_TAG.exec(xml)) {
    const r = Number(/\sr="(\d+)"/.exec(m[1])?.[1]);
    // Rows the sheet does not hold, before this one (rows are listed top to bottom).
    if (rowsLeft[next] < r) {
      out += xml.slice(from, m.index);
      from = m.index;
      for (; next < rowsLeft.length && rowsLeft[next] < r; next++) out += newRow(rowsLeft[next], wanted.get(rowsLeft[next])!);
    }
    if (rowsLeft[next] !== r) continue;
    const cols = wanted.get(rowsLeft[next++])!;
    const tagEnd = m.index + m[0].length;
    if (m[2] === '/') {
      out += `${xml.slice(from, m.index)}<row${m[1]}>${cols.map((c) => blankCell(r, c)).join('')}</row>`;
      from = tagEnd;
      continue;
    }
    const rowEnd = xml.indexOf('</row>', tagEnd);
    out += xml.slice(from, tagEnd) + withBlankCells(xml.slice(tagEnd, rowEnd), r, cols);
    from = rowEnd;
    ROW_TAG.lastIndex = rowEnd;
  }
  out += xml.slice(from, close);
  for (; next < rowsLeft.length; next++) out += newRow(rowsLeft[next], wanted.get(rowsLeft[next])!);
  return out + xml.slice(close);
}

/** `zip`'s worksheet parts given a blank cell under each note on a cell they lack; whether any was. */
export async function addNotedBlankCells(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const sheet of Object.keys(zip.files).filter((n) => SHEET_PART.test(n))) {
    const rels = await zip.file(relsPathOf(sheet))?.async('string');
    const link = rels === undefined ? undefined : relationships(rels).find((r) => r.type === `${REL_NS}/comments` && !r.external);
    const comments = link && (await zip.file(resolveTarget(sheet, link.target))?.async('string'));
    if (!comments) continue;
    const xml = await zip.file(sheet)!.async('string');
    const fixed = withNotedBlankCells(xml, notedCells(comments));
    if (fixed !== xml) {
      zip.file(sheet, fixed);
      changed = true;
    }
  }
  return changed;
}
