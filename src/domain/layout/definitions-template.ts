// "Bộ tiêu chí áp dụng": the shipped criteria sets written out as a definitions sheet (DOMAIN §4.4)
// for the office to edit: the province's thresholds, an amended name, or the next period's set
// (one cell: the set's row). Read back unedited it changes nothing (test/engine/definitions-
// template.test.ts): its rows repeat the catalog, and repeating is not overriding (definitions.ts).
// It is the office's sheet once written: never a "TH_" sheet, never replaced by a re-run.
import type { Catalog, CriteriaSet, Criterion, Direction, Indicator, Provenance } from '../criteria/schema';
import type { SheetPlan } from '../plan/sheet-plan';
import { isPlaceholderName } from '../criteria/placeholder-name';
import { sizeHeaderRows, tableHeader, type HeaderCell } from './admin-frame';
import { paginate } from './paginate';
import { PlanBuilder, rect } from './plan-builder';
import { MAX_SHEET_NAME } from './sheet-name';
import { bodyCell, frameText, SECTION_FILL } from './styles';
import { estimateLines, heightForLines } from './text-fit';

export const DEFINITIONS_TEMPLATE_NAME = 'Bộ tiêu chí áp dụng';

// The reader's header words (read/column-synonyms.ts DEFINITIONS_FIELDS): the sheet must read back.
// "Nhóm xã": the 2026 - 2030 set's levels differ by commune group (QĐ 51/2025/QĐ-TTg).
const HEADERS = ['STT', 'Mã', 'Tên tiêu chí, chỉ tiêu', 'Đơn vị tính', 'Chiều đánh giá', 'Mức đạt', 'Vùng', 'Tỉnh', 'Nhóm xã', 'Hiệu lực từ', 'Đến ngày', 'Áp dụng', 'Ghi chú'];
const WIDTHS = [5, 10, 44, 10, 10, 10, 12, 11, 8, 10, 10, 8, 22];
const COL = { stt: 0, code: 1, name: 2, unit: 3, direction: 4, applies: 11, note: 12 } as const;
const SIZE = 11;

const DIRECTION_TEXT: Record<Direction, string> = { gte: '≥', lte: '≤', pass: 'Đạt/Không' };

const PROVENANCE_NOTE: Partial<Record<Provenance, string>> = {
  'decision-as-recalled': 'Theo quyết định; cần đối chiếu văn bản',
  open: 'Chưa có trong danh mục: bổ sung theo văn bản',
};

const UNNAMED_NOTE = 'Chưa có tên trong danh mục: ghi tên theo văn bản';

// No period ("giai đoạn …") in these lines: the title rows are where a sheet's period is read.
const GUIDE = [
  'Trang này chép bộ tiêu chí có sẵn trong công cụ để văn phòng sửa theo văn bản của tỉnh: ghi mức đạt (cột Mức đạt, theo vùng hoặc theo tỉnh; bộ 2026 - 2030: mỗi nhóm xã một dòng, ghi 1, 2 hoặc 3 ở cột Nhóm xã), sửa tên, đơn vị tính, chiều đánh giá; thêm dòng cho chỉ tiêu còn thiếu.',
  'Áp dụng bộ tiêu chí của giai đoạn mới: sửa dòng tên bộ tiêu chí (dòng in đậm) theo đúng tên trong quyết định, rồi sửa các dòng bên dưới. Dòng nào để nguyên thì dùng như bộ có sẵn.',
  'Tiêu chí, chỉ tiêu không còn trong bộ mới: ghi "Không" ở cột Áp dụng (xóa dòng thì vẫn dùng như bộ có sẵn). Chỉ tiêu mới: thêm dòng với mã, tên, đơn vị tính, chiều đánh giá và mức đạt.',
];

/** A sheet name for the template, distinct (without case) from the workbook's names. */
export function templateSheetName(existing: readonly string[]): string {
  const used = new Set(existing.map((n) => n.toLocaleLowerCase('vi')));
  let name = DEFINITIONS_TEMPLATE_NAME;
  for (let i = 2; used.has(name.toLocaleLowerCase('vi')); i++) name = `${DEFINITIONS_TEMPLATE_NAME} (${i})`.slice(0, MAX_SHEET_NAME);
  return name;
}

/** A criterion that is its own single indicator ("11": Tỷ lệ hộ nghèo đa chiều). */
function ownIndicator(c: Criterion): Indicator | undefined {
  return c.indicators.length === 1 && c.indicators[0].code === c.code ? c.indicators[0] : undefined;
}

function hasValues(i: Indicator): boolean {
  return Boolean(i.unit || i.direction);
}

/** Sets worth a template: shipped ones with criteria to edit. */
export function templateSets(catalog: Catalog, ids: readonly string[]): CriteriaSet[] {
  return catalog.filter((s) => ids.includes(s.id) && s.criteria.length > 0);
}

export function definitionsTemplateSheet(name: string, sets: readonly CriteriaSet[]): SheetPlan {
  const b = new PlanBuilder(name).setColumnWidths(WIDTHS);
  const last = WIDTHS.length - 1;
  // A title only: no report date (the sheet is not a report) and no period (see GUIDE).
  b.merge(rect(0, 0, 0, last), 'BỘ TIÊU CHÍ ÁP DỤNG TRÊN ĐỊA BÀN', frameText({ bold: true }));
  b.height(0, 24);
  let r = 1;
  const lineWidth = WIDTHS.reduce((a, w) => a + w, 0);
  for (const text of GUIDE) {
    b.merge(rect(r, 0, r, last), text, frameText({ size: SIZE, italic: true, horizontal: 'left' }));
    b.style(rect(r, 0, r, last), { wrap: true });
    b.height(r, heightForLines(estimateLines(text, lineWidth, SIZE), SIZE));
    r++;
  }
  r++;
  const header: HeaderCell[] = HEADERS.map((text, col) => ({ row: r, col, text }));
  tableHeader(b, r, r, header);
  sizeHeaderRows(b, header, SIZE);
  r++;
  const row = (code: string, label: string, unit: string | undefined, direction: Direction | undefined, note: string | undefined, stt?: number, bold = false) => {
    b.setRow(r, 0, [stt ?? null, code, label, unit ?? null, direction ? DIRECTION_TEXT[direction] : null, null, null, null, null, null, null, 'Có', note ?? null]);
    b.style(rect(r, 0, r, last), bodyCell({ size: SIZE, bold, wrap: true }));
    b.style(rect(r, COL.stt, r, COL.code), bodyCell({ size: SIZE, bold, horizontal: 'center', numberFormat: '@' }));
    b.style(rect(r, COL.unit, r, COL.direction), bodyCell({ size: SIZE, bold, horizontal: 'center', wrap: true }));
    b.style(rect(r, COL.applies, r, COL.applies), bodyCell({ size: SIZE, bold, horizontal: 'center' }));
    const lines = Math.max(estimateLines(label, WIDTHS[COL.name], SIZE), estimateLines(note ?? '', WIDTHS[COL.note], SIZE));
    if (lines > 1) b.height(r, heightForLines(lines, SIZE));
    r++;
  };
  for (const set of sets) {
    // The set's row: its name in the name column (where the reader looks for a section's set).
    b.set(r, COL.stt, null).set(r, COL.code, null);
    b.merge(rect(r, COL.name, r, last - 1), set.name);
    b.set(r, COL.note, set.source);
    b.style(rect(r, 0, r, last), bodyCell({ size: SIZE, bold: true, fill: SECTION_FILL, wrap: true }));
    b.height(r, heightForLines(Math.max(estimateLines(set.name, WIDTHS.slice(COL.name, last).reduce((a, w) => a + w, 0), SIZE), estimateLines(set.source, WIDTHS[COL.note], SIZE)), SIZE));
    b.heading(r);
    r++;
    set.criteria.forEach((c, i) => {
      const own = ownIndicator(c);
      const note = c.open ? PROVENANCE_NOTE.open : undefined;
      // "Tiêu chí 11" names the criterion; its own indicator's row ("11") carries unit and direction.
      row(`Tiêu chí ${c.code}`, c.name, undefined, undefined, note, i + 1, true);
      for (const ind of c.indicators) {
        if (ind === own && !hasValues(ind)) continue;
        // "Chỉ tiêu 13.2": a code the seeds show, whose name no source gives.
        const note = isPlaceholderName(ind.code, ind.name) ? UNNAMED_NOTE : PROVENANCE_NOTE[ind.provenance];
        row(ind.code, ind.name, ind.unit, ind.direction, note);
      }
    });
  }
  // Printed as the summary sheets are: a set's row never ends a page, a short template fits one.
  const plan = b.build();
  paginate(plan);
  return plan;
}
