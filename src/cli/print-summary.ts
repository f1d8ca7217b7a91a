// The readable summary ntm-check prints: findings by severity, criteria per commune, overdue by department.
import type { CheckResult, Lang } from '../domain/check-types';
import { formatViDate } from '../domain/model/dates';
import { isPlaceholderName } from '../domain/criteria/placeholder-name';
import { criterionOf } from '../domain/criteria/catalog';
import { nameList } from '../domain/text/name-list';
import { endedPeriods } from '../domain/rules/ended-periods';
import { STATE_LABELS } from '../domain/rules/deadline-state';
import type { DepartmentItem } from '../domain/summary/types';

const SEV = { error: { vi: 'Lỗi', en: 'Errors' }, warning: { vi: 'Cảnh báo', en: 'Warnings' }, info: { vi: 'Thông tin', en: 'Info' } } as const;

function fmt(x: number, lang: Lang): string {
  const s = x.toFixed(1);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

export function printSummary(result: CheckResult, lang: Lang, maxLines = 12): string {
  const L = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const out: string[] = [];
  out.push(L(`Kiểm tra tính đến ngày ${formatViDate(result.asOf)}`, `Check as of ${result.asOf}`));
  // The date is past the period of the sets judged by (default: today): said up front, not only among the infos.
  const ended = endedPeriods(result.findings);
  if (ended.length) {
    const name = (id: string) => result.summary.sets.find((s) => s.id === id)?.shortName ?? id;
    const vi = ended.map((e) => `giai đoạn ${e.period} của ${e.setIds.map(name).join(', ')}`).join('; ');
    const en = ended.map((e) => `the ${e.period} period of ${e.setIds.map(name).join(', ')}`).join('; ');
    out.push(L(`Lưu ý: ngày này đã sau ${vi}; kết quả theo các bộ tiêu chí đó (xem set.period-ended).`, `Note: this date is after ${en}; results follow those sets (see set.period-ended).`));
  }
  out.push('');
  out.push(L('Trang tính nhận được:', 'Sheets:'));
  for (const r of result.recognized) out.push(`  - ${r.sheet}: ${r.reason[lang]}`);
  out.push('');
  for (const sev of ['error', 'warning', 'info'] as const) {
    const groups = result.counts.filter((c) => c.severity === sev);
    const total = groups.reduce((s, g) => s + g.total, 0);
    out.push(`${SEV[sev][lang]}: ${total}` + (groups.length ? ` (${groups.map((g) => `${g.code} ${g.total}${g.shown < g.total ? L(` — hiển thị ${g.shown}/${g.total}`, ` — ${g.shown} of ${g.total} shown`) : ''}`).join(', ')})` : ''));
    const shown = result.findings.filter((f) => f.severity === sev);
    for (const f of shown.slice(0, sev === 'info' ? 0 : maxLines)) out.push(`  ${f.sheet ? `${f.sheet}!${f.cell ?? ''}` : '-'}  ${f.message[lang]}`);
    const hidden = sev === 'info' ? total : total - Math.min(shown.length, maxLines);
    if (hidden > 0 && sev !== 'info') out.push(L(`  … và ${hidden} phát hiện khác (xem trang TH_Kết quả kiểm tra hoặc báo cáo JSON)`, `  … and ${hidden} more (see the TH_ findings sheet or the JSON report)`));
  }
  if (result.ignoredCount) out.push(L(`Đã bỏ qua: ${result.ignoredCount}`, `Ignored: ${result.ignoredCount}`));
  // A set by the name offices use ("Xã NTM nâng cao"), its id kept for finding it in the JSON report.
  const shortName = new Map(result.summary.sets.map((s) => [s.id, s.shortName]));
  const setLabel = (id: string) => (shortName.has(id) ? `${shortName.get(id)} (${id})` : id);
  for (const t of result.summary.totals) {
    out.push('');
    // The town set counts towns (thị trấn), as its summary sheet does.
    const [vi, en] = t.level === 'town' ? ['thị trấn', 'town'] : ['xã', 'commune'];
    const judged = t.communes - t.noData;
    const average = judged ? L(`, bình quân ${fmt(t.average, lang)} tiêu chí/${vi}`, `, average ${fmt(t.average, lang)} criteria per ${en}`) : '';
    const noData = t.noData ? L(`, ${t.noData} ${vi} chưa có số liệu`, `, ${t.noData} with no status`) : '';
    out.push(L(`Bộ tiêu chí ${setLabel(t.setId)}: ${t.communes} ${vi}, ${t.full} ${vi} đạt đủ${average}${noData}`, `Set ${setLabel(t.setId)}: ${t.communes} ${en}s, ${t.full} fully met${average}${noData}`));
    for (const c of result.summary.communes.filter((x) => x.setId === t.setId)) {
      const unmet = c.criteriaUnmet.length ? L(` — chưa đạt: ${c.criteriaUnmet.join(', ')}`, ` — not met: ${c.criteriaUnmet.join(', ')}`) : '';
      out.push(c.noData ? `  ${c.display.padEnd(24)} ${L('chưa có số liệu', 'no status')}` : `  ${c.display.padEnd(24)} ${String(c.criteriaMet.length).padStart(2)}/${c.criteriaTotal}${unmet}`);
    }
  }
  // The district set's precondition: every xã meets the commune set (QĐ 320), counted from the statuses.
  for (const c of result.summary.districtConditions) {
    const total = c.full.length + c.notFull.length + c.noData.length;
    const name = (id: string) => shortName.get(id) ?? id;
    out.push('');
    out.push(L(`Điều kiện ${name(c.setId)} (${c.text.toLocaleLowerCase('vi')}): ${c.full.length}/${total} xã đạt đủ các tiêu chí ${name(c.communeSetId)}${c.met ? ' — đủ điều kiện' : ''}`, `${name(c.setId)} condition (${c.text}): ${c.full.length} of ${total} communes meet every criterion of ${name(c.communeSetId)}${c.met ? ' — met' : ''}`));
    if (c.notFull.length) out.push(L(`  chưa đạt: ${nameList(c.notFull, 'vi')}`, `  not yet: ${nameList(c.notFull, 'en')}`));
    if (c.noData.length) out.push(L(`  chưa có số liệu: ${nameList(c.noData, 'vi')}`, `  no status: ${nameList(c.noData, 'en')}`));
  }
  // Items each department leads (its coordinating roles are on the department sheet); the summary
  // has one item per task however many rows repeat it, so the count is the department sheet's.
  const overdueLed = (d: (typeof result.summary.departments)[number]) => d.items.filter((i) => i.state === 'overdue' && i.role === 'lead');
  const overdue = result.summary.departments.map((d) => ({ d, items: overdueLed(d) })).filter((x) => x.items.length > 0);
  // Criterion 13 of the commune set and 13 of the advanced set are different tasks: with more than
  // one set in the list, each line says its set.
  const overdueSets = new Set(overdue.flatMap((x) => x.items.map((i) => i.setId)));
  const setTag = (id: string) => (overdueSets.size > 1 ? `[${shortName.get(id) ?? id}] ` : '');
  out.push('');
  out.push(L('Quá hạn theo cơ quan chủ trì:', 'Overdue by lead department:'));
  if (!overdue.length) out.push(L('  (không có)', '  (none)'));
  for (const { d, items } of overdue) {
    out.push(`  ${d.department}: ${items.length}`);
    for (const it of items) {
      out.push(`    - ${setTag(it.setId)}${it.code}${it.qualifier ? ` (${it.qualifier})` : ''} ${it.name && !isPlaceholderName(it.code, it.name) ? `${it.name} ` : ''}[${it.deadlineLabel ?? ''}${it.statusDeadlineLabel ? L(`; dòng hiện trạng: ${it.statusDeadlineLabel}`, `; status rows: ${it.statusDeadlineLabel}`) : ''}]${it.communesUnmet.length ? L(`: chưa đạt: ${unmetNames(it, 'vi')}`, `: not met: ${unmetNames(it, 'en')}`) : ''}${it.communesCriterionUnmet ? L(`; chưa đạt tiêu chí ${criterionOf(it.code)}: ${it.communesCriterionUnmet.join(', ')}`, `; criterion ${criterionOf(it.code)} not met: ${it.communesCriterionUnmet.join(', ')}`) : ''}${it.communesNoResult ? L(`; chưa có kết quả: ${it.communesNoResult.join(', ')}`, `; no result: ${it.communesNoResult.join(', ')}`) : ''}`);
    }
  }
  return out.join('\n');
}

/** The communes not meeting an item, by their own state when they differ ("quá hạn: A; sắp đến hạn: B, C"). */
function unmetNames(it: DepartmentItem, lang: 'vi' | 'en'): string {
  if (!it.communesUnmetByState) return it.communesUnmet.join(', ');
  return it.communesUnmetByState.map((g) => `${STATE_LABELS[g.state][lang].toLocaleLowerCase(lang)}: ${g.communes.join(', ')}`).join('; ');
}
