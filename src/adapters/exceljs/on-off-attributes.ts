// On/off attributes as ExcelJS reads them. The schema's xsd:boolean allows "true"/"false" as well
// as "1"/"0", and LibreOffice writes the words; ExcelJS tests most of them for "1" or "0" only. A
// workbook last saved in LibreOffice then lost, in the checked copy, its cell protection (cells the
// office unlocked for typing came back locked, hidden formulas shown), "fit to page", the print
// options and the first page number (3 printed pages became 12), and a workbook counting dates
// from 1904 was read as counting from 1900: every date four years early, in the check and in the
// copy. The package is read with these attributes written as digits instead: the same meaning.
// Only attributes the schema types as boolean are rewritten, so a filter on the text "true" or a
// rule for cells containing "false" stays as typed.

const NAMES = [
  // workbook.xml: workbookPr, workbookProtection, workbookView, calcPr, definedName
  'date1904', 'backupFile', 'checkCompatibility', 'dateCompatibility', 'filterPrivacy', 'hidePivotFieldList', 'promptedSolutions', 'publishItems', 'refreshAllConnections', 'saveExternalLinkValues', 'showBorderUnselectedTables', 'showInkAnnotation', 'showPivotChartFilter', 'autoCompressPictures',
  'lockStructure', 'lockWindows', 'lockRevision', 'showHorizontalScroll', 'showVerticalScroll', 'showSheetTabs', 'autoFilterDateGrouping', 'minimized',
  'fullCalcOnLoad', 'iterate', 'fullPrecision', 'calcCompleted', 'calcOnSave', 'concurrentCalc', 'forceFullCalc', 'function', 'vbProcedure', 'xlm', 'workbookParameter',
  // sheets: sheetPr, pageSetUpPr, outlinePr, sheetView, sheetFormatPr, sheetProtection, printOptions, pageSetup, headerFooter
  'fitToPage', 'autoPageBreaks', 'applyStyles', 'summaryBelow', 'summaryRight', 'showOutlineSymbols', 'filterMode', 'published', 'syncHorizontal', 'syncVertical', 'transitionEvaluation', 'transitionEntry', 'enableFormatConditionsCalculation',
  'windowProtection', 'showFormulas', 'showGridLines', 'showRowColHeaders', 'showZeros', 'rightToLeft', 'tabSelected', 'showRuler', 'defaultGridColor', 'showWhiteSpace',
  'customHeight', 'zeroHeight', 'thickTop', 'thickBottom',
  'sheet', 'objects', 'scenarios', 'formatCells', 'formatColumns', 'formatRows', 'insertColumns', 'insertRows', 'insertHyperlinks', 'deleteColumns', 'deleteRows', 'selectLockedCells', 'sort', 'autoFilter', 'pivotTables', 'selectUnlockedCells',
  'horizontalCentered', 'verticalCentered', 'headings', 'gridLines', 'gridLinesSet',
  'usePrinterDefaults', 'blackAndWhite', 'draft', 'useFirstPageNumber',
  'differentOddEven', 'differentFirst', 'scaleWithDoc', 'alignWithMargins',
  // rows, columns, breaks, rules, validations, filters
  'hidden', 'customFormat', 'collapsed', 'thickBot', 'ph', 'bestFit', 'customWidth', 'phonetic', 'man', 'pt',
  'stopIfTrue', 'aboveAverage', 'percent', 'bottom', 'equalAverage', 'showValue', 'reverse', 'gte',
  'allowBlank', 'showDropDown', 'showInputMessage', 'showErrorMessage',
  'hiddenButton', 'showButton', 'and', 'blank', 'top',
  // styles.xml: xf, protection, alignment, border, cellStyle
  'applyNumberFormat', 'applyFont', 'applyFill', 'applyBorder', 'applyAlignment', 'applyProtection', 'quotePrefix', 'pivotButton',
  'locked', 'wrapText', 'shrinkToFit', 'justifyLastLine', 'diagonalUp', 'diagonalDown', 'outline', 'customBuiltin',
  // tables: tableStyleInfo, table
  'showFirstColumn', 'showLastColumn', 'showRowStripes', 'showColumnStripes', 'insertRow', 'insertRowShift', 'published',
];

// An unprefixed attribute (x14ac:dyDescent and the like are other vocabularies) whose value is the word.
const ON_OFF = new RegExp(`(\\s(?:${[...new Set(NAMES)].join('|')})\\s*=\\s*)(["'])(true|false)\\2`, 'g');
const ANY_WORD = /\s[A-Za-z]+\s*=\s*["'](?:true|false)["']/;

/** Whether `xml` may hold an on/off attribute written as a word (a quick test before the rewrite). */
export const mayHoldOnOffWords = (xml: string): boolean => ANY_WORD.test(xml);

/** `xml` with its on/off attributes written "1"/"0" where written "true"/"false". */
export function withOnOffDigits(xml: string): string {
  if (!mayHoldOnOffWords(xml)) return xml;
  return xml.replace(ON_OFF, (_m, head: string, quote: string, word: string) => `${head}${quote}${word === 'true' ? '1' : '0'}${quote}`);
}

/** A worksheet part with its on/off words rewritten outside <sheetData> (the rows ExcelJS reads either way; a national table's rows are not gone through). */
export function sheetWithOnOffDigits(xml: string): string {
  const start = xml.indexOf('<sheetData');
  const end = xml.lastIndexOf('</sheetData>');
  if (start < 0 || end < start) return withOnOffDigits(xml);
  return withOnOffDigits(xml.slice(0, start)) + xml.slice(start, end) + withOnOffDigits(xml.slice(end));
}

// A font's on/off settings are elements (<b/>, <i val="0"/>); ExcelJS reads any of them as on,
// so a run or a cell format that says "not bold" was made bold. In a cell's font or a run's, off
// is what no element says. Not in a conditional format's style (<dxf>): there "not italic" takes
// the italic off a cell the rule applies to, so the styles part's <dxfs> are left as written.
const FONT_FLAG_OFF = /<(?:b|i|strike|outline|shadow|condense|extend)\s+val\s*=\s*["'](?:0|false)["']\s*\/>/g;

/** Whether `xml` holds a font's "off" flag. */
export const mayHoldFontFlagsOff = (xml: string): boolean => new RegExp(FONT_FLAG_OFF.source).test(xml);

/** A shared strings part with its runs' "off" flags left out (the same fonts). */
export function withoutFontFlagsOff(xml: string): string {
  return xml.replace(FONT_FLAG_OFF, '');
}

/** A styles part with the "off" flags of its cell fonts (<fonts>) left out; the rule styles keep theirs. */
export function stylesWithoutFontFlagsOff(styles: string): string {
  return styles.replace(/<fonts\b[^>]*>[\s\S]*?<\/fonts>/, (fonts) => withoutFontFlagsOff(fonts));
}
