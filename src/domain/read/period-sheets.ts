// One status sheet per year or quarter ("KQ 2022", "KQ 2023"): per commune and set, the latest
// sheet up to the report date is the status; older sheets are history, later ones not yet due.
// Read together they contradicted each other (probe 9-a: 7 status.conflict errors, 31 marks on
// the 2022 sheet, figures mixing both years).
import type { StatusEntry } from '../model/program';
import type { FindingSink } from '../rules/finding-sink';
import { formatViDate, type IsoDate } from '../model/dates';
import { nameList } from '../rules/name-list';
import { periodRank, periodStarted, type SheetPeriod } from './sheet-period';

/** What was read from which dated sheet: summaries say it under their report date. */
export interface PeriodsRead {
  /** Dated sheets whose figures were used, latest first. */
  read: { sheet: string; label: string; labelEn: string }[];
  /** Dated sheets set aside as history or as after the report date. */
  aside: { sheet: string; label: string }[];
}

export function latestPeriodStatuses(statuses: StatusEntry[], periods: Map<string, SheetPeriod>, asOf: IsoDate | undefined, sink: FindingSink, communeName: (k: string) => string): { statuses: StatusEntry[]; periods?: PeriodsRead } {
  const ranks = new Set([...periods.values()].map(periodRank));
  if (ranks.size < 2) return { statuses };
  const started = (sheet: string) => !asOf || periodStarted(periods.get(sheet)!, asOf);
  // Per commune and set, the latest dated sheet (already begun) that has its results.
  const best = new Map<string, string>();
  for (const s of statuses) {
    const p = periods.get(s.source.sheet);
    if (!p || !started(s.source.sheet)) continue;
    const k = `${s.communeKey}|${s.setId}`;
    const cur = best.get(k);
    if (cur === undefined || periodRank(p) > periodRank(periods.get(cur)!)) best.set(k, s.source.sheet);
  }
  const kept: StatusEntry[] = [];
  // Per dated sheet: the communes read from it, and the newer sheets that replaced it.
  const usedFrom = new Map<string, Set<string>>();
  const replacedBy = new Map<string, Map<string, number>>();
  for (const s of statuses) {
    const sheet = s.source.sheet;
    if (!periods.has(sheet)) {
      kept.push(s);
      continue;
    }
    const winner = started(sheet) ? best.get(`${s.communeKey}|${s.setId}`) : undefined;
    if (winner === sheet) {
      kept.push(s);
      add(usedFrom, sheet, s.communeKey);
    } else if (winner !== undefined) {
      const by = replacedBy.get(sheet) ?? new Map<string, number>();
      by.set(winner, (by.get(winner) ?? 0) + 1);
      replacedBy.set(sheet, by);
    }
  }
  const label = (sheet: string) => periods.get(sheet)!.label;
  const labelEn = (sheet: string) => periods.get(sheet)!.labelEn;
  const order = [...periods.keys()].sort((a, b) => periodRank(periods.get(b)!) - periodRank(periods.get(a)!));
  // Every dated sheet after the report date: nothing of them is read, which the user must see.
  const noneRead = usedFrom.size === 0;
  for (const sheet of order) {
    const where = { sheet, cell: 'A1' };
    if (!started(sheet)) {
      sink.add('status.period-sheets', noneRead ? 'warning' : 'info', where, {
        vi: `Trang "${sheet}" là số liệu ${label(sheet)}, sau ngày báo cáo ${formatViDate(asOf!)}: không đọc.`,
        en: `Sheet "${sheet}" holds the figures of ${labelEn(sheet)}, after the report date ${asOf}: not read.`,
      }, { found: label(sheet), keyHint: sheet });
      continue;
    }
    const by = replacedBy.get(sheet);
    if (!by) continue;
    const newer = [...by.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const used = usedFrom.get(sheet);
    sink.add('status.period-sheets', 'info', where, {
      vi: `Trang "${sheet}" là số liệu ${label(sheet)}: dùng số liệu mới hơn của trang "${newer}" (${label(newer)}); trang này chỉ để tham khảo${used ? ', trừ các xã trang mới không có' : ''}.`,
      en: `Sheet "${sheet}" holds the figures of ${labelEn(sheet)}: the newer figures of sheet "${newer}" (${labelEn(newer)}) are used; this sheet is history${used ? ', except for the communes the newer one lacks' : ''}.`,
    }, { found: label(sheet), expected: label(newer), keyHint: sheet });
    if (used) {
      const names = nameList([...used].map(communeName));
      sink.add('status.period-older', 'warning', where, {
        vi: `Trang "${newer}" (${label(newer)}) không có số liệu của ${names.vi}: dùng số liệu ${label(sheet)} ở trang "${sheet}".`,
        en: `Sheet "${newer}" (${labelEn(newer)}) has no figures for ${names.en}: the ${labelEn(sheet)} figures of sheet "${sheet}" are used.`,
      }, { communes: [...used], found: names.vi, keyHint: sheet });
    }
  }
  const read = order.filter((s) => usedFrom.has(s)).map((sheet) => ({ sheet, label: label(sheet), labelEn: labelEn(sheet) }));
  const aside = order.filter((s) => !usedFrom.has(s)).map((sheet) => ({ sheet, label: label(sheet) }));
  return { statuses: kept, periods: { read, aside } };
}

function add(m: Map<string, Set<string>>, k: string, v: string): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(v);
}
