// Pure helpers behind the findings list: filter options, filtering, text search and
// grouping by severity then check code, with the engine's "shown / total" counts.
import type { CheckResult, FindingGroupCount } from '../domain/check-types';
import type { Finding, Severity } from '../domain/model/finding';
import { SEVERITY_ORDER } from '../domain/model/finding';
import { DISTRICT_KEY } from '../domain/read/district';

export interface FindingFilter {
  sheet?: string;
  commune?: string;
  department?: string;
  severity?: Severity;
  text?: string;
}

export interface Option {
  value: string;
  label: string;
}

export interface FindingGroup {
  severity: Severity;
  code: string;
  /** Findings of the group that pass the filter. */
  items: Finding[];
  /** From result.counts: how many the engine listed and found in all. */
  shown: number;
  total: number;
}

/** Accent- and case-blind text for search: users often type without diacritics. */
export function searchFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Display names: communes by key (from the summary), departments by id. */
export interface Names {
  commune(key: string): string;
  department(id: string): string;
}

export function namesOf(result: CheckResult): Names {
  const communes = new Map(result.summary.communes.map((c) => [c.communeKey, c.display]));
  const departments = new Map(result.summary.departments.map((d) => [d.departmentId, d.department]));
  return {
    // Keys look like "xa:tập sơn"; without a summary row, show the name part. The district's own
    // key ("huyen:") has none: it is the office's unit ("Huyện", "Thị xã").
    commune: (k) => communes.get(k) ?? (k === DISTRICT_KEY ? result.summary.districtUnit : k.replace(/^[^:]*:/, '')),
    department: (id) => departments.get(id) ?? id,
  };
}

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}

/** Every commune a finding is about: its own field and its list (an overdue item names many). */
function communesOf(f: Finding): (string | undefined)[] {
  return f.communes ? [f.commune, ...f.communes] : [f.commune];
}

/** Every department a finding is about: its own field and its list (an item has several leads). */
function departmentsOf(f: Finding): (string | undefined)[] {
  return f.departments ? [f.department, ...f.departments] : [f.department];
}

export function filterOptions(findings: Finding[], names: Names): { sheets: Option[]; communes: Option[]; departments: Option[] } {
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'vi');
  return {
    sheets: distinct(findings.map((f) => f.sheet)).map((s) => ({ value: s, label: s })),
    communes: distinct(findings.flatMap(communesOf)).map((k) => ({ value: k, label: names.commune(k) })).sort(byLabel),
    departments: distinct(findings.flatMap(departmentsOf)).map((d) => ({ value: d, label: names.department(d) })).sort(byLabel),
  };
}

function haystack(f: Finding, names: Names): string {
  return searchFold(
    [f.message.vi, f.message.en, f.sheet, f.cell, f.found, f.expected, f.suggestion, f.indicator, f.commune && names.commune(f.commune), f.department && names.department(f.department)]
      .filter(Boolean)
      .join(' '),
  );
}

/** The finding's own field is the value, or its list holds it. */
function isAbout(own: string | undefined, list: string[] | undefined, value: string): boolean {
  return own === value || (list !== undefined && list.includes(value));
}

export function filterFindings(findings: Finding[], filter: FindingFilter, names: Names): Finding[] {
  const words = filter.text ? searchFold(filter.text).split(' ').filter(Boolean) : [];
  return findings.filter((f) => {
    if (filter.sheet && f.sheet !== filter.sheet) return false;
    if (filter.commune && !isAbout(f.commune, f.communes, filter.commune)) return false;
    if (filter.department && !isAbout(f.department, f.departments, filter.department)) return false;
    if (filter.severity && f.severity !== filter.severity) return false;
    if (words.length) {
      const text = haystack(f, names);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

/** Groups in severity order, then code order; groups with no visible finding are left out. */
export function groupFindings(visible: Finding[], counts: FindingGroupCount[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of visible) {
    const k = `${f.severity}|${f.code}`;
    let g = groups.get(k);
    if (!g) {
      const c = counts.find((x) => x.code === f.code && x.severity === f.severity);
      g = { severity: f.severity, code: f.code, items: [], shown: c?.shown ?? 0, total: c?.total ?? 0 };
      groups.set(k, g);
    }
    g.items.push(f);
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code));
}

/** The list order the Next / Previous buttons walk: the grouped order, flattened. */
export function navigationOrder(groups: FindingGroup[]): Finding[] {
  return groups.flatMap((g) => g.items);
}

export function severityTotals(counts: FindingGroupCount[]): Record<Severity, number> {
  const t: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const c of counts) t[c.severity] += c.total;
  return t;
}

/** Identifies a group across re-checks: its open / closed state is kept by this. */
export function groupKey(g: Pick<Finding, 'severity' | 'code'>): string {
  return `${g.severity}|${g.code}`;
}

/** Errors open; the long warning and information groups closed, showing their count. A filter
 * or a search opens every group: the user narrowed the list to see what is left. */
export function openByDefault(severity: Severity, filtered: boolean): boolean {
  return filtered || severity === 'error';
}

export function isFiltered(filter: FindingFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined && v !== '');
}

/** Where focus goes when `f` leaves a list ("Bỏ qua" in the findings, "Hiện lại" in the ignored
 * ones), as in a mail client: the next finding of the list, or the previous one when it was the
 * last. Findings sharing its key go with it, so they are skipped. */
export function neighbourAfterRemoval(order: Finding[], f: Finding): Finding | undefined {
  const at = order.indexOf(f);
  if (at < 0) return undefined;
  return order.slice(at + 1).find((x) => x.key !== f.key) ?? order.slice(0, at).reverse().find((x) => x.key !== f.key);
}

/** React keys for a group's items that stay the same when a finding before them is ignored,
 * so the element holding focus is kept (an index in the key remounted it and dropped focus). */
export function itemKeys(items: Finding[]): string[] {
  const seen = new Map<string, number>();
  return items.map((f) => {
    const k = `${f.key}@${f.sheet ?? ''}!${f.cell ?? ''}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n ? `${k}#${n}` : k;
  });
}
