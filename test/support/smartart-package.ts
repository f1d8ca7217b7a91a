// A SmartArt graphic put into an .xlsx package the way Excel saves one (Insert › SmartArt, a
// Basic Block List): a graphic frame in the sheet's drawing naming four parts through its
// relationships (the data, the layout, the quick style, the colours), and the shapes Excel laid
// out for it, which the data part names through a relationship of the sheet's drawing
// (`dsp:dataModelExt relId`, an attribute outside the relationships namespace). The parts are
// shortened (Excel's layout and styles list much more) but valid to the schema.
import JSZip from 'jszip';
import { relsPathOf } from '../../src/adapters/exceljs/package-rels';
import { anchor, drawingOf, drawOnSheet, NS, text } from './chart-package';

export const DGM = 'http://schemas.openxmlformats.org/drawingml/2006/diagram';
const DSP = 'http://schemas.microsoft.com/office/drawing/2008/diagram';
export const DIAGRAM_REL = {
  data: `${NS.r}/diagramData`,
  layout: `${NS.r}/diagramLayout`,
  quickStyle: `${NS.r}/diagramQuickStyle`,
  colors: `${NS.r}/diagramColors`,
  drawing: 'http://schemas.microsoft.com/office/2007/relationships/diagramDrawing',
};
export const DIAGRAM_TYPE = {
  data: 'application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml',
  layout: 'application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml',
  quickStyle: 'application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml',
  colors: 'application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml',
  drawing: 'application/vnd.ms-office.drawingml.diagramDrawing+xml',
};
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const OFFICE = 'urn:microsoft.com/office/officeart/2005/8/';
/** The size Excel gives the frame and its laid-out shapes (EMU): 7 default columns by 12 default rows. */
const FRAME = { cx: 4267200, cy: 2286000 };

const guid = (n: number, k: number) => `{${String(n).padStart(8, '0')}-0000-4000-8000-${String(k).padStart(12, '0')}}`;
const textBody = (words?: string) => `<dgm:t><a:bodyPr/><a:lstStyle/><a:p>${words === undefined ? '<a:endParaRPr lang="vi-VN"/>' : `<a:r><a:rPr lang="vi-VN"/><a:t>${words}</a:t></a:r>`}</a:p></dgm:t>`;

/** The data: the document point, one point per item with its links from the document, and the link to the laid-out shapes. */
function dataModel(n: number, items: string[], cacheRelId: string): string {
  const doc = guid(n, 0);
  let points = `<dgm:pt modelId="${doc}" type="doc"><dgm:prSet loTypeId="${OFFICE}layout/default" loCatId="list" qsTypeId="${OFFICE}quickstyle/simple1" qsCatId="simple" csTypeId="${OFFICE}colors/accent1_2" csCatId="accent1" phldr="1"/><dgm:spPr/>${textBody()}</dgm:pt>`;
  let links = '';
  items.forEach((item, i) => {
    const [node, link, par, sib] = [1, 2, 3, 4].map((k) => guid(n, 10 * (i + 1) + k));
    const empty = `<dgm:prSet/><dgm:spPr/>${textBody()}`;
    points += `<dgm:pt modelId="${node}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>${textBody(item)}</dgm:pt><dgm:pt modelId="${par}" type="parTrans" cxnId="${link}">${empty}</dgm:pt><dgm:pt modelId="${sib}" type="sibTrans" cxnId="${link}">${empty}</dgm:pt>`;
    links += `<dgm:cxn modelId="${link}" srcId="${doc}" destId="${node}" srcOrd="${i}" destOrd="0" parTransId="${par}" sibTransId="${sib}"/>`;
  });
  return (
    `${XML}<dgm:dataModel xmlns:dgm="${DGM}" xmlns:a="${NS.a}"><dgm:ptLst>${points}</dgm:ptLst><dgm:cxnLst>${links}</dgm:cxnLst><dgm:bg/><dgm:whole/>` +
    `<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="${DSP}" relId="${cacheRelId}" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>`
  );
}

// The Basic Block List's layout, shortened: items laid out in rows, each a rectangle with its text.
const LAYOUT =
  `${XML}<dgm:layoutDef xmlns:dgm="${DGM}" xmlns:a="${NS.a}" uniqueId="${OFFICE}layout/default"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="list" pri="400"/></dgm:catLst>` +
  `<dgm:layoutNode name="diagram"><dgm:varLst><dgm:dir/><dgm:resizeHandles val="exact"/></dgm:varLst><dgm:alg type="snake"><dgm:param type="grDir" val="tL"/><dgm:param type="flowDir" val="row"/><dgm:param type="contDir" val="sameDir"/><dgm:param type="off" val="ctr"/></dgm:alg>` +
  `<dgm:shape xmlns:r="${NS.r}" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst><dgm:constr type="w" for="ch" forName="node" refType="w"/><dgm:constr type="h" for="ch" forName="node" refType="w" refFor="ch" refForName="node" fact="0.6"/><dgm:constr type="w" for="ch" forName="sibTrans" refType="w" refFor="ch" refForName="node" fact="0.1"/></dgm:constrLst><dgm:ruleLst/>` +
  `<dgm:forEach name="Name0" axis="ch" ptType="node"><dgm:layoutNode name="node"><dgm:varLst><dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx"/><dgm:shape xmlns:r="${NS.r}" type="rect" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf axis="desOrSelf" ptType="node"/><dgm:constrLst><dgm:constr type="tMarg" refType="primFontSz" fact="0.3"/></dgm:constrLst><dgm:ruleLst><dgm:rule type="primFontSz" val="5" fact="NaN" max="NaN"/></dgm:ruleLst></dgm:layoutNode>` +
  `<dgm:forEach name="Name1" axis="followSib" ptType="sibTrans" cnt="1"><dgm:layoutNode name="sibTrans"><dgm:alg type="sp"/><dgm:shape xmlns:r="${NS.r}" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst/><dgm:ruleLst/></dgm:layoutNode></dgm:forEach></dgm:forEach></dgm:layoutNode></dgm:layoutDef>`;

const STYLE_REFS = '<a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef>';
const QUICK_STYLE = `${XML}<dgm:styleDef xmlns:dgm="${DGM}" xmlns:a="${NS.a}" uniqueId="${OFFICE}quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:styleLbl name="node1"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style>${STYLE_REFS}</dgm:style></dgm:styleLbl></dgm:styleDef>`;
const COLORS = `${XML}<dgm:colorsDef xmlns:dgm="${DGM}" xmlns:a="${NS.a}" uniqueId="${OFFICE}colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl name="node1"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>`;

/** The shapes Excel laid out: the items side by side as blue blocks with white text. */
function laidOut(n: number, items: string[]): string {
  const gap = 120000;
  const w = Math.floor((FRAME.cx - gap * (items.length - 1)) / items.length);
  const h = Math.floor(w * 0.6);
  const y = Math.floor((FRAME.cy - h) / 2);
  const shapes = items.map((item, i) => {
    const x = i * (w + gap);
    return (
      `<dsp:sp modelId="${guid(n, 10 * (i + 1) + 5)}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></dsp:spPr>` +
      `<dsp:style>${STYLE_REFS}</dsp:style><dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" lIns="68580" tIns="68580" rIns="68580" bIns="68580" numCol="1" spcCol="1270" anchor="ctr" anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="vi-VN" sz="1800" kern="1200"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:rPr><a:t>${item}</a:t></a:r></a:p></dsp:txBody><dsp:txXfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/></dsp:txXfrm></dsp:sp>`
    );
  });
  return `${XML}<dsp:drawing xmlns:dgm="${DGM}" xmlns:dsp="${DSP}" xmlns:a="${NS.a}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>${shapes.join('')}</dsp:spTree></dsp:drawing>`;
}

/** The graphic frame Excel writes for a SmartArt graphic: the four Ids of its drawing's relationships. */
export const smartArtFrame = (id: number, [dm, lo, qs, cs]: string[]) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Diagram ${id - 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${DGM}"><dgm:relIds xmlns:dgm="${DGM}" xmlns:r="${NS.r}" r:dm="${dm}" r:lo="${lo}" r:qs="${qs}" r:cs="${cs}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;

export interface SmartArtSpec {
  sheet: string;
  items: string[];
  from: [number, number];
  to: [number, number];
  /** The first of the five Ids the sheet's drawing gives its relationships (rIdN…rIdN+4); the next free ones when not given. */
  firstRelId?: number;
}

/** Adds the SmartArt `spec` to its sheet: its five parts under xl/diagrams/ (numbered past those there), typed and related from the sheet's drawing. */
export async function addSmartArt(zip: JSZip, spec: SmartArtSpec): Promise<{ drawing: string; parts: Record<keyof typeof DIAGRAM_REL, string>; relIds: string[] }> {
  const drawing = await drawingOf(zip, spec.sheet);
  let n = 1;
  while (zip.file(`xl/diagrams/data${n}.xml`)) n++;
  const used = new Set([...(await text(zip, relsPathOf(drawing))).matchAll(/\sId="rId(\d+)"/g)].map((m) => Number(m[1])));
  let first = spec.firstRelId ?? 1;
  while (spec.firstRelId === undefined && [0, 1, 2, 3, 4].some((k) => used.has(first + k))) first++;
  const relIds = [0, 1, 2, 3, 4].map((k) => `rId${first + k}`);
  const parts = { data: `xl/diagrams/data${n}.xml`, layout: `xl/diagrams/layout${n}.xml`, quickStyle: `xl/diagrams/quickStyle${n}.xml`, colors: `xl/diagrams/colors${n}.xml`, drawing: `xl/diagrams/drawing${n}.xml` };
  zip.file(parts.data, dataModel(n, spec.items, relIds[4]));
  zip.file(parts.layout, LAYOUT);
  zip.file(parts.quickStyle, QUICK_STYLE);
  zip.file(parts.colors, COLORS);
  zip.file(parts.drawing, laidOut(n, spec.items));
  const kinds = Object.keys(DIAGRAM_REL) as (keyof typeof DIAGRAM_REL)[];
  let types = await text(zip, '[Content_Types].xml');
  for (const k of kinds) types = types.replace('</Types>', `<Override PartName="/${parts[k]}" ContentType="${DIAGRAM_TYPE[k]}"/></Types>`);
  zip.file('[Content_Types].xml', types);
  const ids = [...(await text(zip, drawing)).matchAll(/<xdr:cNvPr\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]));
  const rels = kinds.map((k, i) => ({ id: relIds[i], type: DIAGRAM_REL[k], target: `../diagrams/${parts[k].split('/').pop()}` }));
  await drawOnSheet(zip, spec.sheet, anchor(spec.from, spec.to, smartArtFrame(Math.max(1, ...ids) + 1, relIds.slice(0, 4))), rels);
  return { drawing, parts, relIds };
}
