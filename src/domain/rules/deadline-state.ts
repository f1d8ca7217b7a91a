// Missed quarters (DOMAIN §5), judged against an explicit as-of date.
import type { IsoDate } from '../model/dates';
import { daysInMonth, isoDate, quarterOf } from '../model/dates';
import type { DeadlineState } from '../summary/types';

export function deadlineState(achieved: boolean | undefined, deadline: IsoDate | undefined, asOf: IsoDate, achievedOn?: IsoDate): DeadlineState {
  // Met on a date after the report date ("Ngày đạt" 20/10 judged as of 15/10): not met yet as of then.
  if (achieved === true && !(achievedOn && achievedOn > asOf)) {
    if (deadline && achievedOn && achievedOn > deadline) return 'met-late';
    return 'met-on-time';
  }
  if (!deadline) return 'no-deadline';
  if (deadline < asOf) return 'overdue';
  // Not passed yet: due soon when it falls in the as-of quarter (ISO strings compare as dates).
  return deadline <= quarterEndOf(asOf) ? 'due-soon' : 'pending';
}

let lastAsOf = '';
let lastQuarterEnd = '';

/** Last day of the as-of date's quarter; remembered, since one run asks with one date. */
function quarterEndOf(asOf: IsoDate): IsoDate {
  if (asOf !== lastAsOf) {
    const { year, quarter } = quarterOf(asOf);
    lastQuarterEnd = isoDate(year, quarter * 3, daysInMonth(year, quarter * 3));
    lastAsOf = asOf;
  }
  return lastQuarterEnd;
}

export const STATE_LABELS: Record<DeadlineState, { vi: string; en: string }> = {
  'met-on-time': { vi: 'Đạt đúng hạn', en: 'Met on time' },
  'met-late': { vi: 'Hoàn thành muộn', en: 'Met late' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  pending: { vi: 'Chưa đến hạn', en: 'Not yet due' },
  'no-deadline': { vi: 'Chưa có hạn', en: 'No deadline' },
  'no-result': { vi: 'Chưa có kết quả', en: 'No result' },
};
