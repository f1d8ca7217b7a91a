// The office's own names (Formulas › Name Manager), copied from the original into the copy.
// ExcelJS keeps only names that are plain ranges, and scopes none to a sheet: a constant name
// ("NamKeHoach" = 2023) or a formula name (an OFFSET list feeding a drop-down) vanishes, and every
// formula using it shows #NAME?. The check writes no names of its own, so the original's names
// replace the ones ExcelJS wrote, built-in ones too (a filter's hidden _xlnm._FilterDatabase,
// which ExcelJS made workbook-wide and visible); print areas and titles, which ExcelJS writes from
// each sheet's page setup, the summary sheets' included, are the original's for the office's
// sheets and ExcelJS's, made absolute, for the others (print-names.ts).
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { sheetOrder, withPrintNames } from './print-names';

const WORKBOOK = 'xl/workbook.xml';
const NAME = /<definedName\b[^>]*(?:\/>|>[\s\S]*?<\/definedName>)/g;

const PRINT = /\bname="_xlnm\.Print_(?:Area|Titles)"/;

/** The names of a workbook part the copy takes as written: not print areas and titles nor those pointing into another file ("[1]Sheet!A1": the link itself is not kept). */
export function namesToCopy(workbookXml: string): string[] {
  return (workbookXml.match(NAME) ?? []).filter((n) => !PRINT.test(n) && !/>[^<]*\[\d+\]/.test(n));
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A workbook part whose print areas and titles quote their sheet as Excel does. ExcelJS writes
 * them as `'<sheet>'!…` without doubling an apostrophe in the name (`'Q'3 2023'!$1:$3`), which
 * it cannot read back itself ("Cannot read properties of undefined (reading 'match')"): a re-run
 * on such a copy, or any file ExcelJS wrote, could not be opened. Each is fixed by the sheet it is scoped to.
 */
export function withBuiltInNamesQuoted(workbookXml: string): string {
  const sheets = sheetOrder(workbookXml);
  return workbookXml.replace(NAME, (n) => {
    const id = /\blocalSheetId="(\d+)"/.exec(n)?.[1];
    const sheet = id === undefined ? undefined : sheets[Number(id)];
    const parts = /^(<definedName\b[^>]*>)([\s\S]*)(<\/definedName>)$/.exec(n);
    if (!parts || !sheet?.includes("'") || !/\bname="_xlnm\./.test(n)) return n;
    const text = unescapeXml(parts[2]);
    const quoted = `'${sheet.replace(/'/g, "''")}'!`;
    // Already as Excel writes it (the original itself): left alone.
    if (text.includes(quoted)) return n;
    return parts[1] + escapeText(text.split(`'${sheet}'!`).join(quoted)) + parts[3];
  });
}

/**
 * Whether ExcelJS will write print names to repair: a print area (relative rows: print-names.ts),
 * or titles on a sheet named with an apostrophe (fixed by `withBuiltInNamesQuoted`).
 */
export function hasPrintNamesToRepair(wb: ExcelJS.Workbook): boolean {
  return wb.worksheets.some((ws) => Boolean(ws.pageSetup.printArea) || (ws.name.includes("'") && Boolean(ws.pageSetup.printTitlesRow || ws.pageSetup.printTitlesColumn)));
}

/**
 * Puts the original's names into the copy in place of ExcelJS's, each scoped to the same sheet
 * (found by name) as before; the print names of the sheets loaded from the original (`loaded`: name
 * now → name in the original) are the original's too.
 */
export async function restoreDefinedNames(source: JSZip, copy: JSZip, loaded: ReadonlyMap<string, string> = new Map()): Promise<void> {
  const original = (await source.file(WORKBOOK)?.async('string')) ?? '';
  const names = namesToCopy(original);
  const asWritten = await copy.file(WORKBOOK)?.async('string');
  if (asWritten === undefined) return;
  // Quoted last: a print name copied from a file ExcelJS wrote may need it too.
  const written = withBuiltInNamesQuoted(withPrintNames(original, asWritten, loaded));
  if (!names.length) {
    if (written !== asWritten) copy.file(WORKBOOK, written);
    return;
  }
  const from = sheetOrder(original);
  const to = sheetOrder(written);
  const scoped = names.flatMap((n) => {
    const id = /\blocalSheetId="(\d+)"/.exec(n)?.[1];
    if (id === undefined) return [n];
    const at = to.indexOf(from[Number(id)]);
    return at < 0 ? [] : [n.replace(/\blocalSheetId="\d+"/, `localSheetId="${at}"`)];
  });
  const kept = (written.match(NAME) ?? []).filter((n) => PRINT.test(n));
  const block = `<definedNames>${[...scoped, ...kept].join('')}</definedNames>`;
  const xml = /<definedNames\b/.test(written) ? written.replace(/<definedNames\b[^>]*\/>|<definedNames\b[^>]*>[\s\S]*?<\/definedNames>/, block) : written.replace('</sheets>', `</sheets>${block}`);
  copy.file(WORKBOOK, xml);
}
