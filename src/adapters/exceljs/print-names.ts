// Print areas and titles (the built-in names _xlnm.Print_Area / _xlnm.Print_Titles) in the copy.
// ExcelJS rebuilds them from each sheet's page setup and damages the office's: a print area comes
// out with relative rows ('S'!$A1:$H25, which Excel may shift against the active cell when it
// evaluates the name), only the first of several areas is kept, and a print area over whole
// columns ('S'!$A:$H) is written '$ANaN:$HNaN'. A sheet loaded from the original gets the
// original's names as they were (its sheet renamed where the check renamed it); the names ExcelJS
// writes for the other sheets (the summary sheets) are made absolute, one name per sheet.

const NAME = /<definedName\b[^>]*(?:\/>|>[\s\S]*?<\/definedName>)/g;
const PRINT = /\bname="_xlnm\.Print_(?:Area|Titles)"/;

const unescapeXml = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const sheetId = (n: string) => /\blocalSheetId="(\d+)"/.exec(n)?.[1];
const kind = (n: string) => /\bname="([^"]*)"/.exec(n)?.[1] ?? '';

/** Sheet names in tab order (a name's localSheetId is an index into it). */
export function sheetOrder(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => unescapeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ''));
}

/** The sheets (by name) that have a print area or print titles in a workbook part. */
export function sheetsWithPrintNames(workbookXml: string): Set<string> {
  const sheets = sheetOrder(workbookXml);
  const out = new Set<string>();
  for (const n of workbookXml.match(NAME) ?? []) {
    const id = sheetId(n);
    if (PRINT.test(n) && id !== undefined && sheets[Number(id)] !== undefined) out.add(sheets[Number(id)]);
  }
  return out;
}

/** `'S'!$A1:$H25` → `'S'!$A$1:$H$25`: an area as ExcelJS writes it, its rows made absolute (the sheet's name left alone). */
export function absoluteRows(area: string): string {
  return area.replace(/![^!]*$/, (range) => range.replace(/\$?([A-Z]{1,3})\$?(\d+)/g, '$$$1$$$2'));
}

/** The original's name for sheet `was` as it stands for sheet `now` at index `at`. */
function moved(name: string, was: string, now: string, at: number): string {
  const withId = name.replace(/\blocalSheetId="\d+"/, `localSheetId="${at}"`);
  if (was === now) return withId;
  const parts = /^(<definedName\b[^>]*>)([\s\S]*)(<\/definedName>)$/.exec(withId);
  if (!parts) return withId;
  // The sheet as Excel names it: quoted (apostrophes doubled), or bare where no quote is needed.
  const refs = [quoted(was) + '!', was + '!'];
  const text = refs.reduce((t, ref) => t.split(ref).join(quoted(now) + '!'), unescapeXml(parts[2]));
  return parts[1] + escapeText(text) + parts[3];
}

/**
 * `written` (the copy's workbook part, names quoted by defined-names.ts) with the print names of
 * the sheets loaded from the original (`from`: name now → name in the original) taken from
 * `original`, and ExcelJS's print areas for the others absolute.
 */
export function withPrintNames(original: string, written: string, from: ReadonlyMap<string, string>): string {
  const before = sheetOrder(original);
  const after = sheetOrder(written);
  const originals = (original.match(NAME) ?? []).filter((n) => PRINT.test(n) && sheetId(n) !== undefined);
  // Sheets now → their original print names, for those that had some.
  const taken = new Map<number, string[]>();
  for (const [now, was] of from) {
    const at = after.indexOf(now);
    const names = originals.filter((n) => before[Number(sheetId(n))] === was);
    if (at >= 0 && names.length) taken.set(at, names.map((n) => moved(n, was, now, at)));
  }
  const areas = new Map<string, string[]>();
  const out: string[] = [];
  for (const n of written.match(NAME) ?? []) {
    const id = sheetId(n);
    if (!PRINT.test(n) || id === undefined) out.push(n);
    else if (taken.has(Number(id))) continue;
    else if (kind(n) !== '_xlnm.Print_Area') out.push(n);
    else {
      // ExcelJS writes one name per area; Excel has one name per sheet, the areas joined by commas.
      const text = /^<definedName\b[^>]*>([\s\S]*)<\/definedName>$/.exec(n)?.[1] ?? '';
      if (!areas.has(id)) {
        areas.set(id, []);
        out.push(`\u0000${id}`);
      }
      areas.get(id)!.push(absoluteRows(text));
    }
  }
  const names = out.map((n) => (n.startsWith('\u0000') ? `<definedName name="_xlnm.Print_Area" localSheetId="${n.slice(1)}">${areas.get(n.slice(1))!.join(',')}</definedName>` : n));
  for (const list of taken.values()) names.push(...list);
  if (!names.length) return written;
  const block = `<definedNames>${names.join('')}</definedNames>`;
  return /<definedNames\b/.test(written) ? written.replace(/<definedNames\b[^>]*\/>|<definedNames\b[^>]*>[\s\S]*?<\/definedNames>/, block) : written.replace('</sheets>', `</sheets>${block}`);
}
