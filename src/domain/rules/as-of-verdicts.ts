// A status typed "Đạt" with a "Ngày đạt" after the report date was not met yet on that date: the
// report is "tính đến ngày báo cáo", so summaries, deadlines and marks all count it unmet. The
// typed verdict is kept (`metAfterAsOf`) so checks of what is written still see "Đạt".
import type { IsoDate } from '../model/dates';
import type { StatusEntry } from '../model/program';

export function applyAsOf(statuses: StatusEntry[], asOf: IsoDate): void {
  // Indexed: a for-of allocates an iterator result per step until the loop is optimized.
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i];
    if (s.achieved === true && s.achievedOn && s.achievedOn > asOf) {
      s.achieved = false;
      s.metAfterAsOf = true;
      s.typedVerdict = true;
    }
  }
}

/** The verdict as typed on the sheet. */
export function writtenVerdict(s: StatusEntry): boolean | undefined {
  return s.typedVerdict ?? s.achieved;
}
