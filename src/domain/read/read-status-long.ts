// Status in long shape: one row per commune × code; also the one-sheet-per-commune form.
import type { SheetData, CellValue } from '../model/grid';
import type { Commune, StatusEntry } from '../model/program';
import { parseCodes } from '../parse/codes';
import { parseDeadline } from '../parse/deadlines';
import { parseStatusCell } from '../parse/status-values';
import { resolveSetName } from '../criteria/set-names';
import { dateToIso, serialToIso } from '../model/dates';
import { cellText } from './cell-text';
import type { HeaderMatch } from './find-header';
import { type ReadContext, ref, defaultKindFor } from './read-context';
import { dataRows } from './table-rows';
import { sectionSet, setFromTitle } from './set-context';
import { statusFromCell } from './status-cell';
import { DEFAULT_SET } from './read-assignments';
import { DISTRICT_COMMUNE } from './district';

/** `fixedCommune` is the commune a per-commune sheet is about (no Xã column). */
export function readStatusLong(sheet: SheetData, header: HeaderMatch, ctx: ReadContext, fixedCommune?: Commune): StatusEntry[] {
  const cols = header.columns;
  const titleSet = setFromTitle(sheet, header.row);
  let sectionSetId: string | undefined;
  const out: StatusEntry[] = [];
  const get = (row: CellValue[], c: number | undefined): CellValue => (c === undefined ? null : (row[c] ?? null));
  const dataCols = [cols.assessment, cols.value, cols.expected].filter((c): c is number => c !== undefined);

  for (const { r, row } of dataRows(sheet, header.lastRow)) {
    const section = sectionSet(row, dataCols);
    if (section) {
      sectionSetId = section;
      continue;
    }
    const codeValue = get(row, cols.code);
    let parsed = parseCodes(typeof codeValue === 'number' ? codeValue : cellText(codeValue));
    if (parsed.codes.length === 0 && cols.name !== undefined) parsed = parseCodes(cellText(get(row, cols.name)));
    if (parsed.codes.length === 0) {
      if (cellText(codeValue)) {
        ctx.sink.add('code.unreadable', 'error', ref(sheet.name, r, cols.code ?? 0), {
          vi: `Không đọc được mã tiêu chí/chỉ tiêu: "${cellText(codeValue)}".`,
          en: `Cannot read a criterion/indicator code from "${cellText(codeValue)}".`,
        }, { found: cellText(codeValue), keyHint: `${sheet.name}:${r}` });
      }
      continue;
    }
    const setText = cellText(get(row, cols.set));
    const setId = (setText ? resolveSetName(setText) : undefined) ?? sectionSetId ?? titleSet ?? DEFAULT_SET;
    let commune = ctx.catalog.getSet(setId)?.level === 'district' ? DISTRICT_COMMUNE : fixedCommune;
    if (!commune) {
      const name = cellText(get(row, cols.commune));
      if (!name) continue;
      commune = ctx.communes.resolve(name, ref(sheet.name, r, cols.commune!), defaultKindFor(ctx, setId));
      if (!commune) continue;
    }
    const code = parsed.codes[0];
    const assessCol = cols.assessment ?? cols.value;
    const base = {
      communeKey: commune.key,
      communeName: commune.name,
      setId,
      code: code.code,
      qualifier: code.qualifier,
      norm: cellText(get(row, cols.norm)) || undefined,
    };
    let entry = assessCol !== undefined ? statusFromCell(ctx, { ...base, value: get(row, assessCol), at: ref(sheet.name, r, assessCol) }) : undefined;
    // A value column next to an assessment column: keep the measured value for the threshold check.
    if (cols.value !== undefined && cols.assessment !== undefined) {
      const v = parseStatusCell(get(row, cols.value));
      if (v.kind === 'value') {
        entry = entry ?? { communeKey: commune.key, setId, code: code.code, qualifier: code.qualifier, source: ref(sheet.name, r, cols.value) };
        entry.value = v.value;
      }
    }
    const expectedValue = get(row, cols.expected);
    const expected = parseDeadline(expectedValue);
    const achievedOnValue = get(row, cols.achievedOn);
    const achievedOn = achievedOnValue instanceof Date ? dateToIso(achievedOnValue) : typeof achievedOnValue === 'number' && achievedOnValue > 30000 ? serialToIso(achievedOnValue) : parseDeadline(achievedOnValue)?.date;
    if (!entry && (expected || achievedOn)) {
      entry = { communeKey: commune.key, setId, code: code.code, qualifier: code.qualifier, source: ref(sheet.name, r, assessCol ?? cols.code ?? 0) };
    }
    if (!entry) continue;
    entry.writtenName = cellText(get(row, cols.name)) || parsed.writtenName;
    if (expected) {
      entry.expected = expected;
      entry.expectedSource = ref(sheet.name, r, cols.expected!);
    }
    if (achievedOn) entry.achievedOn = achievedOn;
    out.push(entry);
  }
  return out;
}
