// Calendar dates as ISO strings (YYYY-MM-DD): no time zone can shift them.

export type IsoDate = string;

export function isoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function parseIso(s: string): { y: number; m: number; d: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : undefined;
}

/** A JS Date from a cell (ExcelJS gives UTC midnight) to its calendar date. */
export function dateToIso(d: Date): IsoDate {
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Excel serial day number (1900 system) to ISO date. */
export function serialToIso(serial: number): IsoDate {
  const ms = Math.round((serial - 25569) * 86400000);
  return dateToIso(new Date(ms));
}

export function quarterOf(iso: IsoDate): { year: number; quarter: number } {
  const p = parseIso(iso)!;
  return { year: p.y, quarter: Math.floor((p.m - 1) / 3) + 1 };
}

/** dd/mm/yyyy, the Vietnamese administrative form. */
export function formatViDate(iso: IsoDate): string {
  const p = parseIso(iso);
  if (!p) return iso;
  return `${String(p.d).padStart(2, '0')}/${String(p.m).padStart(2, '0')}/${p.y}`;
}
