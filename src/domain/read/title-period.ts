// The period a sheet's title says its table belongs to ("KẾT QUẢ … GIAI ĐOẠN 2026 - 2030"): a
// table of another period than the set it is judged by (the shipped sets are 2021 - 2025).
import type { SheetData } from '../model/grid';
import { toA1 } from '../model/address';
import { setPeriod } from '../criteria/set-period';
import { cellText } from './cell-text';
import type { SourceRef } from '../model/program';
import type { SetResolver } from '../criteria/catalog-set-names';
import { refRow } from './hidden-cells';
import { dataRows } from './table-rows';
import { sectionHeading } from './set-context';

export interface TitlePeriod {
  /** Where the title says it: a title cell, or A1 when only the sheet's name does. */
  cell: string;
  from: string;
  to: string;
  /** "2026 - 2030". */
  label: string;
  /** A section row's text, when a section row inside the table says it, not the title. */
  section?: string;
}

/** Title rows looked at above the header, as for the sheet's year. */
const TITLE_ROWS = 12;

/** The first period a title row above the header names, else the one the sheet's name names. */
export function titlePeriod(sheet: SheetData, headerRow: number): TitlePeriod | undefined {
  for (let r = 0; r < Math.min(headerRow, TITLE_ROWS); r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c]);
      if (t.length < 12) continue;
      const p = setPeriod(t);
      if (p) return { cell: toA1(r, c), ...p };
    }
  }
  const p = setPeriod(sheet.name);
  return p ? { cell: 'A1', ...p } : undefined;
}

/** "2026 - 2030" in one of a row's first two filled cells: the cheap test before a section walk. */
const YEARS_RE = /\d{4}\s*[-–—]\s*\d{4}/;

/**
 * Whether any row under the header may be a section naming a period. A national table has
 * hundreds of thousands of rows and almost never such a section: a raw pass, no text cleaning.
 */
function mayNamePeriod(sheet: SheetData, lastHeaderRow: number): boolean {
  for (let r = lastHeaderRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let filled = 0;
    for (let c = 0; c < row.length && filled < 2; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      filled++;
      if (typeof v === 'string' && YEARS_RE.test(v)) return true;
    }
  }
  return false;
}

/**
 * Section rows inside the table that name a period ("B. XÃ NTM NÂNG CAO GIAI ĐOẠN 2026-2030"), each
 * with the rows under it up to the next section row. A row something was read from is no section.
 */
function sectionPeriods(sheet: SheetData, lastHeaderRow: number, readRowsOf: () => Set<number>, resolve?: SetResolver): { period: TitlePeriod; first: number; last: number }[] {
  if (!mayNamePeriod(sheet, lastHeaderRow)) return [];
  const readRows = readRowsOf();
  const sections: { r: number; period?: TitlePeriod }[] = [];
  for (const { r, row } of dataRows(sheet, lastHeaderRow)) {
    if (readRows.has(r)) continue;
    // No data columns given: whether the readers took it for a section, nothing was read from it.
    const heading = sectionHeading(row, [], resolve);
    if (!heading) continue;
    const p = setPeriod(heading.text);
    sections.push({ r, period: p && { cell: toA1(r, heading.col), ...p, section: heading.text } });
  }
  return sections.flatMap((s, i) => (s.period ? [{ period: s.period, first: s.r + 1, last: (sections[i + 1]?.r ?? Infinity) - 1 }] : []));
}

/** The title periods of the assignment and status sheets, and of their section rows, with the sets their rows were read for. */
export function sheetTitlePeriods(
  sheets: SheetData[],
  recognized: { sheet: string; role: string | null; headerRow?: number; header?: { lastRow: number } }[],
  rows: Iterable<{ setId: string; source: SourceRef }>,
  resolve?: SetResolver,
): (TitlePeriod & { sheet: string; setIds: string[] })[] {
  // Read from `rows` only when some sheet has a title or section period (a national matrix's
  // 470,000 statuses are not copied for nothing).
  let listed: { setId: string; source: SourceRef }[] | undefined;
  const all = () => (listed ??= [...rows]);
  const periods = new Map<string, TitlePeriod>();
  const sections: { sheet: string; period: TitlePeriod; first: number; last: number }[] = [];
  for (const r of recognized) {
    if (r.headerRow === undefined || !(r.role === 'assignment' || r.role?.startsWith('status'))) continue;
    const sheet = sheets.find((s) => s.name === r.sheet);
    if (!sheet) continue;
    const p = titlePeriod(sheet, r.headerRow);
    if (p) periods.set(r.sheet, p);
    // The rows read from this sheet, only for a sheet that may have such a section (see mayNamePeriod).
    const readRows = () => new Set(all().filter((x) => x.source.sheet === r.sheet).map((x) => refRow(x.source)).filter((n): n is number => n !== undefined));
    for (const s of sectionPeriods(sheet, r.header?.lastRow ?? r.headerRow, readRows, resolve)) {
      // The title says the same period: its finding speaks for the whole sheet already.
      if (p?.label !== s.period.label) sections.push({ sheet: r.sheet, ...s });
    }
  }
  if (!periods.size && !sections.length) return [];
  const list = all();
  const sets = new Map<string, Set<string>>();
  for (const row of list) {
    if (!periods.has(row.source.sheet)) continue;
    let s = sets.get(row.source.sheet);
    if (!s) sets.set(row.source.sheet, (s = new Set()));
    s.add(row.setId);
  }
  const titled = [...periods].map(([sheet, p]) => ({ sheet, ...p, setIds: [...(sets.get(sheet) ?? [])] }));
  const sectioned = sections.map(({ sheet, period, first, last }) => {
    const setIds = new Set<string>();
    for (const row of list) {
      const at = row.source.sheet === sheet ? refRow(row.source) : undefined;
      if (at !== undefined && at >= first && at <= last) setIds.add(row.setId);
    }
    return { sheet, ...period, setIds: [...setIds] };
  });
  return [...titled, ...sectioned];
}
