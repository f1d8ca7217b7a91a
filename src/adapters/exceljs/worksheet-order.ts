// Where an element goes in a written worksheet part: ECMA-376's CT_Worksheet is a sequence, and
// Excel reports a file as damaged when an element is out of its place.

// CT_Worksheet's children that follow <sheetData>, in the schema's order.
const AFTER_CELLS = ['sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
const TAG = /<(\/?)([A-Za-z][\w.:-]*)[^>]*?(\/?)>/g;

/** A tag scanner placed just after the worksheet's cells (</sheetData> or <sheetData/>); undefined without them. */
function tagsAfterCells(xml: string): RegExp | undefined {
  const close = xml.lastIndexOf('</sheetData>');
  const empty = xml.indexOf('<sheetData/>');
  if (close < 0 && empty < 0) return undefined;
  const re = new RegExp(TAG.source, 'g');
  re.lastIndex = close >= 0 ? close + '</sheetData>'.length : empty + '<sheetData/>'.length;
  return re;
}

/**
 * `xml` with `element`, a `name` element of those that follow the cells, inserted before the
 * first of the worksheet's own children after <sheetData> that the schema puts after it, else
 * before </worksheet>. Elements nested in them (an <extLst> in a data bar's rule, an
 * <autoFilter> in a custom view) are stepped over. Undefined when the part has no <sheetData>.
 */
export function insertAfterCells(xml: string, element: string, name: string): string | undefined {
  const rank = AFTER_CELLS.indexOf(name);
  const re = tagsAfterCells(xml);
  if (!re) return undefined;
  let depth = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const closing = m[1] === '/';
    if (closing && depth === 0) return xml.slice(0, m.index) + element + xml.slice(m.index);
    if (closing) depth--;
    else if (depth === 0 && AFTER_CELLS.indexOf(m[2]) > rank) return xml.slice(0, m.index) + element + xml.slice(m.index);
    else if (m[3] !== '/') depth++;
  }
  return undefined;
}

/**
 * Where the worksheet's own `name` element after <sheetData> lies in `xml` ([start, end), the
 * whole element), stepping over elements nested in others (an <extLst> in a data bar's rule, an
 * <autoFilter> in a custom view). Undefined when the part has none or no <sheetData>.
 */
export function childAfterCells(xml: string, name: string): { start: number; end: number } | undefined {
  const re = tagsAfterCells(xml);
  if (!re) return undefined;
  let depth = 0;
  let start = -1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] === '/') {
      // </worksheet>: the element is not there.
      if (depth === 0) return undefined;
      depth--;
      if (depth === 0 && start >= 0) return { start, end: m.index + m[0].length };
    } else {
      if (depth === 0 && m[2] === name) {
        if (m[3] === '/') return { start: m.index, end: m.index + m[0].length };
        start = m.index;
      }
      if (m[3] !== '/') depth++;
    }
  }
  return undefined;
}
