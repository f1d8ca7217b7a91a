// What a checked copy changed on the user's sheets, as lines of text (empty: nothing). Values,
// formulas and notes cell by cell, then each sheet's merges, hidden rows and columns, panes,
// drop-downs, conditional formats, filter and print area, its drop-downs, links, conditional
// formats (with their styles), filter and cells typed with an apostrophe as written, and the
// workbook's names as written.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { getNote, noteText } from '../../src/adapters/exceljs/cell-format';
import { dxfsOf } from '../../src/adapters/exceljs/rule-styles';
import { NOTE_MARKER, NOTE_SEPARATOR } from '../../src/domain/plan/highlight-merge';
import { sheetParts } from '../../src/adapters/exceljs/page-breaks';
import { quotedCells, quotedFormats } from '../../src/adapters/exceljs/quote-prefix';
import { childAfterCells } from '../../src/adapters/exceljs/worksheet-order';

const json = (v: unknown) => JSON.stringify(v ?? null);
/** JSON with object keys sorted: the same model read from two files may list them in another order. */
const canonical = (v: unknown): string => JSON.stringify(v ?? null, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Date) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
const unescapeXml = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/** The part of a copy's note the check added must be "[NTM] …" lines after the user's own text. */
function noteProblem(before: string | null, after: string | null): string | undefined {
  if (before === after) return undefined;
  if (after === null) return `note "${before}" gone`;
  const added = before === null ? after : after.startsWith(before + NOTE_SEPARATOR) ? after.slice(before.length + NOTE_SEPARATOR.length) : undefined;
  if (added === undefined) return `note "${before}" became "${after}"`;
  const lines = added.split('\n');
  if (!lines.every((l) => l.startsWith(NOTE_MARKER))) return `note "${before}" got "${added}"`;
  // A re-run replaces its lines, never stacks them.
  return new Set(lines).size === lines.length ? undefined : `note "${before}" got repeated lines "${added}"`;
}

/** How a font shows: a cell without one shows the workbook's default font (`defaultFont`). */
const fontLook = (f: Partial<ExcelJS.Font> | undefined, fallback: string) =>
  f === undefined ? fallback : canonical({ name: f.name, size: f.size, bold: Boolean(f.bold), italic: Boolean(f.italic), underline: Boolean(f.underline), strike: Boolean(f.strike), color: f.color });

/** The default font of a package (its first cell format's), in `fontLook`'s terms. */
export async function defaultFont(zip: JSZip): Promise<string> {
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  const id = Number(/<cellXfs\b[^>]*>\s*<xf\b[^>]*\bfontId="(\d+)"/.exec(styles)?.[1] ?? 0);
  const font = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1]?.match(/<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g)?.[id] ?? '';
  const val = (tag: string) => new RegExp(`<${tag} val="([^"]*)"`).exec(font)?.[1];
  const color = /<color\b([^>]*)\/>/.exec(font)?.[1];
  const theme = color && /theme="(\d+)"/.exec(color)?.[1];
  const argb = color && /rgb="([^"]*)"/.exec(color)?.[1];
  return fontLook({ name: val('name'), size: Number(val('sz')), bold: /<b\/>/.test(font), italic: /<i\/>/.test(font), underline: /<u\b/.test(font), strike: /<strike\/>/.test(font), color: theme ? { theme: Number(theme) } as Partial<ExcelJS.Color> : argb ? { argb } : undefined }, '');
}

/** A cell's format; the fill only where the check put no mark (a marked cell's note has "[NTM]" lines). */
const format = (cell: ExcelJS.Cell, marked: boolean, font: string) =>
  canonical({ numFmt: cell.numFmt, font: fontLook(cell.font, font), border: Object.keys(cell.border ?? {}).length ? cell.border : undefined, alignment: cell.alignment, protection: cell.protection, fill: marked ? undefined : cell.fill });

function cellDifferences(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet, fonts: [string, string], out: string[]): void {
  const at = (where: string, what: string) => out.push(`${a.name}!${where}: ${what}`);
  a.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const other = b.getCell(cell.address);
      if (json(cell.value) !== json(other.value) || cell.type !== other.type) at(cell.address, `${json(cell.value).slice(0, 200)} became ${json(other.value).slice(0, 200)}`);
      const problem = noteProblem(noteText(getNote(cell)), noteText(getNote(other)));
      if (problem) at(cell.address, problem);
      const marked = (noteText(getNote(other)) ?? '').includes(NOTE_MARKER);
      const [was, is] = [format(cell, marked, fonts[0]), format(other, marked, fonts[1])];
      if (was !== is) at(cell.address, `format ${was.slice(0, 300)} became ${is.slice(0, 300)}`);
      const runs = getNote(cell);
      // A formatted note keeps its runs; the check's text comes after them.
      if (runs && typeof runs !== 'string') {
        const kept = getNote(other);
        const prefix = kept && typeof kept !== 'string' ? json(kept.texts?.slice(0, runs.texts?.length ?? 0)) : json(kept);
        if (prefix !== json(runs.texts)) at(cell.address, `note runs ${json(runs.texts)} became ${json(kept)}`);
      }
    }),
  );
  // Nothing new typed into the user's sheet: a copy's cell with a value the input lacks.
  b.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value !== null && json(a.findCell(cell.row, cell.col)?.value) !== json(cell.value)) at(cell.address, `new value ${json(cell.value).slice(0, 200)}`);
    }),
  );
}

const hiddenRows = (ws: ExcelJS.Worksheet) => Array.from({ length: ws.rowCount }, (_, i) => i + 1).filter((r) => ws.findRow(r)?.hidden);
const hiddenCols = (ws: ExcelJS.Worksheet) => Array.from({ length: ws.columnCount + 8 }, (_, i) => i + 1).filter((c) => ws.getColumn(c).hidden);
/** Frozen or split panes; a plain view (which ExcelJS writes for a sheet that had none) is no pane. */
const panes = (ws: ExcelJS.Worksheet) =>
  (ws.views ?? [])
    .map((v) => ({ state: v.state, xSplit: (v as { xSplit?: number }).xSplit, ySplit: (v as { ySplit?: number }).ySplit, topLeftCell: (v as { topLeftCell?: string }).topLeftCell }))
    .filter((v) => v.state !== 'normal' || v.topLeftCell);
const widths = (ws: ExcelJS.Worksheet) => Array.from({ length: ws.columnCount + 8 }, (_, i) => ws.getColumn(i + 1).width);
/** Rows given a height (an empty row without one holds nothing, and ExcelJS may leave it out). */
const heights = (ws: ExcelJS.Worksheet) => Array.from({ length: ws.rowCount }, (_, i) => [i + 1, ws.findRow(i + 1)?.height]).filter(([, h]) => h !== undefined && h !== null);
const merges = (ws: ExcelJS.Worksheet) => [...(ws.model as unknown as { merges: string[] }).merges].sort();
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
const conditionals = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;

function sheetDifferences(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet, out: string[]): void {
  const same = (what: string, f: (ws: ExcelJS.Worksheet) => unknown) => {
    if (canonical(f(a)) !== canonical(f(b))) out.push(`${a.name}: ${what} ${canonical(f(a)).slice(0, 300)} became ${canonical(f(b)).slice(0, 300)}`);
  };
  same('merges', merges);
  same('hidden rows', hiddenRows);
  same('hidden columns', hiddenCols);
  same('column widths', widths);
  same('row heights', heights);
  same('panes', panes);
  same('data validations', validations);
  same('conditional formats', conditionals);
  same('autofilter', (ws) => ws.autoFilter);
  same('print area', (ws) => ws.pageSetup.printArea);
  same('print titles', (ws) => ws.pageSetup.printTitlesRow);
  same('state', (ws) => ws.state);
}

/** A sheet's drop-downs and links as written (a link's relationship id is the writer's own). */
async function sheetElements(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, part] of await sheetParts(zip)) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    const tail = xml.slice(Math.max(0, xml.lastIndexOf('</sheetData>')));
    const validations = /<dataValidations\b[\s\S]*?<\/dataValidations>/.exec(tail)?.[0] ?? '';
    const links = (/<hyperlinks\b[\s\S]*?<\/hyperlinks>/.exec(tail)?.[0] ?? '').replace(/\sr:id="[^"]*"/g, '');
    out.set(name, unescapeXml(validations + links));
  }
  return out;
}

/** A sheet's conditional formats as written, each rule's style (dxfId) given as the <dxf> it names, and the extension list's. */
async function conditionalFormats(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const dxfs = dxfsOf((await zip.file('xl/styles.xml')?.async('string')) ?? '');
  for (const [name, part] of await sheetParts(zip)) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    const tail = xml.slice(Math.max(0, xml.lastIndexOf('</sheetData>')));
    const rules = (tail.match(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g) ?? []).join('').replace(/\sdxfId="(\d+)"/g, (_m, id: string) => ` dxf="${dxfs[Number(id)]}"`);
    out.set(name, rules + (/<x14:conditionalFormattings\b[\s\S]*?<\/x14:conditionalFormattings>/.exec(tail)?.[0] ?? ''));
  }
  return out;
}

/** Each sheet's filter as written (its criteria too) and its cells whose format has a leading apostrophe. */
async function filtersAndApostrophes(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const quoted = quotedFormats((await zip.file('xl/styles.xml')?.async('string')) ?? '');
  for (const [name, part] of await sheetParts(zip)) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    const at = childAfterCells(xml, 'autoFilter');
    out.set(name, `${at ? xml.slice(at.start, at.end) : ''} quoted: ${[...quotedCells(xml, quoted)].join(' ')}`);
  }
  return out;
}

/** Defined names as written in workbook.xml, each with the sheet it is scoped to by name. */
async function definedNames(zip: JSZip): Promise<string[]> {
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
  return [...xml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)]
    .map(([, attrs, text]) => {
      const id = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
      return `${/\bname="([^"]*)"/.exec(attrs)?.[1]}@${id === undefined ? '' : sheets[Number(id)]}=${unescapeXml(text)}`;
    })
    .sort();
}

/**
 * Differences between the input and its checked copy on the input's sheets (`input` as ExcelJS
 * reads it, `copy` re-read from the written package).
 */
export async function copyDifferences(inputFile: Buffer, input: ExcelJS.Workbook, copyZip: JSZip, copy: ExcelJS.Workbook): Promise<string[]> {
  const out: string[] = [];
  const inputZip = await JSZip.loadAsync(inputFile);
  const fonts: [string, string] = [await defaultFont(inputZip), await defaultFont(copyZip)];
  if (fonts[0] !== fonts[1]) out.push(`default font ${fonts[0]} became ${fonts[1]}`);
  const names = input.worksheets.map((ws) => ws.name);
  const copied = copy.worksheets.map((ws) => ws.name).filter((n) => names.includes(n));
  if (json(copied) !== json(names)) out.push(`sheets ${json(names)} became ${json(copied)}`);
  for (const a of input.worksheets) {
    const b = copy.getWorksheet(a.name);
    if (!b) continue;
    cellDifferences(a, b, fonts, out);
    sheetDifferences(a, b, out);
  }
  // Drop-downs and links as the input wrote them (ExcelJS alone split and repeated the drop-downs, dropped links to cells).
  const [written, kept] = [await sheetElements(inputZip), await sheetElements(copyZip)];
  for (const [name, was] of written) if (kept.has(name) && kept.get(name) !== was) out.push(`${name}: drop-downs and links ${was.slice(0, 300)} became ${kept.get(name)!.slice(0, 300)}`);
  const [formats, formatsKept] = [await conditionalFormats(inputZip), await conditionalFormats(copyZip)];
  for (const [name, was] of formats) if (formatsKept.has(name) && formatsKept.get(name) !== was) out.push(`${name}: conditional formats ${was.slice(0, 300)} became ${formatsKept.get(name)!.slice(0, 300)}`);
  const [filtered, filterKept] = [await filtersAndApostrophes(inputZip), await filtersAndApostrophes(copyZip)];
  for (const [name, was] of filtered) if (filterKept.has(name) && filterKept.get(name) !== was) out.push(`${name}: filter and apostrophes ${was.slice(0, 300)} became ${filterKept.get(name)!.slice(0, 300)}`);
  // The office's names, on the input's sheets (the summary sheets' print titles are the copy's own).
  const before = await definedNames(inputZip);
  const after = (await definedNames(copyZip)).filter((n) => {
    const sheet = /@([^=]*)=/.exec(n)?.[1] ?? '';
    return sheet === '' ? !/^_xlnm\./.test(n) || before.includes(n) : names.includes(sheet);
  });
  if (json(before) !== json(after)) out.push(`defined names ${json(before)} became ${json(after)}`);
  return out;
}
