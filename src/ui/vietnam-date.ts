// Today's date in Vietnam (UTC+7, no daylight saving): the default report date.
import type { IsoDate } from '../domain/model/dates';

export function vietnamToday(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}
