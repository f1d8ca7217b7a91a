// The office's manual page breaks (Page Layout › Breaks › Insert Page Break), which ExcelJS drops
// when it reads a file: read from the package itself, put back on the loaded sheets so the checked
// copy prints as the original did.
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';

/** One `<brk>`: the page ends after row (column) `id`, 1-based; min/max as the file gave them. */
export interface PageBreak {
  id: number;
  min?: number;
  max?: number;
  man: 1;
}

export interface SheetBreaks {
  rows: PageBreak[];
  cols: PageBreak[];
}

/** What ExcelJS keeps on a worksheet (`rowBreaks`, written) and what we keep beside it (`colBreaks`, see column-breaks.ts). */
export type BreaksHolder = { rowBreaks?: PageBreak[]; colBreaks?: PageBreak[] };

/** The manual breaks of one worksheet part's XML, or undefined when it has none. */
export function breaksInSheetXml(xml: string): SheetBreaks | undefined {
  const rows = manualBreaks(/<rowBreaks\b[^>]*>([\s\S]*?)<\/rowBreaks>/.exec(xml)?.[1]);
  const cols = manualBreaks(/<colBreaks\b[^>]*>([\s\S]*?)<\/colBreaks>/.exec(xml)?.[1]);
  return rows.length || cols.length ? { rows, cols } : undefined;
}

// Only manual breaks (man="1", LibreOffice: "true") are the office's; others Excel recomputes.
function manualBreaks(list: string | undefined): PageBreak[] {
  const out: PageBreak[] = [];
  for (const m of (list ?? '').matchAll(/<brk\b([^>]*?)\/?>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="(\\d+|true)"`).exec(m[1])?.[1];
    const id = Number(attr('id'));
    if (!/^(?:1|true)$/.test(attr('man') ?? '') || !Number.isInteger(id) || out.some((b) => b.id === id)) continue;
    const min = attr('min');
    const max = attr('max');
    // In Excel's attribute order, which ExcelJS writes them in.
    out.push({ id, ...(min === undefined ? {} : { min: Number(min) }), ...(max === undefined ? {} : { max: Number(max) }), man: 1 });
  }
  return out;
}

/**
 * Sheet name → its part ("xl/worksheets/sheet3.xml"), through xl/workbook.xml and its
 * relationships: Excel keeps a moved tab's part number, so sheetN need not be the Nth tab.
 */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    // Relative to xl/ ("worksheets/sheet1.xml"), or from the package root ("/xl/worksheets/sheet1.xml").
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const part = targets.get(/\br:id="([^"]*)"/.exec(m[0])?.[1] ?? '');
    if (name !== undefined && part) parts.set(unescapeXml(name), part);
  }
  return parts;
}

function unescapeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex: string, dec: string, named: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[named],
  );
}

/**
 * Puts the file's breaks back on the loaded sheets, by name, never repeating one a sheet has.
 * Row breaks go where our summary writer puts its own (ExcelJS writes `ws.rowBreaks`); column
 * breaks are kept beside them for column-breaks.ts. Sheets the check replaces (summary sheets,
 * the state sheet) are new worksheets then, so none of their old breaks comes back.
 */
export function restorePageBreaks(wb: ExcelJS.Workbook, breaks: ReadonlyMap<string, SheetBreaks>): void {
  for (const [name, b] of breaks) {
    const ws = wb.worksheets.find((w) => w.name === name) as (ExcelJS.Worksheet & BreaksHolder) | undefined;
    if (!ws) continue;
    ws.rowBreaks = merged(ws.rowBreaks, b.rows);
    ws.colBreaks = merged(ws.colBreaks, b.cols);
  }
}

function merged(have: PageBreak[] = [], add: PageBreak[]): PageBreak[] {
  return [...have, ...add.filter((b) => !have.some((h) => h.id === b.id))];
}
