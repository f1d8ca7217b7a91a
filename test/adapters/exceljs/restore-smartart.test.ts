// SmartArt graphics on the office's sheets reach the checked copy (ExcelJS drops them without a
// word): the frame's anchor, its data, layout, quick style and colours, and the shapes Excel laid
// out for it, which the data part names through an Id of the sheet's drawing: in the copy that Id
// is one of the copy's drawing. What cannot come back is named.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkedCopyOf } from '../../support/checked-copy';
import { drawingOfSheet, PNG, REL, text } from '../../support/chart-package';
import { addSmartArt, DIAGRAM_REL, DIAGRAM_TYPE } from '../../support/smartart-package';
import { packageProblems } from '../../support/package-check';
import { inspectPackage } from '../../../src/adapters/exceljs/package-parts';
import { relationships, relsPathOf } from '../../../src/adapters/exceljs/package-rels';

const STEPS = ['Rà soát', 'Tổng hợp', 'Báo cáo'];
const SMARTART_LINE = /sơ đồ SmartArt/;
const buffer = (zip: JSZip) => zip.generateAsync({ type: 'nodebuffer' });

/** The steps of the commune review, typed on "Quy trình"; with `logo`, the district's logo on it (ExcelJS's picture, Id rId7 in the file). */
async function reviewSteps(logo = false): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Quy trình');
  ws.addRows([['QUY TRÌNH XÉT CÔNG NHẬN XÃ ĐẠT CHUẨN NÔNG THÔN MỚI'], [], ['Bước', 'Việc'], ...STEPS.map((s, i) => [i + 1, s])]);
  wb.addWorksheet('Ghi chú').addRows([['Sơ đồ các bước của huyện']]);
  if (logo) ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'M1:N3');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  if (logo) {
    zip.file('xl/drawings/drawing1.xml', (await text(zip, 'xl/drawings/drawing1.xml')).replace('r:embed="rId1"', 'r:embed="rId7"'));
    zip.file('xl/drawings/_rels/drawing1.xml.rels', (await text(zip, 'xl/drawings/_rels/drawing1.xml.rels')).replace('Id="rId1"', 'Id="rId7"'));
  }
  return zip;
}

/** The SmartArt frames of a drawing: each anchor and the parts its four Ids lead to, and the laid-out shapes its data part's link leads to. */
async function smartArtsOf(copy: JSZip, name: string) {
  const d = await drawingOfSheet(copy, name);
  const anchors = d.xml.match(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g)!.filter((a) => a.includes('<dgm:relIds '));
  return Promise.all(
    anchors.map(async (a) => {
      const ids = Object.fromEntries(['dm', 'lo', 'qs', 'cs'].map((k) => [k, new RegExp(`\\sr:${k}="([^"]+)"`).exec(a)![1]]));
      const data = d.lead(ids.dm)!;
      const cacheId = /<dsp:dataModelExt\b[^>]*\srelId="([^"]+)"/.exec(await text(copy, data.part))![1];
      return { anchor: a, data, layout: d.lead(ids.lo)!, quickStyle: d.lead(ids.qs)!, colors: d.lead(ids.cs)!, cache: d.lead(cacheId)! };
    }),
  );
}

test('a SmartArt graphic on a sheet is in the copy: its anchor, its parts typed and linked, the laid-out shapes its data names through an Id of the copy\'s drawing; it is not named', async () => {
  const zip = await reviewSteps();
  const added = await addSmartArt(zip, { sheet: 'Quy trình', items: STEPS, from: [3, 2], to: [10, 14] });
  const originals = Object.fromEntries(await Promise.all(Object.entries(added.parts).map(async ([k, p]) => [k, await text(zip, p)])));
  const { loaded, copy, reread } = await checkedCopyOf(await buffer(zip));
  expect(loaded.notKept).toEqual([]);
  expect(await packageProblems(copy)).toEqual([]);
  const [art, ...more] = await smartArtsOf(copy, 'Quy trình');
  expect(more).toEqual([]);
  expect(art.anchor).toContain('<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>');
  expect(art.anchor).toContain('<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row>');
  // Each Id leads to its kind of part, as it was in the original; the data part's link to the drawing's Id of the laid-out shapes.
  const types = await text(copy, '[Content_Types].xml');
  for (const kind of ['data', 'layout', 'quickStyle', 'colors', 'cache'] as const) {
    const k = kind === 'cache' ? 'drawing' : kind;
    expect(art[kind].type).toBe(DIAGRAM_REL[k]);
    expect(types).toContain(`<Override PartName="/${art[kind].part}" ContentType="${DIAGRAM_TYPE[k]}"/>`);
    if (kind !== 'data') expect(await text(copy, art[kind].part)).toBe(originals[k]);
  }
  expect(await text(copy, art.cache.part)).toContain('<a:t>Tổng hợp</a:t>');
  expect(await text(copy, art.data.part)).toContain('<a:t>Báo cáo</a:t>');
  expect(reread.getWorksheet('Quy trình')!.getCell('B4').value).toBe('Rà soát');
  // A second check of the copy keeps it too.
  const again = await checkedCopyOf(await buffer(copy));
  expect(again.loaded.notKept).toEqual([]);
  expect(await smartArtsOf(again.copy, 'Quy trình')).toHaveLength(1);
});

test('beside the logo ExcelJS writes as rId1, a SmartArt whose Ids were rId1…rId5 links its laid-out shapes through an Id the copy gives it; two on two sheets keep their own parts', async () => {
  const zip = await reviewSteps(true);
  await addSmartArt(zip, { sheet: 'Quy trình', items: STEPS, from: [3, 2], to: [10, 14], firstRelId: 1 });
  await addSmartArt(zip, { sheet: 'Ghi chú', items: ['Xã', 'Huyện'], from: [1, 2], to: [6, 10] });
  expect(await text(zip, 'xl/diagrams/data1.xml')).toContain('relId="rId5"');
  const { loaded, copy, reread } = await checkedCopyOf(await buffer(zip));
  expect(loaded.notKept).toEqual([]);
  expect(await packageProblems(copy)).toEqual([]);
  const steps = await drawingOfSheet(copy, 'Quy trình');
  const [art] = await smartArtsOf(copy, 'Quy trình');
  const [notes] = await smartArtsOf(copy, 'Ghi chú');
  // The logo keeps its Id and its picture; the laid-out shapes have an Id of their own.
  const logo = steps.lead(/r:embed="([^"]+)"/.exec(steps.xml)![1])!;
  expect(logo.type).toBe(REL.image);
  expect(art.cache.type).toBe(DIAGRAM_REL.drawing);
  expect(await text(copy, art.cache.part)).toContain('<a:t>Rà soát</a:t>');
  expect(await text(copy, notes.cache.part)).toContain('<a:t>Huyện</a:t>');
  expect(new Set([art.data.part, notes.data.part]).size).toBe(2);
  expect(new Set([art.cache.part, notes.cache.part]).size).toBe(2);
  // The frame's id moved past the picture's.
  const ids = [...steps.xml.matchAll(/<xdr:cNvPr\b[^>]*?\sid="(\d+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(2);
  expect(reread.getWorksheet('Quy trình')!.getImages()).toHaveLength(1);
});

test('a SmartArt that cannot come back is named: its data links laid-out shapes its drawing lacks, its layout part is missing, or it shares its data with another', async () => {
  const zip = await reviewSteps();
  const ok = await addSmartArt(zip, { sheet: 'Quy trình', items: STEPS, from: [3, 2], to: [10, 14] });
  const noCache = await addSmartArt(zip, { sheet: 'Quy trình', items: ['Xã'], from: [3, 16], to: [10, 24] });
  zip.file(noCache.parts.data, (await text(zip, noCache.parts.data)).replace(`relId="${noCache.relIds[4]}"`, 'relId="rId99"'));
  const noLayout = await addSmartArt(zip, { sheet: 'Ghi chú', items: ['Huyện'], from: [1, 2], to: [6, 10] });
  zip.remove(noLayout.parts.layout);
  // A frame on the notes sheet whose Ids (rIdS1…) lead to the first one's parts.
  const frame = (await text(zip, ok.drawing)).match(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/)![0];
  const toFirst = relationships(await text(zip, relsPathOf(ok.drawing))).map((r) => `<Relationship Id="${r.id.replace('rId', 'rIdS')}" Type="${r.type}" Target="${r.target}"/>`).join('');
  zip.file(relsPathOf(noLayout.drawing), (await text(zip, relsPathOf(noLayout.drawing))).replace('</Relationships>', `${toFirst}</Relationships>`));
  zip.file(noLayout.drawing, (await text(zip, noLayout.drawing)).replace('</xdr:wsDr>', `${frame.replace(/r:(dm|lo|qs|cs)="rId/g, 'r:$1="rIdS')}</xdr:wsDr>`));
  const input = await buffer(zip);
  const lines = (await inspectPackage(input)).notKept.filter((n) => SMARTART_LINE.test(n.vi));
  expect(lines).toEqual([{ vi: '3 sơ đồ SmartArt', en: '3 SmartArt graphic(s)' }]);
  const { loaded, copy } = await checkedCopyOf(input);
  expect(loaded.notKept.filter((n) => SMARTART_LINE.test(n.vi))).toEqual(lines);
  expect(await packageProblems(copy)).toEqual([]);
  // The one that could come back did, and no other.
  const drawings = Object.keys(copy.files).filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n));
  const frames = await Promise.all(drawings.map(async (d) => (await text(copy, d)).match(/<dgm:relIds /g)?.length ?? 0));
  expect(frames.reduce((a, b) => a + b, 0)).toBe(1);
  expect((await smartArtsOf(copy, 'Quy trình'))[0].anchor).toContain('<xdr:row>2</xdr:row>');
});
