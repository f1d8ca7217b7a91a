// "Theo xã": the communes × criteria matrix of one commune-level set, with per-criterion
// footer counts and the prose totals under the table. Linear in communes × criteria.
import type { Band, CommuneRow, ProgramSummary } from '../summary/types';
import { usesNationalBands } from '../summary/types';
import { unitLabels } from './unit-labels';
import { adminFrame, frameFooter, sizeHeaderRows, tableHeader } from './admin-frame';
import type { HeaderCell } from './admin-frame';
import { BANDS, bandLabel, bandProse, labels, MARK_MET, MARK_UNKNOWN } from './labels';
import { PlanBuilder, rect } from './plan-builder';
import { bodyCell, HEADER_FILL, PAGE_WIDTH_CHARS } from './styles';
import { estimateLines, heightForLines } from './text-fit';
import type { LayoutSet, LinkedSheetPlan, ReportContext } from './types';
import { formatNumber, NUMBER_FORMATS, rateText } from './vi-format';

type Totals = ProgramSummary['totals'][number];

const BODY_SIZE = 11;
const SHORT_NAME_SIZE = 10;

function byCode(a: string, b: string): number {
  return parseFloat(a) - parseFloat(b) || a.localeCompare(b);
}

/** The set's criteria in its order, then any code the rows mention that the set lacks. */
function criteriaColumns(set: LayoutSet, rows: CommuneRow[]): { code: string; shortName: string }[] {
  const cols = set.criteria.map((c) => ({ code: c.code, shortName: c.shortName }));
  const known = new Set(cols.map((c) => c.code));
  const extra = new Set<string>();
  // Per list, in a function called 3 × 8,227 times a national check: optimized within the first.
  for (let n = 0; n < rows.length; n++) {
    const r = rows[n];
    addUnknown(r.criteriaMet, known, extra);
    addUnknown(r.criteriaUnmet, known, extra);
    addUnknown(r.criteriaUnknown, known, extra);
  }
  for (const code of [...extra].sort(byCode)) cols.push({ code, shortName: '' });
  return cols;
}

function addUnknown(codes: string[], known: Set<string>, extra: Set<string>): void {
  for (let n = 0; n < codes.length; n++) if (!known.has(codes[n])) extra.add(codes[n]);
}

/** Narrowest criterion column in which every word of every short name fits on a line. */
function criterionWidth(shortNames: string[]): number {
  let longest = 1;
  for (const s of shortNames) for (const w of s.split(/\s+/)) longest = Math.max(longest, w.length);
  const w = longest / ((11 * 1.1) / SHORT_NAME_SIZE) + 0.6;
  return Math.min(7, Math.max(4.5, Math.round(w * 10) / 10));
}

/** Capitals (and Đ) in Times New Roman bold are about 1.55 times as wide as lowercase letters. */
const CAPITAL_WEIGHT = 1.55;
const WIDEST_FOR_A_WORD = 9;

/**
 * The width one criterion's column needs so that its short name's longest word stays on one
 * line, capitals counted wider: "TCSX - PTKTNT" wrapped "PTKTN / T" in the columns sized for
 * lowercase words. Only such a column widens; the others keep the set's width.
 */
function ownWordWidth(shortName: string): number {
  let widest = 0;
  for (const word of shortName.split(/\s+/)) {
    // A word's first capital ("Trường") is within the lowercase estimate; an abbreviation's are not.
    const capitals = [...word].filter((ch) => ch !== ch.toLowerCase()).length;
    let units = 0;
    for (const ch of word) units += capitals > 1 && ch !== ch.toLowerCase() ? CAPITAL_WEIGHT : 1;
    widest = Math.max(widest, units);
  }
  return Math.min(WIDEST_FOR_A_WORD, Math.round((widest / ((11 * 1.1) / SHORT_NAME_SIZE) + 0.6) * 10) / 10);
}

/** Lines a short name may take in the header before a set with few criteria widens its columns. */
const HEADER_LINES = 3;
const WIDEST_CRITERION = 14;

/**
 * A set of a few criteria named in full (a definitions sheet's own set: "Cơ sở sản xuất được cấp
 * giấy chứng nhận") would stack its names ten lines high in 7-character columns while the notes
 * column takes the page: such columns widen, up to `room`, until every name fits in 3 lines.
 * The 19-criteria sets keep their columns.
 */
function widenedCriterionWidth(base: number, shortNames: string[], room: number): number {
  const fits = (w: number) => shortNames.every((s) => estimateLines(s, w, SHORT_NAME_SIZE) <= HEADER_LINES);
  if (shortNames.length >= 10 || fits(base)) return base;
  const widest = Math.min(WIDEST_CRITERION, Math.floor(room / Math.max(1, shortNames.length)));
  for (let w = Math.ceil(base); w <= widest; w++) if (fits(w)) return w;
  return Math.max(base, widest);
}

function groupLabel(g: { id: string; name: string }): string {
  return /^[IVXLC]+$/.test(g.id) ? `${g.id}. ${g.name}` : g.name;
}

function codeValue(code: string): string | number {
  return /^\d+$/.test(code) ? Number(code) : code;
}

function bandCounts(rows: CommuneRow[], totals: Totals | undefined): Record<Band, number> {
  if (totals) return totals.bands;
  const out: Record<Band, number> = { '19': 0, '15-18': 0, '10-14': 0, '5-9': 0, '<5': 0 };
  for (const r of rows) if (r.band) out[r.band]++;
  return out;
}

export function communeSheet(
  name: string,
  set: LayoutSet,
  rows: CommuneRow[],
  totals: Totals | undefined,
  ctx: ReportContext,
): LinkedSheetPlan {
  const L = unitLabels(labels(ctx.lang), set.level, ctx.lang);
  const full = totals?.criteria ?? (set.criteria.length || rows[0]?.criteriaTotal || 0);
  const national = usesNationalBands(full);
  const cols = criteriaColumns(set, rows);
  const k = cols.length;
  const nameWidth = Math.min(22, Math.max(12, ...rows.map((r) => r.display.length + 2)));
  // What the page leaves the criteria when the notes column keeps 30 characters.
  const cw = widenedCriterionWidth(criterionWidth(cols.map((c) => c.shortName)), cols.map((c) => c.shortName), PAGE_WIDTH_CHARS - (5 + nameWidth + 7 + 8 + 8 + 30));
  const C_TT = 0;
  const C_NAME = 1;
  const C_CRIT = 2;
  const C_TOTAL = C_CRIT + k;
  const C_IND = C_TOTAL + 1;
  const C_BAND = C_TOTAL + 2;
  const C_NOTE = C_TOTAL + 3;
  const colWidths = cols.map((c) => Math.max(cw, ownWordWidth(c.shortName)));
  const fixed = 5 + nameWidth + colWidths.reduce((a, w) => a + w, 0) + 7 + 8 + 8;
  const widths = [5, nameWidth, ...colWidths, 7, 8, 8, Math.max(14, PAGE_WIDTH_CHARS - fixed)];

  const b = new PlanBuilder(name).setColumnWidths(widths);
  const top = adminFrame(b, { ctx, title: L.communeTitle, subtitle: set.name });

  // Header: group band, criterion number, short name.
  const h0 = top;
  const h2 = top + 2;
  const header: HeaderCell[] = [
    { row: h0, col: C_TT, rows: 3, text: L.tt },
    { row: h0, col: C_NAME, rows: 3, text: L.commune },
    { row: h0, col: C_TOTAL, rows: 3, text: L.criteriaMetCount },
    { row: h0, col: C_IND, rows: 3, text: L.indicatorsMet },
    { row: h0, col: C_BAND, rows: 3, text: L.band },
    { row: h0, col: C_NOTE, rows: 3, text: L.note },
  ];
  const groupOf = new Map<string, number>();
  set.groups.forEach((g, gi) => g.criteria.forEach((code) => groupOf.set(code, gi)));
  if (set.groups.length === 0 && k > 0) {
    header.push({ row: h0, col: C_CRIT, cols: k, text: L.criteria });
  } else {
    for (let i = 0; i < k; ) {
      const gi = groupOf.get(cols[i].code);
      let j = i;
      while (j + 1 < k && gi !== undefined && groupOf.get(cols[j + 1].code) === gi) j++;
      header.push({ row: h0, col: C_CRIT + i, cols: j - i + 1, text: gi === undefined ? '' : groupLabel(set.groups[gi]) });
      i = j + 1;
    }
  }
  const shortNames: HeaderCell[] = [];
  cols.forEach((c, i) => {
    header.push({ row: h0 + 1, col: C_CRIT + i, text: String(c.code) });
    shortNames.push({ row: h2, col: C_CRIT + i, text: c.shortName });
  });
  tableHeader(b, h0, h2, [...header, ...shortNames]);
  // Numbers as numbers, so Excel does not flag "number stored as text".
  cols.forEach((c, i) => b.set(h0 + 1, C_CRIT + i, codeValue(c.code)));
  b.style(rect(h2, C_CRIT, h2, C_CRIT + Math.max(0, k - 1)), {
    ...bodyCell({ size: SHORT_NAME_SIZE, bold: true, horizontal: 'center', wrap: true }),
    fill: HEADER_FILL,
  });
  sizeHeaderRows(b, header.filter((h) => h.row !== h0 + 1 && (h.rows ?? 1) === 1), 11);
  sizeHeaderRows(b, shortNames, SHORT_NAME_SIZE);
  sizeHeaderRows(b, header.filter((h) => (h.rows ?? 1) === 3), 11);

  // Body: one row per commune, in the summary's order.
  const first = h2 + 1;
  const metCount = new Array<number>(k).fill(0);
  /** Communes with a verdict (met or not) per criterion: none at all leaves its rate blank. */
  const judgedCount = new Array<number>(k).fill(0);
  let totalMet = 0;
  const colIndex = new Map(cols.map((c, i) => [c.code, i]));
  rows.forEach((row, i) => {
    const r = first + i;
    // The row in one array of the table's width, which setRow keeps as it is.
    const values: (string | number | null)[] = new Array(widths.length);
    values[C_TT] = i + 1;
    values[C_NAME] = row.display;
    for (let c = 0; c < k; c++) values[C_CRIT + c] = MARK_UNKNOWN;
    // Indexed: a for-of allocates an iterator result per step until the loop is optimized.
    for (let n = 0; n < row.criteriaUnmet.length; n++) {
      const ci = colIndex.get(row.criteriaUnmet[n]);
      if (ci !== undefined) {
        values[C_CRIT + ci] = null;
        judgedCount[ci]++;
      }
    }
    for (let n = 0; n < row.criteriaMet.length; n++) {
      const ci = colIndex.get(row.criteriaMet[n])!;
      values[C_CRIT + ci] = MARK_MET;
      metCount[ci]++;
      judgedCount[ci]++;
    }
    totalMet += row.criteriaMet.length;
    const notes: string[] = [];
    if (row.criteriaUnmet.length) notes.push(L.unmetList(row.criteriaUnmet.join(', ')));
    // A commune with no status at all: its band says so; listing all 19 codes says nothing more.
    if (row.criteriaUnknown.length && !row.noData) notes.push(L.unknownList(row.criteriaUnknown.join(', ')));
    // "35/57" from criterion verdicts alone would read as 22 unmet indicators: say they are unknown.
    if (row.indicatorsUnknown > 0 && row.indicatorsTotal) notes.push(L.indicatorsUnknown(row.indicatorsUnknown));
    const note = notes.join('; ');
    const band = !row.band ? L.noDataBand : national ? bandLabel(row.band, ctx.lang) : row.band === '19' ? L.fullBand : L.notFullBand;
    values[C_TOTAL] = row.criteriaMet.length;
    values[C_IND] = row.indicatorsTotal ? `${row.indicatorsMet}/${row.indicatorsTotal}` : null;
    values[C_BAND] = band;
    values[C_NOTE] = note || null;
    b.setRow(r, 0, values);
    const lines = Math.max(estimateLines(row.display, nameWidth, BODY_SIZE), estimateLines(band, widths[C_BAND], BODY_SIZE), note ? estimateLines(note, widths[C_NOTE], BODY_SIZE) : 1);
    if (lines > 1) b.height(r, heightForLines(lines, BODY_SIZE));
  });
  const last = first + rows.length - 1;

  // Footer rows: communes meeting each criterion, and the rate.
  const f1 = last + 1;
  const f2 = last + 2;
  // Rates are of the communes with some status: one with none has not failed every criterion.
  const noData = rows.filter((r) => r.noData).length;
  const n = rows.length - noData;
  b.merge(rect(f1, C_TT, f1, C_NAME), L.communesMetRow);
  b.merge(rect(f2, C_TT, f2, C_NAME), L.percentRow);
  metCount.forEach((m, i) => {
    b.set(f1, C_CRIT + i, m);
    // No commune has a verdict for it (an advanced criterion nobody reported): no rate, not 0,0.
    b.set(f2, C_CRIT + i, judgedCount[i] ? rateText(m, n, ctx.lang) : null);
  });
  b.set(f1, C_TOTAL, totalMet);

  if (rows.length) {
    const body = (l: number, r: number, extra: Parameters<typeof bodyCell>[0]) =>
      b.style(rect(first, l, last, r), bodyCell({ size: BODY_SIZE, ...extra }));
    body(C_TT, C_TT, { horizontal: 'center', numberFormat: NUMBER_FORMATS.integer });
    body(C_NAME, C_NAME, { wrap: true });
    if (k) body(C_CRIT, C_CRIT + k - 1, { horizontal: 'center' });
    body(C_TOTAL, C_TOTAL, { horizontal: 'center', numberFormat: NUMBER_FORMATS.integer });
    body(C_IND, C_IND, { horizontal: 'center' });
    // "Chưa có số liệu" is wider than "15–18": the band column wraps.
    body(C_BAND, C_BAND, { horizontal: 'center', wrap: true });
    body(C_NOTE, C_NOTE, { wrap: true });
  }
  const right = widths.length - 1;
  b.style(rect(f1, 0, f2, right), bodyCell({ size: BODY_SIZE, bold: true, horizontal: 'center' }));
  b.style(rect(f1, C_CRIT, f1, C_TOTAL), bodyCell({ size: BODY_SIZE, bold: true, horizontal: 'center', numberFormat: NUMBER_FORMATS.thousands }));
  if (k) b.style(rect(f2, C_CRIT, f2, C_CRIT + k - 1), bodyCell({ size: 9, bold: true, horizontal: 'center', numberFormat: NUMBER_FORMATS.oneDecimal }));

  // The set's indicator list is short of its decision's count: the blank column says why.
  const expectedIndicators = rows.find((r) => r.indicatorsExpected)?.indicatorsExpected ?? 0;
  // Prose under the table: text in Vietnamese number style (see vi-format.ts).
  const bands = bandCounts(rows, totals);
  const average = totals ? totals.average : n ? totalMet / n : 0;
  const fmt = (x: number, d = 0) => formatNumber(x, d, ctx.lang);
  const fullCommunes = totals ? totals.full : bands['19'];
  const lines = [
    L.matrixNote,
    L.totalMet(fmt(totalMet)),
    // No commune with a status: there is no average to give ("0,0" would read as a result).
    ...(n > 0 ? [L.average(fmt(average, 1))] : []),
    L.fullCount(full, fmt(fullCommunes)),
    // The 15–18 / 10–14 / … bands only mean something for the 19-criteria sets.
    ...(national
      ? BANDS.filter((x): x is Exclude<Band, '19'> => x !== '19').map((x) => L.bandCount(bandProse(x, ctx.lang), fmt(bands[x])))
      : [L.notFullCount(full, fmt(n - fullCommunes))]),
    ...(noData ? [L.noDataCount(fmt(noData))] : []),
    ...(expectedIndicators ? [L.indicatorsIncomplete(fmt(expectedIndicators))] : []),
  ];
  // A page that must take the signature starts with the last two communes and the two total rows;
  // "Số xã đạt" and "Tỷ lệ %" are one footer, never split by the break (one commune's own sheet,
  // seeds 001 and 002: the break fell between them, "Tỷ lệ %" alone over the notes).
  b.heading(f1);
  frameFooter(b, f2 + 2, { ctx, lines, italic: (_, i) => i === 0, tableEnd: f2, keepWith: 4 });
  return b.build();
}
