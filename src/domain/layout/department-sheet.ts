// "Theo phòng ban": each department's assigned items with deadline and state, so the office
// can chase the late ones. Lateness is spelled out in the state word; the fill only repeats it.
import type { DeadlineState, DepartmentRow } from '../summary/types';
import { MARK_STYLES } from '../plan/highlight-plan';
import { adminFrame, frameFooter, sectionRow, sizeHeaderRows, tableHeader } from './admin-frame';
import type { HeaderCell } from './admin-frame';
import { roman } from './criterion-sheet';
import { criterionOf } from '../criteria/catalog';
import { itemLabel } from './item-label';
import { labels, stateLabel } from './labels';
import { PlanBuilder, rect } from './plan-builder';
import { bodyCell, SECTION_FILL, TABLE_SIZE } from './styles';
import { writeTableRow } from './tall-row';
import type { LayoutSet, LinkedSheetPlan, ReportContext } from './types';
import { unmetByStateSentence, unmetSentence } from './unmet-sentence';
import { formatDateVi, NUMBER_FORMATS } from './vi-format';

// The role column takes "Supporting" and "Phối hợp" on one line; 137 characters in all, a 1.5 %
// shrink to the A4 width, keeps the laggard sentences on one line as before.
const WIDTHS = [5, 11, 36, 11, 13, 15, 46];
const C_STATE = 5;
/** Set, item, deadline, communes. */
const WRAPPED = [1, 2, 4, 6];

const STATE_FILL: Partial<Record<DeadlineState, string>> = {
  overdue: MARK_STYLES.overdue.fill,
  'due-soon': MARK_STYLES['due-soon'].fill,
};

export function departmentSheet(name: string, departments: DepartmentRow[], sets: LayoutSet[], ctx: ReportContext): LinkedSheetPlan {
  const L = labels(ctx.lang);
  const setById = new Map(sets.map((s) => [s.id, s]));
  const b = new PlanBuilder(name).setColumnWidths(WIDTHS);
  const top = adminFrame(b, { ctx, title: L.departmentTitle });
  const header: HeaderCell[] = [L.tt, L.set, L.item, L.role, L.deadline, L.state, L.itemCommunesUnmet].map((text, col) => ({
    row: top,
    col,
    text,
  }));
  tableHeader(b, top, top, header);
  sizeHeaderRows(b, header, 11);

  let r = top + 1;
  departments.forEach((d, di) => {
    const counts = L.departmentCounts(d.led, d.met, d.dueSoon, d.overdue, d.coordinating);
    sectionRow(b, r, `${roman(di)}. ${d.department} (${counts})`, SECTION_FILL);
    r++;
    const first = r;
    const filled: { from: number; to: number; fill: string; bold: boolean }[] = [];
    d.items.forEach((it, i) => {
      const set = setById.get(it.setId);
      const item = itemLabel(it.code, it.name, { contents: set?.level === 'district' || set?.level === 'town', qualifier: it.qualifier, lang: ctx.lang });
      const assigned = it.deadlineLabel ?? (it.deadline ? formatDateVi(it.deadline) : null);
      // Both deadlines when status rows override the assignment's, so the state beside it adds up.
      const deadline = assigned && it.statusDeadlineLabel ? `${assigned}\n${L.statusRowDeadline(it.statusDeadlineLabel)}` : assigned;
      const town = set?.level === 'town';
      const unmet = (it.communesUnmetByState ? unmetByStateSentence(it.communesUnmetByState, ctx.lang, town) : unmetSentence(it.communesUnmet, ctx.lang, town)) || (it.district === 'unmet' ? L.districtUnmet(ctx.districtUnit ?? 'Huyện') : it.district === 'not-assessed' ? L.districtNotAssessed : '');
      const byCriterion = it.communesCriterionUnmet ? L.criterionUnmet(criterionOf(it.code), it.communesCriterionUnmet.join(', ')) : '';
      const communes = [unmet, byCriterion, it.communesNoResult ? L.noResult(it.communesNoResult.join(', ')) : ''].filter(Boolean).join('\n');
      const setName = set?.shortName ?? it.setId;
      const values = [
        i + 1,
        setName,
        item,
        it.role === 'lead' ? L.lead : L.coordinator,
        deadline,
        // "Đạt đúng hạn" only against a date, met by it: "Duy trì" or an unreadable deadline met, or
        // no "Ngày đạt" known, is "Đã đạt".
        stateLabel(it.state, ctx.lang, !!deadline && !it.deadlineUndated && !it.metUndated),
        communes || null,
      ];
      // Every wrapped column counts ("Xã NTM nâng cao" takes two lines in the set column); a
      // province's list of communes may continue on the rows below.
      const rows = writeTableRow(b, r, values, WIDTHS, WRAPPED, TABLE_SIZE);
      const fill = STATE_FILL[it.state];
      if (fill) filled.push({ from: r, to: r + rows - 1, fill, bold: it.state === 'overdue' });
      r += rows;
    });
    if (r > first) {
      const last = r - 1;
      b.style(rect(first, 0, last, 0), bodyCell({ horizontal: 'center', numberFormat: NUMBER_FORMATS.integer }));
      b.style(rect(first, 1, last, 2), bodyCell({ wrap: true }));
      b.style(rect(first, 3, last, C_STATE), bodyCell({ horizontal: 'center', wrap: true }));
      b.style(rect(first, 6, last, 6), bodyCell({ wrap: true }));
      for (const f of filled) b.style(rect(f.from, C_STATE, f.to, C_STATE), bodyCell({ horizontal: 'center', wrap: true, bold: f.bold, fill: f.fill }));
    }
  });
  frameFooter(b, r + 1, { ctx, lines: [L.departmentNote], italic: () => true, tableEnd: r - 1 });
  return b.build();
}
