// "Theo tiêu chí": one row per criterion, how many communes meet it, and which do not.
import type { CriterionRow } from '../summary/types';
import { adminFrame, frameFooter, sectionRow, sizeHeaderRows, tableHeader } from './admin-frame';
import type { HeaderCell } from './admin-frame';
import { labels } from './labels';
import { isPlaceholderName } from '../criteria/placeholder-name';
import { PlanBuilder, rect } from './plan-builder';
import { bodyCell, SECTION_FILL, TABLE_SIZE } from './styles';
import { writeTableRow } from './tall-row';
import type { LayoutSet, LinkedSheetPlan, ReportContext } from './types';
import { unmetSentence } from './unmet-sentence';
import { NUMBER_FORMATS, rateText } from './vi-format';

const ROMAN_DIGITS: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** Section number `i` (0-based) in Roman numerals, as administrative tables number sections: I … X, XI, XII … */
export function roman(i: number): string {
  let n = i + 1;
  let out = '';
  for (const [value, letters] of ROMAN_DIGITS) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

const WIDTHS = [5, 24, 8, 8, 8, 8, 42, 17, 17];
/** Name, laggards, leads, coordinators. */
const WRAPPED = [1, 6, 7, 8];

/** Rows grouped by set in `sets` order; rows of a set not in `sets` come last, grouped by id. */
function bySet(rows: CriterionRow[], sets: LayoutSet[]): { title: string; town: boolean; rows: CriterionRow[] }[] {
  const groups = new Map<string, CriterionRow[]>();
  for (const r of rows) {
    const g = groups.get(r.setId);
    if (g) g.push(r);
    else groups.set(r.setId, [r]);
  }
  const out: { title: string; town: boolean; rows: CriterionRow[] }[] = [];
  for (const s of sets) {
    const g = groups.get(s.id);
    if (g) out.push({ title: s.name, town: s.level === 'town', rows: g });
    groups.delete(s.id);
  }
  for (const [id, g] of groups) out.push({ title: id, town: false, rows: g });
  return out;
}

export function criterionSheet(name: string, rows: CriterionRow[], sets: LayoutSet[], ctx: ReportContext): LinkedSheetPlan {
  const L = labels(ctx.lang);
  const b = new PlanBuilder(name).setColumnWidths(WIDTHS);
  const top = adminFrame(b, { ctx, title: L.criterionTitle });
  const header: HeaderCell[] = [
    L.tt,
    L.criterionName,
    L.communesMet,
    L.communesTotal,
    L.percent,
    L.communesUnmet,
    L.communesUnmetNames,
    L.leads,
    L.coordinators,
  ].map((text, col) => ({ row: top, col, text }));
  tableHeader(b, top, top, header);
  sizeHeaderRows(b, header, 11);

  let r = top + 1;
  const sections = bySet(rows, sets);
  const withSections = sections.length > 1;
  sections.forEach((sec, si) => {
    if (withSections) {
      sectionRow(b, r, `${roman(si)}. ${sec.title}`, SECTION_FILL);
      r++;
    }
    const first = r;
    sec.rows.forEach((c, i) => {
      const met = c.communesMet.length;
      const unmet = c.communesUnmet.length;
      // Names for every count: met + unmet + no data = total, so the row adds up (seed 004 probe).
      const sentence = [unmetSentence(c.communesUnmet, ctx.lang, sec.town), c.communesNoData.length ? L.noDataNames(c.communesNoData.join(', ')) : ''].filter(Boolean).join('\n');
      const leads = c.leads.join('\n');
      const coords = c.coordinators.join('\n');
      const title = isPlaceholderName(c.code, c.name) ? c.name : `${c.code}. ${c.name}`;
      const values = [i + 1, title, met, c.communesTotal, met + unmet ? rateText(met, c.communesWithData, ctx.lang) : null, unmet, sentence || null, leads || null, coords || null];
      // A province's list of laggards may need more than one row: it continues below.
      r += writeTableRow(b, r, values, WIDTHS, WRAPPED, TABLE_SIZE);
    });
    if (r > first) {
      const last = r - 1;
      b.style(rect(first, 0, last, 0), bodyCell({ horizontal: 'center', numberFormat: NUMBER_FORMATS.integer }));
      b.style(rect(first, 1, last, 1), bodyCell({ wrap: true }));
      b.style(rect(first, 2, last, 3), bodyCell({ horizontal: 'center', numberFormat: NUMBER_FORMATS.thousands }));
      b.style(rect(first, 4, last, 4), bodyCell({ horizontal: 'center', numberFormat: NUMBER_FORMATS.oneDecimal }));
      b.style(rect(first, 5, last, 5), bodyCell({ horizontal: 'center', numberFormat: NUMBER_FORMATS.thousands }));
      b.style(rect(first, 6, last, 8), bodyCell({ wrap: true }));
    }
  });
  frameFooter(b, r + 1, { ctx, lines: [L.criterionNote], italic: () => true, tableEnd: r - 1 });
  return b.build();
}
