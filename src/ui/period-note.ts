// The line under the report date when it is after the period of a set the check judged by.
import type { CheckResult } from '../domain/check-types';
import { endedPeriods } from '../domain/rules/ended-periods';
import type { Catalog } from './i18n';

export function periodNote(result: CheckResult, t: Catalog, lang: 'vi' | 'en'): string | undefined {
  const ended = endedPeriods(result.findings);
  if (!ended.length) return undefined;
  const name = (id: string) => t.setNames[id] ?? result.summary.sets.find((s) => s.id === id)?.shortName ?? id;
  const what = ended.map((e) => (lang === 'vi' ? `giai đoạn ${e.period} của ${e.setIds.map(name).join(', ')}` : `the ${e.period} period of ${e.setIds.map(name).join(', ')}`)).join('; ');
  return t.periodEnded(what);
}
