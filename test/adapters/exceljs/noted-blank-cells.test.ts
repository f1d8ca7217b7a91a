// A note on a blank cell (no value, no format: Excel writes no <c> for it) is kept in the checked
// copy, on the same cell, and the cell stays blank. ExcelJS alone reads such a note as nothing.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { relationships, relsPathOf, resolveTarget } from '../../../src/adapters/exceljs/package-rels';
import { withNotedBlankCells } from '../../../src/adapters/exceljs/noted-blank-cells';

const BLANK = (ref: string) => `<c r="${ref}" s="1000000"/>`;
const sheet = (rows: string) => `<worksheet><sheetPr/><sheetData>${rows}</sheetData><pageMargins/></worksheet>`;

describe('withNotedBlankCells', () => {
  test('a note on a blank cell of a written row gets a cell between its neighbours', () => {
    const xml = sheet('<row r="2"><c r="A2"><v>1</v></c><c r="D2" t="s"><v>0</v></c></row>');
    expect(withNotedBlankCells(xml, ['C2'])).toBe(sheet(`<row r="2"><c r="A2"><v>1</v></c>${BLANK('C2')}<c r="D2" t="s"><v>0</v></c></row>`));
  });

  test('a note on a row the sheet does not hold gets the row, in row order; one below every row comes last', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>');
    expect(withNotedBlankCells(xml, ['B9', 'C3', 'AA3'])).toBe(
      sheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="3">${BLANK('C3')}${BLANK('AA3')}</row><row r="5"><c r="A5"><v>5</v></c></row><row r="9">${BLANK('B9')}</row>`),
    );
  });

  test('an empty sheet and an empty row (<row …/>) are given the cell', () => {
    expect(withNotedBlankCells('<worksheet><sheetData/></worksheet>', ['B2'])).toBe(`<worksheet><sheetData><row r="2">${BLANK('B2')}</row></sheetData></worksheet>`);
    expect(withNotedBlankCells(sheet('<row r="6" spans="3:3" ht="20"/>'), ['C6'])).toBe(sheet(`<row r="6" spans="3:3" ht="20">${BLANK('C6')}</row>`));
  });

  test('an empty cell without a style is replaced (ExcelJS skips it too); a cell with a value or a style is left as written', () => {
    const xml = sheet('<row r="2"><c r="A2"/><c r="B2" s="0"></c><c r="C2" s="4"/><c r="D2"><v>7</v></c></row>');
    expect(withNotedBlankCells(xml, ['A2', 'B2', 'C2', 'D2'])).toBe(sheet(`<row r="2">${BLANK('A2')}${BLANK('B2')}<c r="C2" s="4"/><c r="D2"><v>7</v></c></row>`));
    expect(withNotedBlankCells(xml, ['C2', 'D2'])).toBe(xml);
  });
});

const SHEET = 'Phân công';
// Blank in the sample (asserted below): a cell right of the table on a written row, and one below it.
const NOTES: Record<string, string> = { M7: 'Phòng Kinh tế hẹn nộp 20/10', C200: 'Còn thiếu số liệu của 2 xã' };

test('notes on blank cells are kept in the copy on the same cells, which stay blank', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(SHEET)!;
  for (const [ref, text] of Object.entries(NOTES)) {
    expect(ws.getCell(ref).value).toBeNull();
    ws.getCell(ref).note = text;
  }
  const input = Buffer.from(await wb.xlsx.writeBuffer());
  // As Excel writes them: the notes in the comments part, no cell under either.
  const original = await JSZip.loadAsync(input);
  const part = (await sheetParts(original)).get(SHEET)!;
  expect(await original.file(part)!.async('string')).not.toMatch(/<c r="(?:M7|C200)"/);

  const { copy } = await checkedCopyOf(input);
  const written = (await sheetParts(copy)).get(SHEET)!;
  const link = relationships(await copy.file(relsPathOf(written))!.async('string')).find((r) => r.type.endsWith('/comments'))!;
  const comments = await copy.file(resolveTarget(written, link.target))!.async('string');
  for (const [ref, text] of Object.entries(NOTES)) expect(comments).toMatch(new RegExp(`<comment ref="${ref}"[^>]*><text>.*?${text}.*?</text>`));
  // Blank still: no value written under either note.
  expect(await copy.file(written)!.async('string')).not.toMatch(/<c r="(?:M7|C200)"[^>]*>\s*<(?:v|is|f)>/);
});
