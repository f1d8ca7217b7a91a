// The agency and place printed on the summaries, taken from the workbook's own title rows.
import type { WorkbookData } from '../model/grid';
import { cellLines } from '../read/cell-text';
import { districtKindOfAgency, unitWord, type DistrictKind } from '../criteria/district-kind';

/** The place printed when the title rows name no district or commune. */
export const GUESS_NO_PLACE = '……';

export interface GuessedAgency {
  agency: string;
  subAgency?: string;
  place: string;
  /** Whose workbook it is: a district office's, a province office's, or a commune's own plan (seeds 001, 002). */
  level?: 'district' | 'province' | 'commune';
  /** A district office's kind of unit ("UBND THỊ XÃ …"): its departments are the thị xã's. */
  kind?: DistrictKind;
}

const DISTRICT_RE = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(HUYỆN|THỊ XÃ|THÀNH PHỐ|QUẬN)\s+(.+)$/iu;
/** "UBND TỈNH TRÀ VINH": a province office's plan (its Sở lead the criteria). "Thành phố" stays a
 * district-level heading above: most are cities within a province. */
const PROVINCE_RE = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(TỈNH)\s+(.+)$/iu;
const COMMUNE_RE = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(XÃ|THỊ TRẤN|PHƯỜNG)\s+(.+)$/iu;

/**
 * "UBND HUYỆN TRÀ CÚ" in the title rows of any sheet; failing that, a province's heading ("ỦY BAN
 * NHÂN DÂN TỈNH TRÀ VINH"), then a commune's own ("ỦY BAN NHÂN DÂN XÃ HÒA CƯ", "UBND XÃ TÂN
 * THẠNH⏎BQL XÂY DỰNG NTM"): an office may keep the sheets of the level below, so the higher
 * heading wins.
 */
export function guessAgency(wb: WorkbookData): GuessedAgency {
  let commune: GuessedAgency | undefined;
  let province: GuessedAgency | undefined;
  for (const sheet of wb.sheets) {
    for (let r = 0; r < Math.min(6, sheet.rows.length); r++) {
      const row = sheet.rows[r] ?? [];
      for (let col = 0; col < row.length; col++) {
        const [first, second] = headingLines(cellLines(row[col]).split('\n'), cellLines(sheet.rows[r + 1]?.[col] ?? null));
        if (!first) continue;
        const d = DISTRICT_RE.exec(first);
        if (d) {
          const agency = `UBND ${upper(d[1])} ${upper(d[2])}`;
          return { agency, subAgency: second ? upper(second) : 'VĂN PHÒNG ĐIỀU PHỐI NTM', place: title(d[2]), level: 'district', kind: districtKindOfAgency(agency) };
        }
        const p = province ? null : PROVINCE_RE.exec(first);
        if (p) province = { agency: `UBND ${upper(p[1])} ${upper(p[2])}`, subAgency: second ? upper(second) : 'VĂN PHÒNG ĐIỀU PHỐI NTM', place: title(p[2]), level: 'province' };
        const c = commune ? null : COMMUNE_RE.exec(first);
        if (c) commune = { agency: `UBND ${upper(c[1])} ${upper(c[2])}`, subAgency: second ? upper(second) : undefined, place: title(c[2]), level: 'commune' };
      }
    }
  }
  return province ?? commune ?? { agency: unnamedAgency(undefined), subAgency: 'VĂN PHÒNG ĐIỀU PHỐI NTM', place: GUESS_NO_PLACE };
}

/**
 * No heading names the office: its committee by kind alone, "ỦY BAN NHÂN DÂN HUYỆN", or "… THỊ XÃ"
 * when its department cells agree on "thị xã" (known only once they are read).
 */
export function unnamedAgency(kind: DistrictKind | undefined): string {
  return `ỦY BAN NHÂN DÂN ${upper(unitWord(kind))}`;
}

/** The name of a body under the committee on a letterhead: "BQL XÂY DỰNG NTM", "VĂN PHÒNG ĐIỀU PHỐI NTM", "BAN CHỈ ĐẠO …". */
const BODY_RE = /^(?:VĂN PHÒNG|PHÒNG|BAN|BQL|BCĐ|TỔ|HỘI ĐỒNG|CHI CỤC)\s/u;

/** The committee's name alone on its line ("ỦY BAN NHÂN DÂN"), as the official letterhead sets it. */
const COMMITTEE_ONLY = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)$/iu;

/**
 * "ỦY BAN NHÂN DÂN⏎XÃ HÒA CƯ" (one cell) or "ỦY BAN NHÂN DÂN" over "XÃ HÒA CƯ" (the cell below):
 * the letterhead's two lines are one name. Then the line after it is the body that reports.
 */
function headingLines(lines: string[], below: string): [string | undefined, string | undefined] {
  const [first, ...rest] = lines.map((l) => l.trim()).filter(Boolean);
  // "UBND XÃ TÂN THẠNH" over "BQL XÂY DỰNG NTM" in the cell below (seed 002 as kept in a sheet):
  // the body that reports, as when both lines share a cell. Only a body's name: a title may follow.
  if (first && !COMMITTEE_ONLY.test(first) && !rest.length) {
    const next = below.split('\n').map((l) => l.trim()).find(Boolean);
    return [first, next && BODY_RE.test(next) ? next : undefined];
  }
  if (!first || !COMMITTEE_ONLY.test(first)) return [first, rest[0]];
  if (rest.length) return [`${first} ${rest[0]}`, rest[1]];
  const [next, after] = below.split('\n').map((l) => l.trim()).filter(Boolean);
  return next ? [`${first} ${next}`, after] : [first, undefined];
}

const upper = (s: string) => s.trim().toLocaleUpperCase('vi');
const title = (s: string) => s.trim().toLocaleLowerCase('vi').replace(/(^|\s)\p{L}/gu, (x) => x.toLocaleUpperCase('vi'));
