// Rows and cells written without their reference (<row>, <c> with no r="…"): the schema allows it
// (a cell then follows the one before it, a row the row before), Excel and LibreOffice read them,
// and some generators write them so. ExcelJS stopped at such a sheet ("Cannot read properties of
// undefined (reading 'col')"), so the file could not be checked. The package is read with each
// row's and cell's reference written out, where it follows from the ones before.

const TAG = /<(row|c)\b([^>]*?)(\/?)>/g;
/** A row or cell start tag without its reference, inside sheetData. */
const UNREFERENCED = /<(?:row|c)(?=[\s/>])(?![^>]*\sr=")/;

function columnName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** `xml` (a worksheet part) with every row and cell given its reference, or `xml` itself. */
export function withCellReferences(xml: string): string {
  const start = xml.indexOf('<sheetData');
  const end = xml.indexOf('</sheetData>');
  if (start < 0 || end < 0) return xml;
  const data = xml.slice(start, end);
  if (!UNREFERENCED.test(data.slice(data.indexOf('>') + 1))) return xml;
  let row = 0;
  let col = 0;
  const fixed = data.replace(TAG, (tag, name: string, attrs: string, close: string) => {
    if (name === 'row') {
      const r = /\sr="(\d+)"/.exec(attrs);
      row = r ? Number(r[1]) : row + 1;
      col = 0;
      return r ? tag : `<row r="${row}"${attrs}${close}>`;
    }
    const r = /\sr="([A-Z]+)(\d+)"/.exec(attrs);
    col = r ? columnNumber(r[1]) : col + 1;
    return r ? tag : `<c r="${columnName(col)}${row}"${attrs}${close}>`;
  });
  return xml.slice(0, start) + fixed + xml.slice(end);
}

/** Whether a part's start shows rows or cells without references (or too little to tell): a generator that leaves them out does so from its first cell on. */
export function mayLackReferences(start: string): boolean {
  const data = start.indexOf('<sheetData');
  if (data < 0) return true;
  const tags = start.slice(start.indexOf('>', data) + 1);
  return !/<c(?=[\s/>])/.test(tags) || UNREFERENCED.test(tags.slice(0, tags.lastIndexOf('>') + 1));
}
