// Reads the definitions sheet (DOMAIN §4.4) into raw rows; criteria/definitions.ts applies them.
import type { SheetData, CellValue } from '../model/grid';
import type { DefinitionRow } from '../criteria/definitions';
import { cellText } from './cell-text';
import type { HeaderMatch } from './find-header';
import { ref } from './read-context';
import { dataRows } from './table-rows';
import { setFromTitle } from './set-context';
import { MergedColumns } from './merged-down';
import { parseRegion } from '../criteria/definition-values';
import { groupOfColumn } from '../criteria/commune-group';

/** Columns named after a region ("Đồng bằng sông Cửu Long", "Vùng ĐBSCL"): one threshold per region, as in the official annex. */
export function regionColumns(header: HeaderMatch): { col: number; region: string }[] {
  return header.others.filter((o) => parseRegion(o.text) !== undefined).map((o) => ({ col: o.col, region: o.text }));
}

/** Columns named after a commune group ("Xã nhóm 1", "Nhóm 2"): the 2026 - 2030 annex's one level per group. */
export function groupColumns(header: HeaderMatch): { col: number; group: string }[] {
  return header.others.flatMap((o) => {
    const group = groupOfColumn(o.text);
    return group ? [{ col: o.col, group }] : [];
  });
}

export function readDefinitions(sheet: SheetData, header: HeaderMatch): DefinitionRow[] {
  const cols = header.columns;
  const regionCols = regionColumns(header);
  const groupCols = groupColumns(header);
  const levelCols = [...regionCols, ...groupCols];
  const titleSet = setFromTitle(sheet, header.row);
  const get = (row: CellValue[], c: number | undefined): CellValue => (c === undefined ? null : (row[c] ?? null));
  const text = (row: CellValue[], c: number | undefined) => cellText(get(row, c)) || undefined;
  // Set, direction, region, province and dates are often merged down over the rows they apply to.
  const merged = new MergedColumns(sheet, [cols.set, cols.direction, cols.region, cols.province, cols.group, cols.from, cols.to, cols.unit], header.lastRow + 1);
  const at = (r: number, c: number | undefined) => cellText(merged.value(r, c)) || undefined;
  const out: DefinitionRow[] = [];
  let sectionSet: string | undefined;
  for (const { r, row } of dataRows(sheet, header.lastRow)) {
    const codeText = text(row, cols.code);
    const setText = at(r, cols.set);
    if (!codeText && !text(row, cols.threshold) && !text(row, cols.name) && !levelCols.some((c) => text(row, c.col))) continue;
    if (!codeText && setText === undefined && text(row, cols.name) && !text(row, cols.threshold)) {
      // A section row naming the set of the rows below.
      sectionSet = text(row, cols.name);
      continue;
    }
    const threshold = (c: number | undefined) => {
      const v = get(row, c);
      return typeof v === 'number' ? v : cellText(v) || undefined;
    };
    const base = {
      set: setText ?? sectionSet ?? titleSet ?? '',
      code: codeText ?? '',
      name: text(row, cols.name),
      unit: at(r, cols.unit),
      direction: at(r, cols.direction),
      province: at(r, cols.province),
      from: at(r, cols.from),
      to: at(r, cols.to),
      applies: text(row, cols.applies),
    };
    // The general norm, unless the row only gives regional or group ones.
    if (cols.threshold !== undefined || !levelCols.length || !levelCols.some((c) => threshold(c.col) !== undefined)) {
      out.push({ ...base, threshold: threshold(cols.threshold), region: at(r, cols.region), group: at(r, cols.group), ...(cols.group !== undefined ? { groupSource: ref(sheet.name, merged.textRow(r, cols.group), cols.group) } : {}), source: ref(sheet.name, r, cols.code ?? 0), ...(cols.threshold !== undefined ? { thresholdSource: ref(sheet.name, r, cols.threshold) } : {}) });
    }
    for (const c of regionCols) {
      const t = threshold(c.col);
      if (t !== undefined) out.push({ ...base, threshold: t, region: c.region, source: ref(sheet.name, r, c.col) });
    }
    for (const c of groupCols) {
      const t = threshold(c.col);
      if (t !== undefined) out.push({ ...base, threshold: t, group: c.group, source: ref(sheet.name, r, c.col) });
    }
  }
  return out;
}
