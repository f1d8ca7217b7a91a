// A part of the original copied into the written package with what it uses: under a name the copy
// does not have, its relationships following it, each part typed.
import JSZip from 'jszip';
import { PartCopier } from '../../../src/adapters/exceljs/copy-parts';
import { relationships } from '../../../src/adapters/exceljs/package-rels';

const types = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${body}</Types>`;
const rels = (list: string) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list}</Relationships>`;

test('a part the copy already has a name for gets the next free number; what it uses follows, once, even through a cycle; types as the original gave them', async () => {
  const source = new JSZip();
  source.file('[Content_Types].xml', types('<Default Extension="png" ContentType="image/png"/><Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/><Override PartName="/xl/charts/chart1.xml" ContentType="chart"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="chartshapes"/>'));
  source.file('xl/charts/chart1.xml', '<chart/>');
  source.file('xl/charts/_rels/chart1.xml.rels', rels('<Relationship Id="rId1" Type="userShapes" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="image" Target="../media/image1.png"/><Relationship Id="rId3" Type="package" Target="../embeddings/oleObject.bin"/><Relationship Id="rId4" Type="gone" Target="../charts/missing.xml"/><Relationship Id="rId5" Type="link" Target="https://example.vn/?a=1&amp;b=2" TargetMode="External"/>'));
  source.file('xl/drawings/drawing1.xml', '<userShapes/>');
  // The shapes' picture is the chart's; a relationship back to the chart closes a cycle.
  source.file('xl/drawings/_rels/drawing1.xml.rels', rels('<Relationship Id="rId1" Type="image" Target="../media/image1.png"/><Relationship Id="rId2" Type="back" Target="/xl/charts/chart1.xml"/>'));
  source.file('xl/media/image1.png', new Uint8Array([1, 2, 3]));
  source.file('xl/embeddings/oleObject.bin', new Uint8Array([4]));
  const copy = new JSZip();
  // ExcelJS's parts: a sheet's drawing, a picture, and PNGs typed by an Override of its own.
  copy.file('[Content_Types].xml', types('<Default Extension="png" ContentType="image/x-png"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="drawing"/>'));
  copy.file('xl/drawings/drawing1.xml', '<wsDr/>');
  copy.file('xl/media/Image1.png', new Uint8Array([9]));
  const copier = new PartCopier(source, copy);
  expect(await copier.partFor('xl/charts/chart1.xml')).toBe('xl/charts/chart1.xml');
  expect(await copier.partFor('xl/charts/chart1.xml')).toBe('xl/charts/chart1.xml');
  expect(await copier.partFor('xl/charts/chart9.xml')).toBeUndefined();
  await copier.finish();
  expect(Object.keys(copy.files).filter((n) => !copy.files[n].dir).sort()).toEqual([
    '[Content_Types].xml',
    'xl/charts/_rels/chart1.xml.rels',
    'xl/charts/chart1.xml',
    'xl/drawings/_rels/drawing2.xml.rels',
    'xl/drawings/drawing1.xml',
    'xl/drawings/drawing2.xml',
    'xl/embeddings/oleObject.bin',
    'xl/media/Image1.png',
    'xl/media/image2.png',
  ]);
  expect(await copy.file('xl/drawings/drawing1.xml')!.async('string')).toBe('<wsDr/>');
  const chartRels = await copy.file('xl/charts/_rels/chart1.xml.rels')!.async('string');
  expect(relationships(chartRels).map((r) => r.target)).toEqual(['../drawings/drawing2.xml', '../media/image2.png', '../embeddings/oleObject.bin', '../charts/missing.xml', 'https://example.vn/?a=1&amp;b=2']);
  expect(chartRels).toContain('TargetMode="External"');
  expect(relationships(await copy.file('xl/drawings/_rels/drawing2.xml.rels')!.async('string')).map((r) => r.target)).toEqual(['../media/image2.png', '../charts/chart1.xml']);
  const typed = await copy.file('[Content_Types].xml')!.async('string');
  expect(typed).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="chart"/>');
  expect(typed).toContain('<Override PartName="/xl/drawings/drawing2.xml" ContentType="chartshapes"/>');
  // The copy types .png otherwise: an Override for this one; it had no .bin: a Default, before the Overrides.
  expect(typed).toContain('<Override PartName="/xl/media/image2.png" ContentType="image/png"/>');
  expect(typed).toMatch(/<Default Extension="bin" ContentType="application\/vnd\.openxmlformats-officedocument\.oleObject"\/><Override /);
  expect(typed.match(/<Default Extension="png"/g)).toHaveLength(1);
});
