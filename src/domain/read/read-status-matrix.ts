// Status in matrix shape: one row per criterion/indicator, one column per commune (DOMAIN §4.2).
import type { SheetData, CellValue } from '../model/grid';
import type { StatusEntry } from '../model/program';
import { statusLine } from '../model/cell-status';
import { cellText } from './cell-text';
import type { HeaderMatch } from './find-header';
import { type ReadContext, ref, defaultKindFor } from './read-context';
import { setFromTitle } from './set-context';
import { readStatusValue, makeEntry, statusReading, type CellReading } from './status-cell';
import { latestYearColumns, reportYearChoice } from './year-columns';
import { codedRows } from './row-codes';
import { isBlankCell, SheetLegend } from './blank-legend';
import { NumericCodeSequence } from './numeric-codes';
import type { Commune } from '../model/program';
import { reportHiddenSetAside } from './hidden-cells';
import { setNameEn } from '../criteria/set-names-en';

export interface MatrixColumns {
  communeCols: { col: number; text: string }[];
}

export function readStatusMatrix(sheet: SheetData, header: HeaderMatch, communeCols: { col: number; text: string }[], ctx: ReadContext): StatusEntry[] {
  const cols = header.columns;
  let setId = setFromTitle(sheet, header.row, ctx.setNamed) ?? ctx.defaultSet;
  const kind = () => defaultKindFor(ctx, setId);
  // A commune is set aside only when all its columns are hidden: an office that hides last
  // year's sub-column under a commune merged over "Năm 2022 | Năm 2023" still reports the commune.
  const hidden = ctx.hidden;
  const allHidden = (text: string) => hidden !== undefined && communeCols.every((o) => o.text !== text || hidden.col(sheet.name, o.col));
  const resolved = communeCols.map((cc) => {
    const commune = ctx.communes.resolve(cc.text, ref(sheet.name, header.lastRow, cc.col), kind(), { hiddenColumn: allHidden(cc.text) });
    return { col: cc.col, commune, key: commune?.key };
  });
  // A commune over one column per year: its latest year is read, the earlier ones are history.
  const choice = latestYearColumns(sheet, header.lastRow + 1, resolved, ctx.asOfYear);
  const communes: { col: number; commune?: Commune }[] = choice.kept;
  reportYearChoice(ctx.sink, sheet.name, choice, { vi: 'xã', en: 'commune' });
  const out: StatusEntry[] = [];
  const get = (row: CellValue[], c: number | undefined): CellValue => (c === undefined ? null : (row[c] ?? null));
  const dataCols = communeCols.map((c) => c.col);
  // "x: đạt; để trống: chưa đạt" on the sheet: its blank cells are not met, as its own note says.
  const legend = new SheetLegend(sheet);
  const numbers = new NumericCodeSequence(sheet.name);
  // The columns of the communes read, and the communes, as plain arrays: the loop below runs once
  // per cell (8,227 a row in a national matrix).
  const readCols: number[] = [];
  const readCommunes: Commune[] = [];
  for (const { col, commune } of communes) {
    if (!commune) continue;
    readCols.push(col);
    readCommunes.push(commune);
  }
  const byLegend = legend.any;

  for (const { r, row, parsed, from, sectionSetId } of codedRows(sheet, header, dataCols, ctx.setNamed, ctx.sink)) {
    if (sectionSetId) setId = sectionSetId;
    const code = parsed.codes.length === 1 ? numbers.read(parsed.codes[0], from.cell, { row: r, col: from.col }) : parsed.codes[0];
    // A hidden row with a code its set does not have: an indicator of a former set, kept out of sight.
    if (ctx.hidden?.row(sheet.name, r) && !knownCode(ctx, setId, code.code)) {
      reportHiddenSetAside(ctx.sink, ref(sheet.name, r, from.col), { vi: `có mã ${code.code} không thuộc ${setName(ctx, setId)}`, en: `holds code ${code.code}, not in ${setNameEnOf(ctx, setId)}` }, 'row', `${sheet.name}|${r}`);
      continue;
    }
    // "Tiêu chí 1: Quy hoạch" above its indicator rows, blank for every commune: a heading, even
    // where the legend gives blank cells a verdict.
    if (legend.readsBlanks && isHeadingCode(ctx, setId, code.code) && communes.every(({ col, commune }) => !commune || isBlankCell(row[col]))) continue;
    // What the row's entries share, built once per row (a national matrix has 8,227 cells a row).
    const line = statusLine(sheet.name, setId, code.code, code.qualifier, cellText(get(row, cols.norm)) || undefined, cellText(get(row, cols.name)) || parsed.writtenName, ref(sheet.name, r, from.col));
    // A row repeats its verdicts: a cell like one of the last two reads the same (statusReading is pure).
    let lastValue: CellValue | undefined;
    let lastReading: CellReading | undefined;
    let otherValue: CellValue | undefined;
    let otherReading: CellReading | undefined;
    for (let k = 0; k < readCols.length; k++) {
      const col = readCols[k];
      const commune = readCommunes[k];
      const v = row[col] ?? null;
      let reading = byLegend ? legend.read(row[col]) : undefined;
      if (!reading) {
        if (v !== lastValue || !lastReading) {
          const known = v === otherValue && otherReading ? otherReading : statusReading(v);
          otherValue = lastValue;
          otherReading = lastReading;
          lastValue = v;
          lastReading = known;
        }
        reading = lastReading || readStatusValue(ctx, v, { at: ref(sheet.name, r, col), communeKey: commune.key, communeName: commune.name, setId, code: code.code });
      }
      if (reading.present) out.push(makeEntry(line, commune.key, reading, r, col));
    }
  }
  legend.report(ctx.sink);
  numbers.report(ctx.sink);
  return out;
}

function knownCode(ctx: ReadContext, setId: string, code: string): boolean {
  return Boolean(code.includes('.') ? ctx.catalog.findIndicator(setId, code) : ctx.catalog.findCriterion(setId, code)) || ctx.catalog.isOpenCriterion(setId, code);
}

function setName(ctx: ReadContext, setId: string): string {
  return ctx.catalog.getSet(setId)?.shortName ?? setId;
}

function setNameEnOf(ctx: ReadContext, setId: string): string {
  const set = ctx.catalog.getSet(setId);
  return set ? setNameEn(set) : setId;
}

/** A criterion whose indicators have codes of their own (1 → 1.1, 1.2), not a one-indicator criterion (10). */
function isHeadingCode(ctx: ReadContext, setId: string, code: string): boolean {
  return !code.includes('.') && (ctx.catalog.findCriterion(setId, code)?.indicators.some((i) => i.code !== code) ?? false);
}
