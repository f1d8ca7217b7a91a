// Status in long shape: one row per commune × code; also the one-sheet-per-commune form.
import type { SheetData, CellValue } from '../model/grid';
import type { Commune, SourceRef, StatusEntry } from '../model/program';
import { statusLine } from '../model/cell-status';
import { parseDeadline } from '../parse/deadlines';
import { parseStatusCell } from '../parse/status-values';
import { dateToIso, serialToIso } from '../model/dates';
import { cellText, ColumnText } from './cell-text';
import { matchKey } from '../text/normalize';
import type { HeaderMatch } from './find-header';
import { type ReadContext, ref, defaultKindFor } from './read-context';
import { dataRows } from './table-rows';
import { isUnshippedSet, namesUnshippedSet, sectionSet, setFromTitle, unshippedRowsFinding, unshippedSectionFinding } from './set-context';
import { SheetDeadlines, titleYear } from './title-year';
import { communeSectionName } from './commune-sections';
import { NumericCodeSequence } from './numeric-codes';
import { readStatusValue, makeEntry, statusReading, type CellContext, type CellReading } from './status-cell';
import { toA1 } from '../model/address';
import { mergedDown } from './merged-down';
import { rowCodes } from './row-codes';
import { isGroupHeading } from './group-heading';

const BLANK_READING: CellReading = { present: false };
import { DISTRICT_KEY } from './district';
import { DistrictBlanks } from './district-blanks';

/** `fixedCommune` is the commune a per-commune sheet is about (no Xã column). */
export function readStatusLong(sheet: SheetData, header: HeaderMatch, ctx: ReadContext, fixedCommune?: Commune): StatusEntry[] {
  const cols = header.columns;
  const titleSet = setFromTitle(sheet, header.row, ctx.setNamed);
  const deadlines = new SheetDeadlines(sheet.name, titleYear(sheet, header.row));
  const numbers = new NumericCodeSequence(sheet.name);
  let sectionSetId: string | undefined;
  const codesSeen = new Map<string, Set<string>>();
  const firstOfCode = (setId: string, code: string): boolean => {
    let seen = codesSeen.get(setId);
    if (!seen) codesSeen.set(setId, (seen = new Set()));
    if (seen.has(code)) return false;
    seen.add(code);
    return true;
  };
  const out: StatusEntry[] = [];
  const districtBlanks = new DistrictBlanks(ctx.district.name);
  const get = (row: CellValue[], c: number | undefined): CellValue => (c === undefined ? null : (row[c] ?? null));
  const dataCols = [cols.assessment, cols.value, cols.expected].filter((c): c is number => c !== undefined);
  const statusCols = cols.achievedOn === undefined ? dataCols : [...dataCols, cols.achievedOn];

  // A commune cell merged down over its rows names the commune of every row it covers.
  const mergedCommune = mergedDown(sheet, cols.commune, header.lastRow + 1);
  // A blank commune cell under a named one ("ditto" grouping) is read as the commune above, and said once.
  let above: { name: string; row: number } | undefined;
  let ditto: { first: number; count: number; name: string } | undefined;
  // Consecutive rows name the same commune: resolve each written name once per sheet.
  const resolved = { xa: new Map<string, Commune | undefined>(), 'thi-tran': new Map<string, Commune | undefined>(), phuong: new Map<string, Commune | undefined>() };
  const isoOf = new Map<number, string>();
  // "I | XÃ TÂN SƠN": the commune of the rows under it, on a sheet without a commune column.
  let sectionCommune: Commune | undefined;
  // Set cells naming a set the tool does not ship, said once each.
  const unshippedSaid = new Set<string>();
  const setTexts = new ColumnText();
  const communeTexts = new ColumnText();
  for (const { r, row } of dataRows(sheet, header.lastRow)) {
    const { parsed, codeValue, from } = rowCodes(row, cols);
    if (parsed.codes.length === 0) {
      // Only a row without a code can be a section row: a commune's (no commune column) or a set's.
      const communeHeading = cols.commune === undefined && !fixedCommune ? communeSectionName(row) : undefined;
      if (communeHeading) {
        sectionCommune = ctx.communes.resolve(communeHeading, ref(sheet.name, r, firstTextCol(row)), 'xa');
        continue;
      }
      const section = sectionSet(row, dataCols, ctx.setNamed, (h) => unshippedSectionFinding(ctx.sink, sheet.name, r, h));
      if (section) {
        sectionSetId = section;
        above = undefined;
        continue;
      }
      const codeText = cellText(codeValue);
      if (codeText && !TOTAL_ROW_RE.test(matchKey(codeText)) && !isGroupHeading(codeText, row, statusCols)) {
        ctx.sink.add('code.unreadable', 'error', ref(sheet.name, r, cols.code ?? 0), {
          vi: `Không đọc được mã tiêu chí/chỉ tiêu: "${codeText}".`,
          en: `Cannot read a criterion/indicator code from "${codeText}".`,
        }, { found: codeText, keyHint: `${sheet.name}:${r}` });
      }
      continue;
    }
    const setText = setTexts.of(get(row, cols.set));
    // Under a section of a set the tool does not ship, unless the row's own set cell names one.
    if (isUnshippedSet(sectionSetId) && !(setText && ctx.setNamed(setText))) continue;
    if (setText && namesUnshippedSet(setText, ctx.setNamed)) {
      unshippedRowsFinding(ctx.sink, sheet.name, ref(sheet.name, r, cols.set!), setText, unshippedSaid);
      continue;
    }
    const setId = (setText ? ctx.setNamed(setText) : undefined) ?? sectionSetId ?? titleSet ?? ctx.defaultSet;
    let commune = ctx.catalog.getSet(setId)?.level === 'district' ? ctx.district : (fixedCommune ?? sectionCommune);
    if (!commune) {
      let name = communeTexts.of(get(row, cols.commune));
      const top = mergedCommune?.get(r);
      if (!name && top !== undefined) name = cellText(sheet.rows[top]?.[cols.commune!] ?? null);
      if (name) above = { name, row: r };
      else if (above && hasStatus(row, dataCols)) {
        name = above.name;
        if (ditto) ditto.count++;
        else ditto = { first: r, count: 1, name };
      } else {
        if (hasStatus(row, dataCols) && cols.commune !== undefined) {
          ctx.sink.add('status.no-commune', 'warning', ref(sheet.name, r, cols.commune), {
            vi: `Dòng có kết quả cho mã ${parsed.codes[0].code} nhưng không ghi xã: dòng này không được tính.`,
            en: `The row has a status for code ${parsed.codes[0].code} but no commune: it is not counted.`,
          }, { indicator: parsed.codes[0].code, keyHint: `${sheet.name}:${r}` });
        }
        continue;
      }
      const kind = defaultKindFor(ctx, setId);
      const cache = resolved[kind];
      if (cache.has(name)) commune = cache.get(name);
      else {
        commune = ctx.communes.resolve(name, ref(sheet.name, r, cols.commune!), kind);
        cache.set(name, commune);
      }
      if (!commune) continue;
    }
    const code = parsed.codes.length === 1 ? numbers.read(parsed.codes[0], from.cell, { row: r, col: from.col }, commune.key) : parsed.codes[0];
    const assessCol = cols.assessment ?? cols.value;
    const whereCol = assessCol ?? cols.code ?? 0;
    // The row's cell context (where its messages point) is made only for a row with something to say.
    const assessed = assessCol !== undefined ? get(row, assessCol) : null;
    let reading = assessCol === undefined ? BLANK_READING : (statusReading(assessed) ?? readStatusValue(ctx, assessed, cellContext(sheet.name, r, whereCol, commune, setId, code.code)));
    let sourceCol = whereCol;
    // A value column next to an assessment column: keep the measured value for the threshold check.
    if (cols.value !== undefined && cols.assessment !== undefined) {
      const raw = get(row, cols.value);
      const v = parseStatusCell(raw);
      if (v.kind === 'value') {
        if (!reading.present) sourceCol = cols.value;
        reading = { present: true, achieved: reading.achieved, value: v.value, percent: v.percent };
      } else if (!reading.present && v.kind !== 'blank') {
        // No verdict typed: the value cell speaks for the row ("đạt 70%" is met at 70; "#N/A"
        // is unreadable, said at that cell instead of the row vanishing).
        sourceCol = cols.value;
        reading = readStatusValue(ctx, raw, cellContext(sheet.name, r, cols.value, commune, setId, code.code));
        if (reading.achieved !== undefined && v.value !== undefined) reading = { present: true, achieved: reading.achieved, value: v.value, percent: v.percent };
      } else if (reading.present && v.kind === 'unreadable') {
        // A verdict is typed, but the value beside it cannot be read ("≥ 70%": the norm typed where
        // the measure goes, "#N/A"): the verdict counts, the cell is said.
        const at = ref(sheet.name, r, cols.value);
        ctx.sink.add('status.value-unreadable', 'warning', at, {
          vi: `${commune.name}, mã ${code.code}: không đọc được số liệu "${v.raw}"${/[≥≤<>]/.test(v.raw) ? ' (giống mức đạt hơn là số liệu đo được)' : ''}; dùng đánh giá ở ô ${toA1(r, whereCol)}.`,
          en: `${commune.name}, code ${code.code}: cannot read the value "${v.raw}"${/[≥≤<>]/.test(v.raw) ? ' (it looks like a norm, not a measured value)' : ''}; the verdict in ${toA1(r, whereCol)} is used.`,
        }, { commune: commune.key, setId, indicator: code.code, found: v.raw, expected: 'số liệu đo được (72%, 0,72, 58.234,5)' });
      }
    }
    const expectedValue = get(row, cols.expected);
    // "Đã đạt", "x" or "-" in the "Dự kiến đạt" column is a status word, not a deadline to read.
    const expected = expectedValue === null || isStatusWord(expectedValue) ? undefined : deadlines.parse(expectedValue, () => ref(sheet.name, r, cols.expected!));
    if (reading.achieved === false && saysMet(expectedValue)) reportExpectedContradiction(ctx, expectedValue, cellContext(sheet.name, r, whereCol, commune, setId, code.code), ref(sheet.name, r, cols.expected!));
    const achievedOnValue = get(row, cols.achievedOn);
    const achievedOn = achievedOnValue === null ? undefined : achievedOnValue instanceof Date ? isoOfDate(isoOf, achievedOnValue) : typeof achievedOnValue === 'number' && achievedOnValue > 30000 ? serialToIso(achievedOnValue) : parseDeadline(achievedOnValue)?.date;
    if (!reading.present && commune.key === DISTRICT_KEY && assessCol !== undefined) districtBlanks.add(code.code, setId, ref(sheet.name, r, whereCol));
    if (!reading.present && !expected && !achievedOn) continue;
    const line = statusLine(
      sheet.name,
      setId,
      code.code,
      code.qualifier,
      cols.norm !== undefined ? cellText(get(row, cols.norm)) || undefined : undefined,
      (cols.name !== undefined ? cellText(get(row, cols.name)) : '') || parsed.writtenName,
      // Only a code's first row can be the one its findings point at: no cell reference for the rest
      // (a national table repeats each code 8,227 times).
      firstOfCode(setId, code.code) ? ref(sheet.name, r, from.col) : undefined,
    );
    out.push(makeEntry(line, commune.key, reading, r, sourceCol, expected || achievedOn ? { expected, expectedSource: expected ? ref(sheet.name, r, cols.expected!) : undefined, achievedOn } : undefined));
  }
  deadlines.report(ctx.sink);
  numbers.report(ctx.sink);
  districtBlanks.report(ctx.sink, out);
  if (ditto && cols.commune !== undefined) {
    ctx.sink.add('status.commune-from-above', 'info', ref(sheet.name, ditto.first, cols.commune), {
      vi: `${ditto.count} dòng để trống cột xã được hiểu là cùng xã với dòng trên (đầu tiên: dòng ${ditto.first + 1}, xã ${ditto.name}).`,
      en: `${ditto.count} row(s) with a blank commune cell are read as the commune above (first: row ${ditto.first + 1}, ${ditto.name}).`,
    }, { found: String(ditto.count), keyHint: sheet.name });
  }
  return out;
}

/** "Chưa đạt" in the assessment and "Đã đạt" where the expected quarter goes: the unmet one counts. */
function reportExpectedContradiction(ctx: ReadContext, expectedValue: CellValue, where: CellContext, at: SourceRef): void {
  const said = 'Chưa đạt';
  const cell = (x: SourceRef) => `${x.sheet}!${x.cell}`;
  ctx.sink.add('status.conflict', 'error', at, {
    vi: `${where.communeName}, mã ${where.code}: ${cell(where.at)} ghi "${said}" nhưng ${cell(at)} ghi "${cellText(expectedValue)}"; tính là chưa đạt cho đến khi sửa một trong hai ô.`,
    en: `${where.communeName}, code ${where.code}: ${cell(where.at)} says "${said}" but ${cell(at)} says "${cellText(expectedValue)}"; counted as not met until one of them is corrected.`,
  }, { commune: where.communeKey, setId: where.setId, indicator: where.code, found: `${said} / ${cellText(expectedValue)}`, keyHint: `${cell(where.at)}|${cell(at)}` });
}

/** The "Dự kiến đạt" cell says met ("Đã đạt"). */
function saysMet(expectedValue: CellValue): boolean {
  return typeof expectedValue === 'string' && parseStatusCell(expectedValue).kind === 'met';
}

/** Where a row's messages point, and whose row it is. */
function cellContext(sheet: string, r: number, col: number, commune: Commune, setId: string, code: string): CellContext {
  return { at: ref(sheet, r, col), communeKey: commune.key, communeName: commune.name, setId, code };
}

/** "Tổng", "Tổng cộng", "Cộng", "Bình quân": a totals row, nothing to read or report. */
const TOTAL_ROW_RE = /^(?:tổng(?: cộng| số)?|cộng|bình quân|toàn huyện|cả huyện)(?![\p{L}\d])/u;

function isStatusWord(v: CellValue): boolean {
  if (typeof v !== 'string') return false;
  const k = parseStatusCell(v).kind;
  return k === 'met' || k === 'unmet' || k === 'blank';
}

/** The row has something to count in its status columns. */
function hasStatus(row: CellValue[], dataCols: number[]): boolean {
  for (const c of dataCols) {
    const v = row[c];
    if (v !== null && v !== undefined && v !== '') return true;
  }
  return false;
}

/** Date cells repeat (one achievement date for many rows): format each instant once. */
function isoOfDate(cache: Map<number, string>, d: Date): string {
  const t = d.getTime();
  let iso = cache.get(t);
  if (iso === undefined) cache.set(t, (iso = dateToIso(d)));
  return iso;
}

function firstTextCol(row: CellValue[]): number {
  const i = row.findIndex((v) => cellText(v ?? null) !== '');
  return i < 0 ? 0 : i;
}
