// Reads the communes sheet (DOMAIN §4.3): the authoritative list of communes and towns.
import { parseCommuneGroup } from '../criteria/commune-group';
import type { SheetData, CellValue } from '../model/grid';
import type { CommuneKind } from '../model/program';
import { parseAdminName } from '../text/admin-names';
import { cachedMatchKey } from '../text/cached-keys';
import { cellText } from './cell-text';
import type { HeaderMatch } from './find-header';
import { type ReadContext, ref } from './read-context';
import { dataRows } from './table-rows';
import { MergedColumns } from './merged-down';

function kindFromText(t: string): CommuneKind | undefined {
  const k = cachedMatchKey(t);
  if (/^(thị trấn|thi trấn|tt)$/.test(k)) return 'thi-tran';
  if (/^phường$/.test(k)) return 'phuong';
  if (/^xã$/.test(k)) return 'xa';
  return undefined;
}

export function readCommunes(sheet: SheetData, header: HeaderMatch, ctx: ReadContext): number {
  const cols = header.columns;
  const get = (row: CellValue[], c: number | undefined): CellValue => (c === undefined ? null : (row[c] ?? null));
  // Type, target set, region or year merged down over a group of communes applies to each of them.
  const merged = new MergedColumns(sheet, [cols.kind, cols.target, cols.region, cols.group, cols.year], header.lastRow + 1);
  // A column repeats its kind, set and region down the rows: a cell like the one above it keeps its text.
  const lastValue: CellValue[] = [];
  const lastText: string[] = [];
  const textAt = (r: number, c: number | undefined): string => {
    if (c === undefined) return '';
    const v = merged.value(r, c);
    if (lastText[c] === undefined || v !== lastValue[c]) {
      lastValue[c] = v;
      lastText[c] = cellText(v);
    }
    return lastText[c];
  };
  let n = 0;
  for (const { r, row } of dataRows(sheet, header.lastRow)) {
    const nameText = cellText(get(row, cols.commune));
    if (!nameText || /^(tổng|cộng|tổng cộng|ghi chú)/.test(cachedMatchKey(nameText))) continue;
    const kindText = textAt(r, cols.kind);
    const kind = kindText ? kindFromText(kindText) : undefined;
    // A merged cell is reported once, from its own row.
    if (kindText && !kind && merged.textRow(r, cols.kind) === r) {
      ctx.sink.add('commune.bad-kind', 'warning', ref(sheet.name, merged.textRow(r, cols.kind), cols.kind!), {
        vi: `Loại đơn vị "${kindText}" không rõ: dùng "xã", "thị trấn" hoặc "phường".`,
        en: `Unknown unit type "${kindText}": use xã, thị trấn or phường.`,
      }, { found: kindText, keyHint: nameText });
    }
    const parsed = parseAdminName(nameText, kind ?? 'xa');
    if (!parsed.name) continue;
    const finalKind = parsed.prefixWritten ? parsed.kind : (kind ?? 'xa');
    const key = `${finalKind}:${parsed.key.slice(parsed.key.indexOf(':') + 1)}`;
    const targetText = textAt(r, cols.target);
    const targetSet = targetText ? ctx.setNamed(targetText) : undefined;
    if (targetText && !targetSet && merged.textRow(r, cols.target) === r) {
      ctx.sink.add('set.unknown', 'warning', ref(sheet.name, merged.textRow(r, cols.target), cols.target!), {
        vi: `Không nhận ra bộ tiêu chí phấn đấu "${targetText}".`,
        en: `Unknown target criteria set "${targetText}".`,
      }, { found: targetText });
    }
    const groupText = textAt(r, cols.group);
    const group = groupText ? parseCommuneGroup(groupText) : undefined;
    if (groupText && !group && merged.textRow(r, cols.group) === r) {
      ctx.sink.add('commune.bad-group', 'warning', ref(sheet.name, merged.textRow(r, cols.group), cols.group!), {
        vi: `Nhóm xã "${groupText}" không rõ: ghi 1, 2 hoặc 3 (xã nhóm 1, 2, 3 của bộ tiêu chí 2026 - 2030).`,
        en: `Unknown commune group "${groupText}": write 1, 2 or 3 (commune groups of the 2026 - 2030 set).`,
      }, { found: groupText, keyHint: nameText });
    }
    const yearText = textAt(r, cols.year);
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
    const name = parsed.name;
    const region = textAt(r, cols.region) || undefined;
    const source = ref(sheet.name, r, cols.commune!);
    // Two literals rather than a spread of `{ group }`, which cost ~0.3 µs a row (8,227 in a national list).
    ctx.communes.define(group ? { key, name, kind: finalKind, targetSet, region, group, yearRecognized: year, source } : { key, name, kind: finalKind, targetSet, region, yearRecognized: year, source });
    n++;
  }
  return n;
}
