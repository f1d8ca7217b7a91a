// "Tiêu chí huyện": the district set's criteria and contents, met or not, with deadline and lead.
import type { DistrictCondition, DistrictRow } from '../summary/types';
import { nameList } from '../text/name-list';
import { MARK_STYLES } from '../plan/highlight-plan';
import { adminFrame, frameFooter, sizeHeaderRows, tableHeader } from './admin-frame';
import type { HeaderCell } from './admin-frame';
import { itemLabel } from './item-label';
import { labels, stateLabel } from './labels';
import { PlanBuilder, rect } from './plan-builder';
import { bodyCell, TABLE_SIZE } from './styles';
import { estimateLines, heightForLines } from './text-fit';
import type { LinkedSheetPlan, ReportContext } from './types';
import { formatDateVi } from './vi-format';

const WIDTHS = [7, 55, 12, 14, 16, 31];

export function districtSheet(name: string, rows: DistrictRow[], setName: string | undefined, ctx: ReportContext, conditions: DistrictCondition[] = [], communeSetName: (id: string) => string = (id) => id): LinkedSheetPlan {
  const L = labels(ctx.lang);
  const b = new PlanBuilder(name).setColumnWidths(WIDTHS);
  const top = adminFrame(b, { ctx, title: L.districtTitle, subtitle: setName });
  const header: HeaderCell[] = [L.tt, L.districtItem, L.result, L.deadline, L.state, L.leads].map((text, col) => ({ row: top, col, text }));
  tableHeader(b, top, top, header);
  sizeHeaderRows(b, header, 11);

  const first = top + 1;
  rows.forEach((d, i) => {
    const r = first + i;
    // The code has its own column; the name alone reads cleaner next to it.
    const item = d.name || itemLabel(d.code, d.name, { contents: true, lang: ctx.lang });
    const result = d.achieved === undefined ? L.notAssessed : d.achieved ? L.achieved : L.notAchieved;
    const leads = d.leads.join('\n');
    const deadline = d.deadlineLabel ?? (d.deadline ? formatDateVi(d.deadline) : null);
    b.setRow(r, 0, [
      d.code,
      item,
      result,
      deadline,
      stateLabel(d.state, ctx.lang, !!deadline && !d.metUndated),
      leads || null,
    ]);
    const lines = Math.max(estimateLines(item, WIDTHS[1], TABLE_SIZE), estimateLines(leads, WIDTHS[5], TABLE_SIZE));
    if (lines > 1) b.height(r, heightForLines(lines, TABLE_SIZE));
  });
  const last = first + rows.length - 1;
  if (rows.length) {
    b.style(rect(first, 0, last, 0), bodyCell({ horizontal: 'center' }));
    b.style(rect(first, 1, last, 1), bodyCell({ wrap: true }));
    b.style(rect(first, 2, last, 4), bodyCell({ horizontal: 'center', wrap: true }));
    b.style(rect(first, 5, last, 5), bodyCell({ wrap: true }));
    rows.forEach((d, i) => {
      const r = first + i;
      if (d.isCriterion) {
        b.style(rect(r, 0, r, 0), bodyCell({ bold: true, horizontal: 'center' }));
        b.style(rect(r, 1, r, 1), bodyCell({ bold: true, wrap: true }));
      }
      if (d.state === 'overdue' || d.state === 'due-soon') {
        const fill = d.state === 'overdue' ? MARK_STYLES.overdue.fill : MARK_STYLES['due-soon'].fill;
        b.style(rect(r, 4, r, 4), bodyCell({ horizontal: 'center', wrap: true, bold: d.state === 'overdue', fill }));
      }
    });
  }
  // The set's precondition (every xã meets the commune set) heads the notes: the district is judged on it first.
  const conditionLines = conditions.map((c) =>
    L.districtCondition(c.text, c.full.length, c.full.length + c.notFull.length + c.noData.length, communeSetName(c.communeSetId), nameList(c.notFull, ctx.lang), nameList(c.noData, ctx.lang)),
  );
  frameFooter(b, last + 2, { ctx, lines: [...conditionLines, L.departmentNote], italic: (_, i) => i >= conditionLines.length, tableEnd: last });
  return b.build();
}
