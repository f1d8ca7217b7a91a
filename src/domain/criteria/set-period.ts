// The period a criteria set was issued for, as its name states it ("… giai đoạn 2021 - 2025").
import type { IsoDate } from '../model/dates';

const PERIOD = /giai đoạn\s+(\d{4})\s*[-–—]\s*(\d{4})/iu;

/** First and last day of the set's period; undefined when its name gives none. */
export function setPeriod(name: string): { from: IsoDate; to: IsoDate; label: string } | undefined {
  const m = PERIOD.exec(name);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (b < a) return undefined;
  return { from: `${a}-01-01`, to: `${b}-12-31`, label: `${a} - ${b}` };
}
