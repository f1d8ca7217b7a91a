// Which criteria set the rows of a sheet belong to: a set column, a section row above them,
// the sheet's title rows or its name — in that order of precedence.
import type { SheetData } from '../model/grid';
import { isCommuneSet, recognizeSetName, resolveSetName, resolveSetNames, isSectionRow } from '../criteria/set-names';
import type { FindingSink } from '../rules/finding-sink';
import { DEFINITIONS_TEMPLATE_NAME } from '../layout/definitions-template';
import { toA1 } from '../model/address';
import type { SetResolver } from '../criteria/catalog-set-names';
import { cellText } from './cell-text';
import { firstText } from './table-rows';
import type { CellValue } from '../model/grid';
import type { SourceRef } from '../model/program';

/** An agency's name in the title block ("VĂN PHÒNG ĐIỀU PHỐI NTM", "BQL XÂY DỰNG NTM"): its
 * "NTM" is the programme, not a criteria set. */
const AGENCY_LINE = /^(?:văn phòng điều phối|ban quản lý|bql|ban chỉ đạo|bcđ|ủy ban nhân dân|ubnd|tổ giúp việc|hội đồng)(?![\p{L}])/iu;
/** A line citing a document ("(Kèm theo Kế hoạch số 17/KH-UBND … xây dựng huyện nông thôn mới)",
 * "Căn cứ …"): the plan it belongs to, not the set of this table. */
const CITATION_LINE = /^[(\s]*(?:kèm theo|ban hành kèm|căn cứ|thực hiện kế hoạch)(?![\p{L}])/iu;

/**
 * Set named by the sheet name or by a title row above the header. A title naming a specific set
 * (district, advanced, model, town) wins over one that only says "nông thôn mới" (seed 003 probe:
 * "KẾT QUẢ RÀ SOÁT BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI" under "VĂN PHÒNG ĐIỀU PHỐI NTM").
 */
export function setFromTitle(sheet: SheetData, headerRow: number, resolve: SetResolver = resolveSetName): string | undefined {
  let national: string | undefined;
  for (let r = 0; r < headerRow; r++) {
    for (const v of sheet.rows[r] ?? []) {
      const t = cellText(v);
      if (t.length > 6 && !AGENCY_LINE.test(t) && !CITATION_LINE.test(t)) {
        const id = resolve(t);
        if (id && !isCommuneSet(id)) return id;
        national ??= id;
      }
    }
  }
  const byName = resolve(sheet.name);
  return byName && !isCommuneSet(byName) ? byName : (national ?? byName);
}

/** A section's number alone in its cell: "II", "B", "2.", "III)". */
const ORDINAL_RE = /^(?:[IVXLC]{1,5}|[A-Da-d]|\d{1,2})[.)]?$/;

/** A section row ("II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO") names a set and holds nothing else of substance.
 * `unshipped`: told of a section naming a set the product knows of but does not ship. */
export function sectionSet(row: CellValue[], dataCols: number[], resolve: SetResolver = resolveSetName, unshipped?: (heading: SectionHeading) => void): string | undefined {
  const h = sectionHeading(row, dataCols, resolve);
  if (h && unshipped && isUnshippedSet(h.setId)) unshipped(h);
  return h?.setId;
}

/**
 * Every set a section row names ("I. XÃ NTM VÀ XÃ NTM NÂNG CAO": both; read as one phrase it was
 * the advanced set alone, and the plan's rows for Xã NTM under it were lost), or undefined when
 * the row is no section. One set, or a set not shipped, is `sectionSet`'s id alone.
 */
export function sectionSets(row: CellValue[], dataCols: number[], resolve: SetResolver = resolveSetName, unshipped?: (heading: SectionHeading) => void): string[] | undefined {
  const h = sectionHeading(row, dataCols, resolve);
  if (!h) return undefined;
  if (isUnshippedSet(h.setId)) {
    unshipped?.(h);
    return [h.setId];
  }
  const named = resolveSetNames(h.text, resolve);
  return named.length > 1 ? named : [h.setId];
}

/** The id of a section naming a set that is not in the catalog ("II. XÃ NTM HIỆN ĐẠI", "THÔN NTM
 * KIỂU MẪU"): its rows are set aside, never read as the section above's. */
const UNSHIPPED = 'unshipped:';

export function isUnshippedSet(id: string | undefined): boolean {
  return id !== undefined && id.startsWith(UNSHIPPED);
}

export interface SectionHeading {
  setId: string;
  col: number;
  text: string;
}

/** A set cell naming a set the product knows of but does not ship, which the workbook does not define ("Xã NTM hiện đại"). */
export function namesUnshippedSet(text: string, resolve: SetResolver): boolean {
  if (!text || resolve(text)) return false;
  const known = recognizeSetName(text);
  return !!known && !known.shipped;
}

/** The finding for rows whose set cell names a set not shipped: once per sheet and text, at the first such cell. */
export function unshippedRowsFinding(sink: FindingSink, sheet: string, at: SourceRef, text: string, said: Set<string>): void {
  if (said.has(text)) return;
  said.add(text);
  sink.add('set.not-shipped', 'info', at, {
    vi: `Các dòng ghi bộ tiêu chí "${text}" thuộc bộ tiêu chí chưa có trong công cụ: không được kiểm tra. Thêm bộ tiêu chí này vào trang "${DEFINITIONS_TEMPLATE_NAME}" để kiểm tra.`,
    en: `Rows of the criteria set "${text}" belong to a set the tool does not ship: they are not checked. Add the set on the definitions sheet "${DEFINITIONS_TEMPLATE_NAME}" to check them.`,
  }, { found: text, keyHint: `${sheet}:${text}` });
}

/** The finding for a section whose set is not shipped: once, at its cell; its rows are not read. */
export function unshippedSectionFinding(sink: FindingSink, sheet: string, r: number, h: SectionHeading): void {
  sink.add('set.not-shipped', 'info', { sheet, cell: toA1(r, h.col) }, {
    vi: `Mục "${h.text}" thuộc bộ tiêu chí chưa có trong công cụ: các dòng dưới mục này không được kiểm tra. Thêm bộ tiêu chí này vào trang "${DEFINITIONS_TEMPLATE_NAME}" để kiểm tra.`,
    en: `Section "${h.text}" belongs to a criteria set the tool does not ship: the rows under it are not checked. Add the set on the definitions sheet "${DEFINITIONS_TEMPLATE_NAME}" to check them.`,
  }, { found: h.text, keyHint: `${sheet}:${r}` });
}

/** The section row's set with the cell that names it (its column and text). */
export function sectionHeading(row: CellValue[], dataCols: number[], resolve: SetResolver = resolveSetName): { setId: string; col: number; text: string } | undefined {
  let first = firstText(row);
  if (!first) return undefined;
  // "II" in the STT column, "BỘ TIÊU CHÍ XÃ NTM NÂNG CAO" merged across the next ones: the title is the section.
  if (ORDINAL_RE.test(first.text)) {
    first = firstText(row, first.col + 1);
    if (!first) return undefined;
  }
  for (const c of dataCols) {
    if (c === first.col) continue;
    const t = cellText(row[c] ?? null);
    if (t && t !== first.text) return undefined;
  }
  if (!isSectionRow(first.text, resolve)) return undefined;
  const setId = resolve(first.text);
  if (setId) return { setId, col: first.col, text: first.text };
  // A set the product knows of but does not ship, which the workbook does not define either.
  const known = recognizeSetName(first.text);
  return known && !known.shipped ? { setId: UNSHIPPED + known.id, col: first.col, text: first.text } : undefined;
}
