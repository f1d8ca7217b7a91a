// Seeded office workbooks for the copy-path property test: the bench's assignment, communes and
// status sheets (so the check recognizes them and marks cells), written with ExcelJS and dressed
// with what offices add to theirs — merged titles, rich text, formulas (shared too), links,
// dates, formats, notes (some as plain text), drop-downs, conditional formats, hidden rows and
// columns, frozen panes, names, print areas, filters (some with criteria), cells typed with an
// apostrophe, extra and hidden sheets, long and NFD text, text pasted from Word (returns, control
// characters, a typed "_x0041_", escaped as Excel writes them), odd names.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { generateWorkbookData } from '../../bench/generate';
import { mulberry32, pick, type Rng } from '../../bench/generate/prng';
import type { CellValue, SheetData } from '../../src/domain/model/grid';
import { escapeXstring } from '../../src/adapters/exceljs/escaped-text';

const FONTS = ['Times New Roman', 'Arial', 'Calibri', '.VnTime'];
const FORMATS = ['#,##0', '#,##0.00', '0.0%', 'dd/mm/yyyy', 'mm/yyyy', '@', '"Đạt";"Đạt";"Chưa đạt"', '[Red]0;[Blue]-0', '#,##0 "ha"'];
const WORDS = ['Rà soát', 'hồ sơ', 'xã', 'Tân Sơn', 'Phòng Nông nghiệp', 'quý III/2023', 'đạt chuẩn', 'đường giao thông', 'Nhà văn hóa', 'ấp', 'kênh', '(đang thi công)', '17,5 km', '–', '“Đạt”'];
const NOTES = ['Đã nhắc phòng TN-MT', 'Số liệu của xã gửi ngày 12/9', 'Chờ thẩm định', 'Anh Nam kiểm tra lại'];
const CF_STYLE = { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'dotted' }, right: { style: 'medium', color: { argb: 'FF0070C0' } } };
/** Default fonts as Excel and LibreOffice write them (File › Options › General › default font). */
const DEFAULT_FONTS = [
  '<font><sz val="12"/><color theme="1"/><name val="Times New Roman"/><family val="2"/><charset val="163"/></font>',
  '<font><sz val="10"/><name val="Arial"/><family val="2"/></font>',
  '<font><sz val="13"/><name val=".VnTime"/><family val="2"/></font>',
];
const EXTRA_NAMES = ['Ghi chú', "Q'3 2023", 'Số liệu năm 2023', 'Nháp', 'Biểu 01 (gửi tỉnh)', 'Tổng hợp cũ'];

const int = (rnd: Rng, n: number) => Math.floor(rnd() * n);
const chance = (rnd: Rng, p: number) => rnd() < p;
const words = (rnd: Rng, n: number) => Array.from({ length: n }, () => pick(rnd, WORDS)).join(' ');
const col = (c: number) => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** One cell value as the engine would see it in ExcelJS's terms. */
function toExcel(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object' && !(v instanceof Date)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function writeData(ws: ExcelJS.Worksheet, sheet: SheetData, rnd: Rng): void {
  sheet.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = toExcel(v);
    }),
  );
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  ws.getColumn(1).width = 6;
  if (chance(rnd, 0.6)) for (let c = 2; c <= 8; c++) ws.getColumn(c).width = 10 + int(rnd, 30);
}

/** Formats and notes on cells already there; a note on some verdict cells the check will mark. */
function dressCells(ws: ExcelJS.Worksheet, rnd: Rng): void {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  for (let i = int(rnd, 25); i > 0; i--) {
    const cell = ws.getCell(1 + int(rnd, rows), 1 + int(rnd, cols));
    const what = int(rnd, 5);
    if (what === 0) cell.fill = { type: 'pattern', pattern: pick(rnd, ['solid', 'lightGray', 'darkHorizontal'] as const), fgColor: chance(rnd, 0.5) ? { argb: 'FFFFFF00' } : ({ theme: 5, tint: 0.4 } as unknown as ExcelJS.Color) };
    else if (what === 1) cell.font = { name: pick(rnd, FONTS), size: 10 + int(rnd, 6), bold: chance(rnd, 0.5), italic: chance(rnd, 0.3), color: { argb: 'FFC00000' } };
    else if (what === 2) cell.border = BORDER;
    else if (what === 3) cell.numFmt = pick(rnd, FORMATS);
    else cell.alignment = { wrapText: true, vertical: 'middle', horizontal: pick(rnd, ['left', 'center', 'right'] as const) };
  }
  const unmet: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void (cell.value === 'Chưa đạt' || (typeof cell.value === 'string' && /quý/i.test(cell.value)) ? unmet.push(cell) : 0)));
  for (let i = int(rnd, 4); i > 0 && unmet.length; i--) note(pick(rnd, unmet), rnd);
  for (let i = int(rnd, 3); i > 0; i--) note(ws.getCell(1 + int(rnd, rows), 1 + int(rnd, cols)), rnd);
}

function note(cell: ExcelJS.Cell, rnd: Rng): void {
  cell.note = chance(rnd, 0.6) ? pick(rnd, NOTES) : { texts: [{ font: { bold: true, size: 9 }, text: 'Hưng:' }, { text: `\n${pick(rnd, NOTES)}` }] };
}

/** Cells of the office's own to the right of the table: text, formulas, links, dates, long text. */
function sideCells(ws: ExcelJS.Worksheet, rnd: Rng, sheetNames: string[]): void {
  const left = ws.columnCount + 2;
  const c = col(left);
  const n = 2 + int(rnd, 8);
  for (let r = 1; r <= n; r++) ws.getCell(r, left).value = r;
  for (let i = int(rnd, 10); i > 0; i--) {
    const cell = ws.getCell(1 + int(rnd, n + 5), left + 1 + int(rnd, 4));
    const what = int(rnd, 10);
    if (what === 0) cell.value = { richText: [{ text: 'Ghi chú: ', font: { bold: true } }, { text: words(rnd, 3), font: { italic: true, color: { argb: 'FF0000FF' } } }] };
    else if (what === 1) cell.value = { formula: `SUM(${c}1:${c}${n})`, result: (n * (n + 1)) / 2 };
    else if (what === 2) cell.value = { formula: `IF(${c}1>0,"Đạt","Chưa đạt")`, result: 'Đạt' };
    else if (what === 3) cell.value = { text: 'Quyết định 318', hyperlink: 'https://example.org/qd318?nam=2023&x=1', tooltip: 'Mở văn bản' };
    else if (what === 4) cell.value = { text: 'Về trang', hyperlink: `#${quoted(pick(rnd, sheetNames))}!A1` };
    else if (what === 5) {
      cell.value = new Date(Date.UTC(2023, int(rnd, 12), 1 + int(rnd, 28)));
      cell.numFmt = pick(rnd, ['dd/mm/yyyy', 'mm/yyyy', 'd mmmm yyyy']);
    } else if (what === 6) cell.value = chance(rnd, 0.5) ? 'x'.repeat(1000) + words(rnd, 400).slice(0, 30000) : words(rnd, 300);
    else if (what === 7) cell.value = words(rnd, 4).normalize('NFD');
    else if (what === 8) cell.value = chance(rnd, 0.5) ? { error: '#N/A' } as ExcelJS.CellErrorValue : -1234.5678;
    else {
      // Text pasted from Word (a return before each line break), a control character, a typed
      // "_x0041_", in a cell and its note, escaped as Excel writes them ("_x000D_", "_x000B_", "_x005F_x0041_").
      cell.value = escapeXstring(`${words(rnd, 3)}\r\n${words(rnd, 2)}\u000B _x0041_`);
      cell.note = escapeXstring(`Dán từ Word:\r\n${pick(rnd, NOTES)}\u0007`);
    }
  }
  // A shared formula down a column beside the numbers (Excel fills a column so).
  if (chance(rnd, 0.6)) {
    const target = col(left + 5);
    ws.fillFormula(`${target}1:${target}${n}`, `${c}1*2`, Array.from({ length: n }, (_, i) => (i + 1) * 2));
  }
}

function sheetSettings(ws: ExcelJS.Worksheet, rnd: Rng, extraValidation: boolean): void {
  const rows = Math.max(ws.rowCount, 2);
  const cols = Math.max(ws.columnCount, 2);
  const area = `A1:${col(Math.min(cols, 8))}${rows}`;
  if (chance(rnd, 0.4)) for (let i = 1 + int(rnd, 3); i > 0; i--) ws.getRow(2 + int(rnd, rows - 1)).hidden = true;
  if (chance(rnd, 0.4)) ws.getColumn(cols + 1 + int(rnd, 3)).hidden = true;
  if (chance(rnd, 0.2)) ws.getColumn(1 + int(rnd, cols)).hidden = true;
  if (chance(rnd, 0.5)) ws.views = [{ state: 'frozen', xSplit: int(rnd, 3), ySplit: 1 + int(rnd, 5), topLeftCell: undefined, activeCell: 'A1' }];
  // A print area over cells, or over whole columns (Page Layout › Print Area on selected columns).
  if (chance(rnd, 0.3)) ws.pageSetup.printArea = chance(rnd, 0.3) ? `A:${col(Math.min(cols, 8))}` : area;
  if (chance(rnd, 0.3)) ws.pageSetup.printTitlesRow = '1:3';
  if (rows > 4 && chance(rnd, 0.3)) ws.autoFilter = `A${2 + int(rnd, 3)}:${col(Math.min(cols, 6))}${rows}`;
  // Ranges from row 4 down only where there are such rows: ExcelJS cannot write a drop-down given bottom to top (C4:C2).
  if (rows > 4 && (extraValidation || chance(rnd, 0.4))) {
    const c = col(1 + int(rnd, cols));
    (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${c}4:${c}${rows}`, { type: 'list', allowBlank: true, formulae: ['"Đạt,Chưa đạt"'], showErrorMessage: true, errorTitle: 'Sai', error: 'Chọn Đạt hoặc Chưa đạt' });
  }
  if (chance(rnd, 0.3)) ws.getCell(1 + int(rnd, rows), 1 + int(rnd, cols)).dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [0, 100], showInputMessage: true, prompt: 'Từ 0 đến 100' };
  if (rows > 4 && chance(rnd, 0.5)) {
    const ref = `C4:${col(Math.max(cols, 4))}${rows}`;
    const rules: ExcelJS.ConditionalFormattingRule[] = [];
    const kind = int(rnd, 4);
    if (kind === 0) rules.push({ type: 'cellIs', operator: 'equal', formulae: ['"Chưa đạt"'], priority: 1, style: CF_STYLE } as ExcelJS.ConditionalFormattingRule);
    else if (kind === 1) rules.push({ type: 'expression', formulae: ['LEN(C4)>20'], priority: 1, style: CF_STYLE } as ExcelJS.ConditionalFormattingRule);
    else if (kind === 2) rules.push({ type: 'containsText', operator: 'containsText', text: 'Chưa', priority: 1, style: CF_STYLE } as ExcelJS.ConditionalFormattingRule);
    else rules.push({ type: 'colorScale', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: [{ argb: 'FFF8696B' }, { argb: 'FF63BE7B' }] } as ExcelJS.ConditionalFormattingRule);
    ws.addConditionalFormatting({ ref, rules });
  }
}

/** A sheet the check has no use for: a memo, old figures, a hidden scratch sheet. */
function extraSheet(wb: ExcelJS.Workbook, name: string, rnd: Rng): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, chance(rnd, 0.3) ? { state: 'hidden' } : undefined);
  ws.getCell('A1').value = words(rnd, 5).toUpperCase();
  ws.mergeCells('A1:F1');
  for (let r = 3; r < 3 + int(rnd, 12); r++) {
    ws.getCell(r, 1).value = r - 2;
    ws.getCell(r, 2).value = chance(rnd, 0.2) ? words(rnd, 3).normalize('NFD') : words(rnd, 3);
    ws.getCell(r, 3).value = chance(rnd, 0.5) ? Math.round(rnd() * 1e6) / 100 : { formula: `A${r}*10`, result: (r - 2) * 10 };
  }
  return ws;
}

export interface RandomBook {
  buffer: Buffer;
  /** What the generator put in, for the report of a failure. */
  sheets: string[];
}

/** Workbook number `index` of the stream `seed`: the same pair gives the same bytes. */
export async function randomOfficeBook(seed: number, index: number): Promise<RandomBook> {
  const rnd = mulberry32(seed * 7919 + index);
  const data = generateWorkbookData({ communes: 3 + int(rnd, 10), shape: chance(rnd, 0.7) ? 'matrix' : 'long', seed: seed + index });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Văn phòng Điều phối NTM';
  const extras = EXTRA_NAMES.filter(() => chance(rnd, 0.3));
  // Extra sheets before, between and after the engine's, as offices order them.
  const order: (SheetData | string)[] = [...data.sheets];
  for (const name of extras) order.splice(int(rnd, order.length + 1), 0, name);
  const names = order.map((s) => (typeof s === 'string' ? s : s.name));
  for (const item of order) {
    if (typeof item === 'string') {
      const ws = extraSheet(wb, item, rnd);
      if (chance(rnd, 0.5)) sheetSettings(ws, rnd, false);
      if (chance(rnd, 0.5)) dressCells(ws, rnd);
      continue;
    }
    const ws = wb.addWorksheet(item.name);
    writeData(ws, item, rnd);
    dressCells(ws, rnd);
    if (chance(rnd, 0.7)) sideCells(ws, rnd, names);
    sheetSettings(ws, rnd, chance(rnd, 0.3));
  }
  // Names: a plain range, one scoped to a sheet, a constant.
  const first = data.sheets[0].name;
  if (chance(rnd, 0.5)) wb.definedNames.add(`${quoted(first)}!$B$4:$B$20`, 'DanhMucTieuChi');
  if (chance(rnd, 0.3) && extras.length) wb.definedNames.add(`${quoted(extras[0])}!$A$1`, 'GhiChuDau');
  const written = await asExcelWritesNames(Buffer.from(await wb.xlsx.writeBuffer()), names);
  const named = chance(rnd, 0.4) ? await withNamesExcelJSCannotWrite(written, names.indexOf(first)) : written;
  const fonted = chance(rnd, 0.4) ? await withDefaultFont(named, pick(rnd, DEFAULT_FONTS)) : named;
  // A stream of its own, so that the books above stay as they were for a seed.
  return { buffer: await asOtherWritersDo(fonted, mulberry32(seed * 104729 + index)), sheets: names };
}

/** A constant and a sheet-scoped formula name (Formulas › Name Manager), which ExcelJS cannot write. */
async function withNamesExcelJSCannotWrite(xlsx: Buffer, sheet: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const names = `<definedName name="NamKH">2023</definedName><definedName name="DsDat" localSheetId="${sheet}">OFFSET($B$4,0,0,COUNTA($B:$B),1)</definedName>`;
  const withNames = book.includes('<definedNames>') ? book.replace('<definedNames>', `<definedNames>${names}`) : book.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
  zip.file('xl/workbook.xml', withNames);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * ExcelJS writes a print area or titles on a sheet named with an apostrophe without doubling it
 * ('Q'3 2023'!$1:$3), which no Excel writes and ExcelJS then cannot read, and a print area with
 * relative rows ($A1:$H25, Excel writes $A$1:$H$25); the names as Excel writes them.
 */
async function asExcelWritesNames(xlsx: Buffer, sheets: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let book = await zip.file('xl/workbook.xml')!.async('string');
  const xml = (s: string) => s.replace(/'/g, '&apos;');
  for (const name of sheets.filter((n) => n.includes("'"))) book = book.split(`>${xml(`'${name}'!`)}`).join(`>${xml(quoted(name))}!`);
  book = book.replace(/(<definedName name="_xlnm\.Print_Area"[^>]*>)([^<]*)/g, (_m, open: string, text: string) => open + text.replace(/!\$([A-Z]+)(\d+):\$([A-Z]+)(\d+)$/, '!$$$1$$$2:$$$3$$$4'));
  zip.file('xl/workbook.xml', book);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * What ExcelJS cannot write, as openpyxl and Excel write it: notes of one run as plain text (no
 * runs), a filter's criterion, a cell format with a leading apostrophe (quotePrefix).
 */
async function asOtherWritersDo(xlsx: Buffer, rnd: Rng): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const [plain, filtered, quoted] = [chance(rnd, 0.4), chance(rnd, 0.5), chance(rnd, 0.3)];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/(?:comments\d+|worksheets\/sheet\d+|styles)\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    if (plain && /^xl\/comments\d+\.xml$/.test(name)) zip.file(name, xml.replace(/<text><r>(?:<rPr>[\s\S]*?<\/rPr>)?(<t\b[^>]*>[^<]*<\/t>)<\/r><\/text>/g, '<text>$1</text>'));
    if (filtered && /^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      const criterion = pick(rnd, ['<filters blank="1"><filter val="Đạt"/></filters>', '<customFilters><customFilter operator="notEqual" val=" "/></customFilters>']);
      zip.file(name, xml.replace(/<autoFilter ref="([^"]*)"\/>/, (_m, ref: string) => `<autoFilter ref="${ref}"><filterColumn colId="${int(rnd, 2)}">${criterion}</filterColumn></autoFilter>`));
    }
    if (quoted && name === 'xl/styles.xml') {
      const cellXfs = /<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/.exec(xml)![0];
      const count = cellXfs.match(/<xf\b/g)!.length;
      let i = 0;
      const which = 1 + int(rnd, Math.max(1, count - 1));
      zip.file(name, xml.replace(cellXfs, () => cellXfs.replace(/<xf\b/g, (m) => (i++ === which ? '<xf quotePrefix="1"' : m))));
    }
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The workbook's default font (its first font, which unformatted cells use) set to `font`. */
async function withDefaultFont(xlsx: Buffer, font: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replace(/(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/, (_m, open: string) => open + font));
  return zip.generateAsync({ type: 'nodebuffer' });
}
