// An element copied back after ExcelJS goes where CT_Worksheet's sequence puts it, among the
// worksheet's own children only.
import { insertAfterCells } from '../../../src/adapters/exceljs/worksheet-order';

const WATCHES = '<cellWatches><cellWatch r="B3"/></cellWatches>';

test('the nested <extLst> of a data bar\'s rule is stepped over: the watches go before the sheet\'s own', () => {
  const cf = '<conditionalFormatting sqref="B2:B9"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}"><x14:id>{1}</x14:id></ext></extLst></cfRule></conditionalFormatting>';
  const xml = `<worksheet><sheetData><row r="1"/></sheetData>${cf}<pageMargins left="0.7"/><legacyDrawing r:id="rId1"/><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"/></extLst></worksheet>`;
  expect(insertAfterCells(xml, WATCHES, 'cellWatches')).toBe(`<worksheet><sheetData><row r="1"/></sheetData>${cf}<pageMargins left="0.7"/>${WATCHES}<legacyDrawing r:id="rId1"/><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"/></extLst></worksheet>`);
});

test('after an empty <sheetData/>, before </worksheet> when nothing follows; nowhere without <sheetData>', () => {
  expect(insertAfterCells('<worksheet><sheetData/><pageMargins left="0.7"/></worksheet>', '<sheetCalcPr fullCalcOnLoad="1"/>', 'sheetCalcPr')).toBe('<worksheet><sheetData/><sheetCalcPr fullCalcOnLoad="1"/><pageMargins left="0.7"/></worksheet>');
  expect(insertAfterCells('<worksheet><sheetData/><pageMargins left="0.7"/></worksheet>', WATCHES, 'cellWatches')).toBe(`<worksheet><sheetData/><pageMargins left="0.7"/>${WATCHES}</worksheet>`);
  expect(insertAfterCells('<worksheet/>', WATCHES, 'cellWatches')).toBeUndefined();
});
