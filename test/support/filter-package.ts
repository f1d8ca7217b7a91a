// Active filters as Excel 365 writes them, put into the sample for the copy-path tests: one on the
// communes list (a sheet's filter) and one on the office's table under the status table.
import JSZip from 'jszip';
import { sheetParts } from '../../src/adapters/exceljs/page-breaks';

export const LIST = 'Danh sách xã';
const XR = 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision';
const XLRD2 = 'http://schemas.microsoft.com/office/spreadsheetml/2017/richdata2';

/** The communes list filtered on the year of recognition (column F), 2019 left out, and sorted by it. */
export const LIST_FILTER = `<autoFilter ref="A4:G21" xr:uid="{8C5B7D4E-2A1F-4E3D-9C8B-7A6F5E4D3C21}"><filterColumn colId="5"><filters blank="1"><filter val="2016"/><filter val="2017"/><filter val="2018"/><filter val="2020"/><filter val="2021"/></filters></filterColumn><sortState xmlns:xlrd2="${XLRD2}" ref="A5:G21"><sortCondition descending="1" ref="F5:F21"/></sortState></autoFilter>`;
/** The rows it hides (2019). */
export const LIST_HIDDEN = [8, 13, 18];

/** The table `sampleWithTable` adds (PhanViec, B90:C92) filtered on "Anh Nam" and sorted through a button: row 92 hidden. */
export const TABLE_FILTER = `<autoFilter ref="B90:C92" xr:uid="{3E2D1C0B-9A8F-4E7D-8C6B-5A4F3E2D1C0B}"><filterColumn colId="1"><filters><filter val="Anh Nam"/></filters></filterColumn><sortState xmlns:xlrd2="${XLRD2}" ref="B91:C92"><sortCondition descending="1" ref="B91:B92"/></sortState></autoFilter>`;

async function edit(zip: JSZip, part: string, change: (xml: string) => string): Promise<void> {
  zip.file(part, change(await zip.file(part)!.async('string')));
}

/** Puts LIST_FILTER on the communes list of `zip` (a sample), xr declared and ignorable on its root, its rows hidden. */
export async function filterList(zip: JSZip): Promise<void> {
  await edit(zip, (await sheetParts(zip)).get(LIST)!, (x) => {
    let out = x.replace('<worksheet ', `<worksheet xmlns:xr="${XR}" `).replace('mc:Ignorable="x14ac"', 'mc:Ignorable="x14ac xr"').replace('</sheetData>', `</sheetData>${LIST_FILTER}`);
    for (const r of LIST_HIDDEN) out = out.replace(`<row r="${r}" `, `<row r="${r}" hidden="1" `);
    return out;
  });
}

/** Puts `filter` on the table of `zip` (from `sampleWithTable`) and hides row 92 of its sheet. */
export async function filterTable(zip: JSZip, filter = TABLE_FILTER): Promise<void> {
  const part = Object.keys(zip.files).find((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))!;
  await edit(zip, part, (x) => x.replace(/<autoFilter\b[\s\S]*?<\/autoFilter>/, filter));
  await edit(zip, (await sheetParts(zip)).get('Hiện trạng NTM')!, (x) => x.replace('<row r="92" ', '<row r="92" hidden="1" '));
}
