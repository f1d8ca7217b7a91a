// Charts and drawn objects put into an .xlsx package the way Excel saves them, for tests of the
// checked copy: a bar chart over a range of a sheet (its part, chart style and colours, and if
// asked an embedded workbook and shapes drawn on the chart), anchored in the sheet's drawing.
import JSZip from 'jszip';
import { sheetParts } from '../../src/adapters/exceljs/page-breaks';
import { freshId, relationships, relsPathOf, resolveTarget } from '../../src/adapters/exceljs/package-rels';

export const NS = {
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  pkg: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
export const REL = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
  image: `${NS.r}/image`,
  hyperlink: `${NS.r}/hyperlink`,
  package: `${NS.r}/package`,
  userShapes: `${NS.r}/chartUserShapes`,
  style: 'http://schemas.microsoft.com/office/2011/relationships/chartStyle',
  colors: 'http://schemas.microsoft.com/office/2011/relationships/chartColorStyle',
};
const TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  style: 'application/vnd.ms-office.chartstyle+xml',
  colors: 'application/vnd.ms-office.chartcolorstyle+xml',
  userShapes: 'application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml',
};
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// A 1×1 PNG (a picture fill, a picture on a chart).
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export const text = async (zip: JSZip, name: string) => (await zip.file(name)?.async('string')) ?? '';

const cell = (tag: string, [c, r]: [number, number]) => `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
/** A two-cell anchor from cell (col, row) to cell (col, row), 0-based, around `inner`. */
export const anchor = (from: [number, number], to: [number, number], inner: string) => `<xdr:twoCellAnchor editAs="oneCell">${cell('from', from)}${cell('to', to)}${inner}<xdr:clientData/></xdr:twoCellAnchor>`;

/** The graphic frame Excel writes for a chart, its namespaces declared on it. */
export const chartFrame = (id: number, relId: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Chart ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
/** A rectangle filled with a picture of its drawing (`r:embed`). */
export const pictureFilled = (id: number, relId: string) =>
  `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="Rectangle ${id}"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="900000" cy="540000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:blipFill><a:blip xmlns:r="${NS.r}" r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></a:blipFill></xdr:spPr></xdr:sp>`;
/** A rectangle with a text that links to a web page (`a:hlinkClick r:id`). */
export const linked = (id: number, relId: string, label: string) =>
  `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="Rectangle ${id}"><a:hlinkClick xmlns:r="${NS.r}" r:id="${relId}"/></xdr:cNvPr><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="vi-VN" sz="1100"/><a:t>${label}</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;

/** A picture of the drawing (`r:embed`, cropped if asked: a scanned seal) and a text box beside it, grouped, as Excel writes a group. */
export const pictureGroup = (id: number, relId: string, crop = false) =>
  `<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="${id}" name="Group ${id - 1}"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr><xdr:grpSpPr><a:xfrm><a:off x="2438400" y="381000"/><a:ext cx="2438400" cy="1219200"/><a:chOff x="2438400" y="381000"/><a:chExt cx="2438400" cy="1219200"/></a:xfrm></xdr:grpSpPr>` +
  `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id + 1}" name="Picture ${id}" descr="Con dấu UBND huyện"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${NS.r}" r:embed="${relId}"/>${crop ? '<a:srcRect l="10000" r="10000"/>' : ''}<a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="2438400" y="381000"/><a:ext cx="1219200" cy="1219200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
  `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id + 2}" name="TextBox ${id + 1}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="3657600" y="381000"/><a:ext cx="1219200" cy="1219200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="vi-VN" sz="1100"/><a:t>Đã duyệt</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:grpSp>`;
export interface ChartSpec {
  sheet: string;
  title: string;
  /** Categories and values: ranges of the sheet ("$C$8:$C$12"), and the values cached in the chart. */
  cat: string;
  val: string;
  cats: string[];
  vals: number[];
  from: [number, number];
  to: [number, number];
  /** The sheet the ranges are on, when not `sheet`. */
  dataSheet?: string;
  /** An embedded workbook (Excel keeps one for a chart pasted from another file) and a text box drawn on the chart. */
  extras?: boolean;
  /** The drawing's Id for the chart (a fresh one when not given). */
  relId?: string;
}

export const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Chart XML as Excel writes a clustered column chart of one series. */
export function barChartXml(spec: ChartSpec, rels: { embedded?: string; userShapes?: string } = {}): string {
  const on = quoted(spec.dataSheet ?? spec.sheet);
  const pts = (vs: (string | number)[]) => vs.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  const axes = '<c:axId val="501"/><c:axId val="502"/>';
  return (
    `${XML}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1400" b="1"/><a:t>${spec.title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${spec.title}</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${on}!${spec.cat}</c:f><c:strCache><c:ptCount val="${spec.cats.length}"/>${pts(spec.cats)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${on}!${spec.val}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${spec.vals.length}"/>${pts(spec.vals)}</c:numCache></c:numRef></c:val></c:ser>` +
    `<c:gapWidth val="150"/>${axes}</c:barChart>` +
    '<c:catAx><c:axId val="501"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="502"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="502"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="501"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    (rels.embedded ? `<c:externalData r:id="${rels.embedded}"><c:autoUpdate val="0"/></c:externalData>` : '') +
    (rels.userShapes ? `<c:userShapes r:id="${rels.userShapes}"/>` : '') +
    '</c:chartSpace>'
  );
}

// Shortened chart style and colour parts (Excel's list every chart element; nothing here reads them).
const STYLE = `${XML}<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="${NS.a}" id="201"><cs:chartArea mods="allowNoFillOverride allowNoLineOverride"><cs:lnRef idx="0"/><cs:fillRef idx="0"/><cs:effectRef idx="0"/><cs:fontRef idx="minor"><a:schemeClr val="tx1"/></cs:fontRef><cs:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill></cs:spPr></cs:chartArea></cs:chartStyle>`;
const COLORS = `${XML}<cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="${NS.a}" meth="cycle" id="10"><a:schemeClr val="accent1"/><a:schemeClr val="accent2"/><cs:variation/></cs:colorStyle>`;
const USER_SHAPES = `${XML}<c:userShapes xmlns:c="${NS.c}" xmlns:cdr="http://schemas.openxmlformats.org/drawingml/2006/chartDrawing" xmlns:a="${NS.a}"><cdr:relSizeAnchor><cdr:from><cdr:x>0.05</cdr:x><cdr:y>0.02</cdr:y></cdr:from><cdr:to><cdr:x>0.4</cdr:x><cdr:y>0.1</cdr:y></cdr:to><cdr:sp macro="" textlink=""><cdr:nvSpPr><cdr:cNvPr id="2" name="TextBox 1"/><cdr:cNvSpPr txBox="1"/></cdr:nvSpPr><cdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="900000" cy="200000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></cdr:spPr><cdr:txBody><a:bodyPr/><a:p><a:r><a:t>Số liệu tạm</a:t></a:r></a:p></cdr:txBody></cdr:sp></cdr:relSizeAnchor><cdr:relSizeAnchor><cdr:from><cdr:x>0.8</cdr:x><cdr:y>0.02</cdr:y></cdr:from><cdr:to><cdr:x>0.95</cdr:x><cdr:y>0.1</cdr:y></cdr:to><cdr:pic><cdr:nvPicPr><cdr:cNvPr id="3" name="Picture 2"/><cdr:cNvPicPr/></cdr:nvPicPr><cdr:blipFill><a:blip xmlns:r="${NS.r}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></cdr:blipFill><cdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></cdr:spPr></cdr:pic></cdr:relSizeAnchor></c:userShapes>`;

const relsXml = (rels: { id: string; type: string; target: string; external?: boolean }[]) =>
  `${XML}<Relationships xmlns="${NS.pkg}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`;

/** A name `prefix<N><ext>` no part of the package has. */
function unused(zip: JSZip, prefix: string, ext: string): string {
  let n = 1;
  while (zip.file(`${prefix}${n}${ext}`)) n++;
  return `${prefix}${n}${ext}`;
}

async function addTypes(zip: JSZip, overrides: Record<string, string>, defaults: Record<string, string> = {}): Promise<void> {
  let types = await text(zip, '[Content_Types].xml');
  for (const [ext, type] of Object.entries(defaults)) if (!types.includes(`Extension="${ext}"`)) types = types.replace('<Override ', `<Default Extension="${ext}" ContentType="${type}"/><Override `);
  for (const [part, type] of Object.entries(overrides)) types = types.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
  zip.file('[Content_Types].xml', types);
}

/** The drawing part of sheet `name` (one made and linked when it had none). */
export async function drawingOf(zip: JSZip, name: string): Promise<string> {
  const sheetPart = (await sheetParts(zip)).get(name);
  if (!sheetPart) throw new Error(`no sheet ${name}`);
  const rels = zip.file(relsPathOf(sheetPart)) ? await text(zip, relsPathOf(sheetPart)) : undefined;
  const rel = relationships(rels ?? '').find((r) => r.type === REL.drawing);
  if (rel) return resolveTarget(sheetPart, rel.target);
  const part = unused(zip, 'xl/drawings/drawing', '.xml');
  zip.file(part, `${XML}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"></xdr:wsDr>`);
  const id = freshId(rels ?? '');
  const el = `<Relationship Id="${id}" Type="${REL.drawing}" Target="../drawings/${part.split('/').pop()}"/>`;
  zip.file(relsPathOf(sheetPart), rels === undefined ? relsXml([]).replace('</Relationships>', `${el}</Relationships>`) : rels.replace('</Relationships>', `${el}</Relationships>`));
  const sheet = await text(zip, sheetPart);
  const withR = /<worksheet\b[^>]*\sxmlns:r=/.test(sheet) ? sheet : sheet.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
  // Before the parts that follow <drawing> in a worksheet, as Excel orders them.
  const at = /<(?:legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|tableParts|extLst)\b|<\/worksheet>/.exec(withR)!.index;
  zip.file(sheetPart, `${withR.slice(0, at)}<drawing r:id="${id}"/>${withR.slice(at)}`);
  await addTypes(zip, { [part]: TYPE.drawing });
  return part;
}

/** Sheet `name`'s drawing in a package: its part, XML and relationships, and where an Id leads (its relationship and the part it points at). */
export async function drawingOfSheet(zip: JSZip, name: string) {
  const sheetPart = (await sheetParts(zip)).get(name)!;
  const rel = relationships(await text(zip, relsPathOf(sheetPart))).find((r) => r.type === REL.drawing)!;
  const part = resolveTarget(sheetPart, rel.target);
  const rels = relationships(await text(zip, relsPathOf(part)));
  const lead = (id: string) => {
    const r = rels.find((x) => x.id === id);
    return r && { ...r, part: resolveTarget(part, r.target) };
  };
  return { part, xml: await text(zip, part), rels, lead };
}

/** Appends `anchorXml` to sheet `name`'s drawing, with the relationships it uses (Id → type, target). */
export async function drawOnSheet(zip: JSZip, name: string, anchorXml: string, rels: { id: string; type: string; target: string; external?: boolean }[] = []): Promise<string> {
  const drawing = await drawingOf(zip, name);
  zip.file(drawing, (await text(zip, drawing)).replace('</xdr:wsDr>', () => `${anchorXml}</xdr:wsDr>`));
  const path = relsPathOf(drawing);
  const had = zip.file(path) ? await text(zip, path) : relsXml([]);
  zip.file(path, had.replace('</Relationships>', () => `${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`));
  return drawing;
}

/** A fresh relationship Id in sheet `name`'s drawing. */
export async function freshDrawingId(zip: JSZip, name: string): Promise<string> {
  const drawing = await drawingOf(zip, name);
  return freshId(await text(zip, relsPathOf(drawing)));
}

/** Adds the chart `spec` to its sheet; returns the chart part and the drawing's Id for it. */
export async function addChart(zip: JSZip, spec: ChartSpec): Promise<{ chart: string; relId: string; drawing: string }> {
  const chart = unused(zip, 'xl/charts/chart', '.xml');
  const n = /(\d+)\.xml$/.exec(chart)![1];
  const chartRels = [
    { id: 'rId1', type: REL.style, target: `style${n}.xml` },
    { id: 'rId2', type: REL.colors, target: `colors${n}.xml` },
  ];
  zip.file(`xl/charts/style${n}.xml`, STYLE);
  zip.file(`xl/charts/colors${n}.xml`, COLORS);
  const overrides: Record<string, string> = { [chart]: TYPE.chart, [`xl/charts/style${n}.xml`]: TYPE.style, [`xl/charts/colors${n}.xml`]: TYPE.colors };
  const defaults: Record<string, string> = {};
  if (spec.extras) {
    const embedded = unused(zip, 'xl/embeddings/Microsoft_Excel_Worksheet', '.xlsx');
    zip.file(embedded, await embeddedWorkbook(spec));
    chartRels.push({ id: 'rId3', type: REL.package, target: `../embeddings/${embedded.split('/').pop()}` });
    defaults.xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const shapes = unused(zip, 'xl/drawings/drawing', '.xml');
    zip.file(shapes, USER_SHAPES);
    const image = unused(zip, 'xl/media/image', '.png');
    zip.file(image, PNG);
    zip.file(relsPathOf(shapes), relsXml([{ id: 'rId1', type: REL.image, target: `../media/${image.split('/').pop()}` }]));
    defaults.png = 'image/png';
    chartRels.push({ id: 'rId4', type: REL.userShapes, target: `../drawings/${shapes.split('/').pop()}` });
    overrides[shapes] = TYPE.userShapes;
  }
  zip.file(chart, barChartXml(spec, spec.extras ? { embedded: 'rId3', userShapes: 'rId4' } : {}));
  zip.file(relsPathOf(chart), relsXml(chartRels));
  await addTypes(zip, overrides, defaults);
  const relId = spec.relId ?? (await freshDrawingId(zip, spec.sheet));
  const ids = [...(await text(zip, await drawingOf(zip, spec.sheet))).matchAll(/<xdr:cNvPr\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]));
  const drawing = await drawOnSheet(zip, spec.sheet, anchor(spec.from, spec.to, chartFrame(Math.max(1, ...ids) + 1, relId)), [{ id: relId, type: REL.chart, target: `../charts/${chart.split('/').pop()}` }]);
  return { chart, relId, drawing };
}

/** The chart's data as a workbook of its own (what Excel embeds for a chart pasted from another file). */
async function embeddedWorkbook(spec: ChartSpec): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  spec.cats.forEach((c, i) => ws.addRow([c, spec.vals[i]]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A chart sheet (a whole tab that is a chart) showing `spec`, added after the workbook's sheets. */
export async function addChartSheet(zip: JSZip, tab: string, spec: Omit<ChartSpec, 'sheet' | 'from' | 'to'> & { dataSheet: string }): Promise<string> {
  const chart = unused(zip, 'xl/charts/chart', '.xml');
  zip.file(chart, barChartXml({ ...spec, sheet: spec.dataSheet, from: [0, 0], to: [0, 0] }));
  const drawing = unused(zip, 'xl/drawings/drawing', '.xml');
  zip.file(drawing, `${XML}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666667" cy="6293556"/>${chartFrame(2, 'rId1')}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`);
  zip.file(relsPathOf(drawing), relsXml([{ id: 'rId1', type: REL.chart, target: `../charts/${chart.split('/').pop()}` }]));
  const sheet = unused(zip, 'xl/chartsheets/sheet', '.xml');
  zip.file(sheet, `${XML}<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS.r}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`);
  zip.file(relsPathOf(sheet), relsXml([{ id: 'rId1', type: REL.drawing, target: `../drawings/${drawing.split('/').pop()}` }]));
  const wbRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const id = freshId(wbRels);
  zip.file('xl/_rels/workbook.xml.rels', wbRels.replace('</Relationships>', `<Relationship Id="${id}" Type="${NS.r}/chartsheet" Target="chartsheets/${sheet.split('/').pop()}"/></Relationships>`));
  const workbook = await text(zip, 'xl/workbook.xml');
  const sheetId = Math.max(...[...workbook.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  zip.file('xl/workbook.xml', workbook.replace('</sheets>', `<sheet name="${tab}" sheetId="${sheetId}" r:id="${id}"/></sheets>`));
  await addTypes(zip, { [chart]: TYPE.chart, [drawing]: TYPE.drawing, [sheet]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml' });
  return sheet;
}
