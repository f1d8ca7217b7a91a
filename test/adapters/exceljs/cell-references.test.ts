// Rows and cells without their reference (allowed by the schema: each follows the one before).
import { withCellReferences } from '../../../src/adapters/exceljs/cell-references';

const sheet = (data: string) => `<worksheet><sheetData>${data}</sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting></worksheet>`;

test('each row follows the row before, each cell the cell before; written references are kept and counted from', () => {
  const xml = sheet('<row><c t="s"><v>0</v></c><c/><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="4" spans="1:3"><c><v>1</v></c></row><row/><row><c t="inlineStr"><is><t>&lt;c&gt;</t></is></c></row>');
  expect(withCellReferences(xml)).toBe(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/><c r="E1"><v>5</v></c><c r="F1"><v>6</v></c></row><row r="4" spans="1:3"><c r="A4"><v>1</v></c></row><row r="5"/><row r="6"><c r="A6" t="inlineStr"><is><t>&lt;c&gt;</t></is></c></row>'));
});

test('column letters past Z; a sheet with every reference written is left as it is', () => {
  const cells = Array.from({ length: 28 }, () => '<c><v>1</v></c>').join('');
  expect(withCellReferences(sheet(`<row r="2">${cells}</row>`))).toContain('<c r="Z2"><v>1</v></c><c r="AA2"><v>1</v></c><c r="AB2"><v>1</v></c></row>');
  const written = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
  expect(withCellReferences(written)).toBe(written);
});

test('a long sheet is rewritten only when its first cells lack references', async () => {
  const JSZip = (await import('jszip')).default;
  const { packageAsRead } = await import('../../../src/adapters/exceljs/package-as-read');
  // 5,000 rows, ~150 KB: more than the start looked at.
  const rows = (refs: boolean) => Array.from({ length: 5000 }, (_, i) => (refs ? `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>Tân Sơn</t></is></c></row>` : `<row><c><v>${i}</v></c><c t="inlineStr"><is><t>Tân Sơn</t></is></c></row>`)).join('');
  for (const refs of [true, false]) {
    const zip = new JSZip();
    const xml = sheet(rows(refs));
    expect(xml.length).toBeGreaterThan(1 << 17);
    zip.file('xl/worksheets/sheet1.xml', xml);
    const input = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const { data } = await packageAsRead(input);
    expect(data === input).toBe(refs);
    const after = await (await JSZip.loadAsync(data)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(after).toContain('<row r="5000"><c r="A5000"><v>4999</v></c><c r="B5000" t="inlineStr">');
  }
});
