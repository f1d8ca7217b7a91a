// Numbers and dates in Vietnamese administrative style: decimal comma, dot thousands, dd/mm/yyyy.
//
// Where each style is used, and why:
// - Prose lines ("Bình quân: 15,1 tiêu chí/xã") are written as TEXT built here, so the printed
//   report reads the Vietnamese way whatever the locale of the Excel that opens it.
// - Table cells (counts, "Tỷ lệ %") are written as NUMBERS with an Excel number format.
//   Format codes in a file are locale-invariant ("0.0" is stored with a dot); Excel and
//   LibreOffice render them with the reader's separators, so a Vietnamese-locale machine
//   prints 26,7 while the cell stays a number that can be summed, sorted and charted.
//   Stored values are rounded to the shown decimals so cell, prose and print agree.
import { parseIso } from '../model/dates';
import type { IsoDate } from '../model/dates';

export type NumberLang = 'vi' | 'en';

/** Excel number formats for table cells (stored in invariant syntax; shown per locale). */
export const NUMBER_FORMATS = {
  integer: '0',
  // Plain digits: '#,##0' would print 8,227 on an English-locale machine, wrong in a Vietnamese report.
  thousands: '0',
  oneDecimal: '0.0',
} as const;

/** Rounds half away from zero at `decimals`, immune to binary noise (2.675 → 2.68). */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const y = Math.abs(x) * f;
  // Cutting y to 12 significant digits moves it by less than y·1e-11 / 2; unless a half is that
  // close, rounding y itself gives the same number without the slow toPrecision (most rates:
  // 4 of 20 communes is 200 tenths of a percent exactly).
  const half = y - Math.floor(y) - 0.5;
  const scaled = y < 1e12 && Math.abs(half) > y * 1e-11 ? y : Number(y.toPrecision(12));
  return (Math.sign(x) * Math.round(scaled)) / f;
}

function groupThousands(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** 15.1 → "15,1"; 1234 → "1.234"; 2/3*100 with 1 decimal → "66,7". */
export function formatNumber(x: number, decimals: number, lang: NumberLang): string {
  if (!Number.isFinite(x)) return '';
  const r = roundTo(x, decimals);
  const [intPart, frac] = Math.abs(r).toFixed(decimals).split('.');
  const dec = lang === 'vi' ? ',' : '.';
  const thou = lang === 'vi' ? '.' : ',';
  const sign = r < 0 ? '-' : '';
  return sign + groupThousands(intPart, thou) + (frac ? dec + frac : '');
}

/** A measured value as typed, in the language's style: 5.6 → "5,6", 50000000 → "50.000.000" (vi). */
export function formatValue(x: number, lang: NumberLang, percent = false): string {
  const decimals = Math.min(4, (String(x).split('.')[1] ?? '').length);
  return formatNumber(x, decimals, lang) + (percent ? '%' : '');
}

export function formatNumberVi(x: number, decimals = 0): string {
  return formatNumber(x, decimals, 'vi');
}

/** part/whole as a percentage rounded to `decimals`; undefined when whole is 0. */
export function percentOf(part: number, whole: number, decimals = 1): number | undefined {
  if (!whole) return undefined;
  return roundTo((part / whole) * 100, decimals);
}

/** 4 of 15 → "26,7%"; "" when whole is 0 (no percentage exists). */
export function formatPercent(part: number, whole: number, lang: NumberLang, decimals = 1): string {
  const p = percentOf(part, whole, decimals);
  return p === undefined ? '' : `${formatNumber(p, decimals, lang)}%`;
}

export function formatPercentVi(part: number, whole: number, decimals = 1): string {
  return formatPercent(part, whole, 'vi', decimals);
}

/** "2023-10-15" → "15/10/2023" (the input back when it is not an ISO date). */
export function formatDateVi(iso: IsoDate): string {
  const p = parseIso(iso);
  if (!p) return iso;
  return `${String(p.d).padStart(2, '0')}/${String(p.m).padStart(2, '0')}/${p.y}`;
}

/**
 * The place-and-date line of NĐ 30/2020: "Trà Cú, ngày 15 tháng 10 năm 2023".
 * NĐ 30 writes a 0 before days under 10 and months under 3 ("ngày 02 tháng 3", "tháng 01").
 */
export function dateLineVi(place: string, iso: IsoDate): string {
  const p = parseIso(iso);
  if (!p) return `${place}, ngày … tháng … năm …`;
  const d = p.d < 10 ? `0${p.d}` : String(p.d);
  const m = p.m < 3 ? `0${p.m}` : String(p.m);
  return `${place}, ngày ${d} tháng ${m} năm ${p.y}`;
}

/**
 * A rate for a printed table cell, as text in the report's number style ("26,7"): an Excel
 * number format cannot force the decimal comma on a machine set to another locale.
 */
export function rateText(part: number, whole: number, lang: NumberLang, decimals = 1): string | null {
  const p = percentOf(part, whole, decimals);
  return p === undefined ? null : formatNumber(p, decimals, lang);
}
