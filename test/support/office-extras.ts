// The sample with what the copy now keeps beyond ExcelJS all at once, for the validator and a look
// in LibreOffice: sparklines, a drop-down from another sheet, data bars in solid and gradient fill
// with automatic bounds (the status sheet, with a table filtered and sorted under it), the
// communes list filtered, and two cells typed with an apostrophe (one the check marks).
import JSZip from 'jszip';
import { sheetParts } from '../../src/adapters/exceljs/page-breaks';
import { LIST_EXT, SPARKLINES, STATUS, barsExt, dataBar, withExtensions } from './extension-package';
import { filterList, filterTable } from './filter-package';
import { quoteCells, sampleWithTable } from './sample-variants';

export async function sampleWithOfficeExtras(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await sampleWithTable(STATUS));
  const auto = ['<x14:cfvo type="autoMin"/>', '<x14:cfvo type="autoMax"/>'] as const;
  const solid = dataBar('{2C0B5C5D-7A1E-4B8C-9D0F-1E2F3A4B5C01}', 'B7:B81', ...auto);
  const gradient = dataBar('{2C0B5C5D-7A1E-4B8C-9D0F-1E2F3A4B5C02}', 'A7:A81', ...auto, false);
  const part = (await sheetParts(zip)).get(STATUS)!;
  zip.file(part, withExtensions([barsExt([solid, gradient]), LIST_EXT, SPARKLINES], solid.main + gradient.main)(await zip.file(part)!.async('string')));
  await filterTable(zip);
  await filterList(zip);
  await quoteCells(zip, 'Phân công', ['B7', 'G13']);
  return zip.generateAsync({ type: 'nodebuffer' });
}
