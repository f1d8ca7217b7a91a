// The workbook's own departments (DOMAIN §4: the workbook completes what ships): a body the
// registry does not know ("Phòng Khoa học và Công nghệ", "Điện lực Trà Cú"), or another way the
// plan writes a known one, so its cells resolve instead of being reported unknown every time.
import type { SheetData } from '../model/grid';
import type { ExtraDepartment } from '../criteria/departments';
import { cellText } from './cell-text';
import type { HeaderMatch } from './find-header';
import { dataRows } from './table-rows';

export function readDepartments(sheet: SheetData, header: HeaderMatch): ExtraDepartment[] {
  const nameCol = header.columns.department!;
  const aliasCol = header.columns.aliases;
  const out: ExtraDepartment[] = [];
  for (const { row } of dataRows(sheet, header.lastRow)) {
    const name = cellText(row[nameCol] ?? null);
    if (!name) continue;
    const aliases = aliasCol === undefined ? [] : cellText(row[aliasCol] ?? null).split(/[;\n]|,(?=\s)/).map((a) => a.trim()).filter(Boolean);
    out.push({ name, aliases });
  }
  return out;
}
