// The open or closed state of the office's outline groups (Data › Group), put back after ExcelJS.
// ExcelJS derives a row's (column's) `collapsed` flag from its outline level alone, so it writes
// collapsed="1" on every grouped row of a sheet: Excel's +/− button then shows an open group as
// closed. It also loses the flag Excel keeps on the summary row (column) next to a closed group,
// which has no outline level. The copy's flags are set to the original's, row by row and column
// by column; nothing else in the sheet is touched.
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { sheetParts } from './page-breaks';

/** Sheets the copy writes with outline groups, by name. Only they need their flags repaired (the summary sheets the check writes have none). */
export function outlinedSheetsOf(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set<string>();
  for (const ws of wb.worksheets) {
    let grouped = (ws.columns ?? []).some((c) => (c.outlineLevel ?? 0) > 0);
    for (let r = 1; !grouped && r <= ws.rowCount; r++) grouped = (ws.findRow(r)?.outlineLevel ?? 0) > 0;
    if (grouped) out.add(ws.name);
  }
  return out;
}

/** Sets the collapsed flags of the copy's `sheets` (names present in both packages) to the original's. */
export async function restoreCollapsed(source: JSZip, copy: JSZip, sheets: ReadonlySet<string>): Promise<void> {
  if (!sheets.size) return;
  const from = await sheetParts(source);
  const to = await sheetParts(copy);
  for (const name of sheets) {
    const original = from.has(name) ? await source.file(from.get(name)!)?.async('string') : undefined;
    const written = to.has(name) ? await copy.file(to.get(name)!)?.async('string') : undefined;
    if (original === undefined || written === undefined) continue;
    const fixed = withCollapsedOf(original, written);
    if (fixed !== written) copy.file(to.get(name)!, fixed);
  }
}

/** `written` (a worksheet part) with every `<row>` and `<col>` collapsed as in `original`. */
export function withCollapsedOf(original: string, written: string): string {
  return withColumnFlags(original, withRowFlags(original, written));
}

const ROW = /<row\b[^>]*?\/?>/g;
// `<col\b` is not `<cols`.
const COL = /<col\b[^>]*?\/?>/g;

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
// Excel writes "1", LibreOffice "true" (and "false" on every row).
const isOn = (tag: string) => /^(?:1|true)$/.test(attr(tag, 'collapsed') ?? '');

function flagged(tag: string, on: boolean): string {
  const bare = tag.replace(/\scollapsed="[^"]*"/, '');
  return on ? bare.replace(/\s*(\/?>)$/, ' collapsed="1"$1') : bare;
}

/** Rows numbered as the schema reads them: `r`, or one after the row before. */
function eachRow(xml: string, see: (tag: string, r: number) => void): void {
  let last = 0;
  for (const m of xml.matchAll(ROW)) see(m[0], (last = Number(attr(m[0], 'r') ?? last + 1)));
}

function withRowFlags(original: string, written: string): string {
  const want: number[] = [];
  eachRow(original, (tag, r) => isOn(tag) && want.push(r));
  // A collapsed summary row ExcelJS did not write (no cells, no height) is added, in row order.
  const added = (rows: number[]) => rows.map((r) => `<row r="${r}" collapsed="1"/>`).join('');
  let i = 0;
  let last = 0;
  const out = written.replace(ROW, (tag) => {
    const r = (last = Number(attr(tag, 'r') ?? last + 1));
    const from = i;
    while (i < want.length && want[i] < r) i++;
    const before = added(want.slice(from, i));
    const on = want[i] === r;
    if (on) i++;
    return before + flagged(tag, on);
  });
  const rest = added(want.slice(i));
  if (!rest) return out;
  return /<sheetData\s*\/>/.test(out) ? out.replace(/<sheetData\s*\/>/, () => `<sheetData>${rest}</sheetData>`) : out.replace('</sheetData>', () => `${rest}</sheetData>`);
}

interface ColSpan {
  min: number;
  max: number;
  tag: string;
}

const spansOf = (xml: string): ColSpan[] => [...xml.matchAll(COL)].map((m) => ({ min: Number(attr(m[0], 'min')), max: Number(attr(m[0], 'max')), tag: m[0] }));

// ExcelJS joins neighbouring columns that look alike into one <col min max>, so one written
// element may cover columns the original flagged differently: it is cut where the flag changes.
function withColumnFlags(original: string, written: string): string {
  const want = spansOf(original).filter((s) => isOn(s.tag));
  const block = /(<cols\b[^>]*>)([\s\S]*?)<\/cols>/.exec(written);
  const have = block ? spansOf(block[2]) : [];
  if (!want.length && !have.some((s) => attr(s.tag, 'collapsed') !== undefined)) return written;
  const on = (c: number) => want.some((w) => w.min <= c && c <= w.max);
  const out: ColSpan[] = [];
  for (const s of have) {
    const cuts = [...new Set([s.min, ...want.flatMap((w) => [w.min, w.max + 1]).filter((c) => c > s.min && c <= s.max)])].sort((a, b) => a - b);
    cuts.forEach((min, k) => {
      const max = k + 1 < cuts.length ? cuts[k + 1] - 1 : s.max;
      const tag = cuts.length === 1 ? s.tag : s.tag.replace(/\smin="\d+"/, ` min="${min}"`).replace(/\smax="\d+"/, ` max="${max}"`);
      out.push({ min, max, tag: flagged(tag, on(min)) });
    });
  }
  // A collapsed summary column ExcelJS did not write (it looked like a default one) is added.
  for (const w of want) {
    let c = w.min;
    for (const s of have.filter((h) => h.max >= w.min && h.min <= w.max)) {
      if (s.min > c) out.push(missingCol(w, c, s.min - 1));
      c = Math.max(c, s.max + 1);
    }
    if (c <= w.max) out.push(missingCol(w, c, w.max));
  }
  const cols = out.sort((a, b) => a.min - b.min).map((s) => s.tag).join('');
  if (block) return `${written.slice(0, block.index)}${block[1]}${cols}</cols>${written.slice(block.index + block[0].length)}`;
  return written.replace(/<sheetData\b/, () => `<cols>${cols}</cols><sheetData`);
}

function missingCol(w: ColSpan, min: number, max: number): ColSpan {
  const width = attr(w.tag, 'width');
  return { min, max, tag: `<col min="${min}" max="${max}"${width === undefined ? '' : ` width="${width}"`} collapsed="1"/>` };
}
