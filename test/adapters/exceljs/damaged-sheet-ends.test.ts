// A file damaged where merges and links are written (a range merged twice, a merge over another,
// a link without its relationship; Excel offers to repair it, LibreOffice opens it) is checked and
// copied: ExcelJS alone stopped at it ("Cannot merge already merged cells", "reading 'Target'").
import * as fs from 'fs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { SAMPLE } from '../../support/sample-variants';
import { sheetParts } from '../../../src/adapters/exceljs/page-breaks';
import { overlappingMerges, withoutOverlappingMerges } from '../../../src/adapters/exceljs/overlapping-merges';
import { danglingLinks, withoutDanglingLinks } from '../../../src/adapters/exceljs/dangling-links';
import { scanPart } from '../../../src/adapters/exceljs/part-stream';
import { loadWorkbookFile } from '../../../src/cli/workbook-io';
import { checkWorkbook } from '../../../src/domain/check';

describe('overlapping merges', () => {
  const xml = '<sheetData/><mergeCells count="4"><mergeCell ref="A1:D1"/><mergeCell ref="A1:D1"/><mergeCell ref="C1:E2"/><mergeCell ref="F5:G5"/></mergeCells><pageMargins/>';

  test('a range listed again is repeated, one sharing cells with an earlier range is lost', () => {
    expect(overlappingMerges(xml)).toEqual({ repeated: ['A1:D1'], lost: ['C1:E2'] });
    expect(overlappingMerges('<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C1:D1"/></mergeCells>')).toEqual({ repeated: [], lost: [] });
  });

  test('the sheet keeps the first of each, and its count says so', () => {
    expect(withoutOverlappingMerges(xml)).toBe('<sheetData/><mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="F5:G5"/></mergeCells><pageMargins/>');
  });
});

describe('links without their relationship', () => {
  const xml = `<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId9" tooltip="x"/><hyperlink ref="C1" location="'Danh mục'!A1"/></hyperlinks>`;

  test('are named and left out; a link to a place in the workbook needs none and stays', () => {
    expect(danglingLinks(xml, new Set(['rId1']))).toEqual(['rId9']);
    expect(withoutDanglingLinks(xml, new Set(['rId1']))).toBe(`<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="C1" location="'Danh mục'!A1"/></hyperlinks>`);
    expect(withoutDanglingLinks('<x/><hyperlinks><hyperlink ref="B1" r:id="rId9"/></hyperlinks><y/>', new Set())).toBe('<x/><y/>');
  });
});

test('one scan of a part gives its start, whether a text is in it and what follows the marker, wherever the stream cuts them', async () => {
  for (const pad of [0, 1, 7, 16370, 16379, 16384, 65530, 65536]) {
    const zip = new JSZip();
    const text = `${'x'.repeat(pad)}</sheetData><mergeCells/>${'é'.repeat(70000)}`;
    zip.file('p.xml', text);
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const scan = await scanPart(loaded, 'p.xml', (t) => t.includes('</sheetData><merge'), '</sheetData>');
    expect(scan.after).toBe(`<mergeCells/>${'é'.repeat(70000)}`);
    expect(scan.found).toBe(true);
    expect(text.startsWith(scan.head) && scan.head.length >= Math.min(text.length, 1 << 16)).toBe(true);
  }
  const none = new JSZip();
  none.file('p.xml', '<worksheet/>');
  expect(await scanPart(none, 'p.xml', (t) => t.includes('d"'), '</sheetData>')).toEqual({ head: '<worksheet/>', found: false, after: '' });
});

const SHEET = 'Phân công';

test('a sheet with a range merged twice, a merge over another and a link without its relationship is checked and copied as the sample is', async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  const part = (await sheetParts(zip)).get(SHEET)!;
  const xml = await zip.file(part)!.async('string');
  const first = /<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"\/>/.exec(xml)![1];
  const [, col, row] = /^([A-Z]+)(\d+):/.exec(first)!;
  // The first range again, and a range from its first cell one row further down (sharing that cell).
  const over = `${col}${row}:${col}${Number(row) + 1}`;
  const damaged = xml
    .replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 2}"><mergeCell ref="${first}"/>`)
    .replace('</mergeCells>', `<mergeCell ref="${over}"/></mergeCells>`)
    .replace(/(<pageMargins\b)/, '<hyperlinks><hyperlink ref="Z9" r:id="rId77"/></hyperlinks>$1');
  expect(overlappingMerges(damaged)).toEqual({ repeated: [first], lost: [over] });
  zip.file(part, damaged);
  const input = await zip.generateAsync({ type: 'nodebuffer' });

  const { copy, loaded } = await checkedCopyOf(input);
  const copied = await copy.file((await sheetParts(copy)).get(SHEET)!)!.async('string');
  expect([...copied.matchAll(/<mergeCell ref="([^"]*)"/g)].map((m) => m[1]).filter((r) => r === first || r === over)).toEqual([first]);
  expect(copied).not.toContain('Z9');
  expect(loaded.notKept.map((n) => n.en)).toEqual(['1 merged range(s) overlapping another (the file is damaged there; the checked copy keeps the first)']);
  // Read as the sample is: the same findings.
  const sample = await loadWorkbookFile(SAMPLE);
  const findings = (data: typeof sample.data) => checkWorkbook(data, { asOf: '2023-10-15' }).findings.map((f) => [f.code, f.sheet, f.cell, f.message.vi]);
  expect(findings(loaded.data)).toEqual(findings(sample.data));
});
