// Decides what each sheet is, by its content: header wording, then the data under it.
import type { CellValue, SheetData } from '../model/grid';
import type { RecognizedSheet, SheetRole } from '../check-types';
import { OWNED_SHEET_PREFIX } from '../plan/highlight-plan';
import { isStateSheetName, type OwnedPredicate } from '../plan/owned-sheets';
import { matchKey } from '../text/normalize';
import { parseStatusCell, type StatusKind } from '../parse/status-values';
import { parseCodes } from '../parse/codes';
import { parseDeadline } from '../parse/deadlines';
import { ASSIGNMENT_FIELDS, COMMUNES_FIELDS, DEFINITIONS_FIELDS, DEPARTMENTS_FIELDS, MATRIX_FIXED_FIELDS, STATUS_LONG_FIELDS, TRANSPOSED_FIELDS, type FieldName, type FieldPattern } from './column-synonyms';
import type { CodeRef } from '../model/program';
import { findHeader, type HeaderMatch } from './find-header';
import { cachedMatchKey } from '../text/cached-keys';
import { cellText } from './cell-text';
import { groupColumns, regionColumns } from './read-definitions';

/** Threshold columns named after a region or a commune group, as the official annexes lay them out. */
const levelColumns = (m: HeaderMatch): number => regionColumns(m).length + groupColumns(m).length;
import { isAssignmentMatrix } from './read-assignment-matrix';
import { sttCodeColumn } from './stt-codes';
import { setFromTitle } from './set-context';
import { shippedCatalogIndex } from '../criteria/catalog';

export interface SheetRecognition extends RecognizedSheet {
  header?: HeaderMatch;
  /** Matrix only: the commune columns. */
  communeCols?: { col: number; text: string }[];
  /** One row per commune: the criterion / indicator columns and their codes. */
  codeCols?: { col: number; code: CodeRef }[];
  /** Assignment laid out as criteria × departments ("CT" / "PH" marks). */
  assignmentMatrix?: boolean;
  /** An assignment sheet of the district set that also gives the district's result per row
   * ("Kết quả đánh giá"): the header its statuses are read with. */
  districtResults?: HeaderMatch;
}

const RESULT_HEADER = STATUS_LONG_FIELDS.find((f) => f.field === 'assessment')!.re;

/**
 * The district criteria kept as one table with their result, deadline and lead (the layout of
 * DOMAIN §6, seed 003 probe): an assignment sheet of the district set whose other columns include
 * a result column. Its rows are the district's statuses too.
 */
function districtResults(sheet: SheetData, m: HeaderMatch): HeaderMatch | undefined {
  if (m.columns.set !== undefined || m.columns.code === undefined) return undefined;
  const setId = setFromTitle(sheet, m.row);
  if (!setId || shippedCatalogIndex().getSet(setId)?.level !== 'district') return undefined;
  const result = m.others.find((o) => RESULT_HEADER.test(matchKey(o.text)));
  if (!result) return undefined;
  return { ...m, columns: { stt: m.columns.stt, code: m.columns.code, name: m.columns.content, assessment: result.col }, others: [] };
}

/** Matrix headers that are not communes. */
// Whole words only: "TT" alone is the row-number column, "TT Định An" is a town (thị trấn).
// "Người ghi", "Cán bộ phụ trách": the people of a notes or task sheet, never a commune.
export const NOT_COMMUNE_RE = /^(?:(?:tổng|cộng|tổng cộng|tổng số|số xã|tỷ lệ|ghi chú|kết quả|đánh giá|đvt|đơn vị|đơn vị tính|huyện|toàn huyện|cả huyện|bình quân|chỉ tiêu|mức|nhóm|ngày|thời hạn|dự kiến|kế hoạch|cơ quan|phòng|năm \d{4}|quy định|yêu cầu|chuẩn|tiêu chuẩn|mục tiêu|hiện trạng|xếp loại|tổng hợp|nội dung|tên|tiêu chí|tên tiêu chí|tên chỉ tiêu|mã số|mã tiêu chí|mã chỉ tiêu|người|cán bộ)(?![\p{L}\d])|(?:stt|tt|số tt)[.:]?$)|(?<![\p{L}])(?:toàn|cả) huyện(?![\p{L}])/u;

const has = (m: HeaderMatch, ...f: (keyof HeaderMatch['columns'])[]) => f.every((x) => m.columns[x] !== undefined);

interface RoleTry {
  role: SheetRole;
  fields: FieldPattern[];
  accept: (m: HeaderMatch, sheet: SheetData) => boolean;
  /** Fields `accept` cannot do without: rows that match none of them are never classified. */
  required: FieldName[];
}

/** Seven regions and a few notes: a header with more other columns (a commune matrix) is no annex. */
const MAX_REGION_COLUMNS = 12;

const TRIES: RoleTry[] = [
  { role: 'assignment', fields: ASSIGNMENT_FIELDS, accept: (m) => has(m, 'code', 'lead') || (has(m, 'content', 'lead') && has(m, 'deadline')), required: ['lead'] },
  // Status before definitions: a status table with a norm column ("Mức đạt theo quy định") also has a
  // code and a threshold-like header, but its commune column says what it is.
  { role: 'status-long', fields: STATUS_LONG_FIELDS, accept: (m) => has(m, 'commune', 'code') && (has(m, 'assessment') || has(m, 'value')), required: ['commune', 'code'] },
  // A norm column, or one column per region ("Đồng bằng sông Cửu Long"), as the official annex has.
  // Not a status matrix that has a norm column ("Chỉ tiêu chung", as the annex words it): no region
  // columns, and verdicts a definition never holds ("Chưa đạt", "x") under its other columns.
  { role: 'definitions', fields: DEFINITIONS_FIELDS, accept: (m, sheet) => has(m, 'code') && (has(m, 'threshold') || has(m, 'direction') || (m.others.length <= MAX_REGION_COLUMNS && levelColumns(m) > 0)) && !(levelColumns(m) === 0 && hasVerdicts(sheet, m)), required: ['code'] },
  // The workbook's own departments ("Tên cơ quan | Tên viết tắt / cách viết khác").
  { role: 'departments', fields: DEPARTMENTS_FIELDS, accept: (m) => has(m, 'department', 'aliases'), required: ['department', 'aliases'] },
  { role: 'communes', fields: COMMUNES_FIELDS, accept: (m) => has(m, 'commune') && [m.columns.kind, m.columns.target, m.columns.region, m.columns.year].filter((c) => c !== undefined).length >= 1 && !m.others.some((o) => /chủ trì|mã|tiêu chí/.test(matchKey(o.text))), required: ['commune'] },
];

export function communeColumns(sheet: SheetData, m: HeaderMatch): { col: number; text: string }[] {
  const cand = m.others.filter((o) => {
    const k = cachedMatchKey(o.text);
    return k.length >= 2 && !NOT_COMMUNE_RE.test(k) && !/^[\d\s().,%/-]+$/.test(k) && k.length <= 60;
  });
  if (cand.length === 0) return [];
  // A data row tried as a header offers its verdicts and dates ("Đạt", "Quý IV/2023"), not communes;
  // its first cells tell (a national header has 8,227 names: not each parsed as a verdict).
  if (cand.slice(0, 8).some((o) => parseStatusCell(o.text).kind !== 'unreadable' || parseDeadline(o.text)?.date)) return [];
  // The data under the candidate columns must read as statuses for most non-blank cells.
  const { ok, seen } = statusShare(sheet, m, cand.map((c) => c.col));
  return seen === 0 || ok / seen >= 0.3 ? cand : [];
}

/** Header cells that are a single criterion / indicator code ("1", "TC 1", "Tiêu chí 1", "1.1"). */
function codeHeaders(m: HeaderMatch): { col: number; code: CodeRef }[] {
  const out: { col: number; code: CodeRef }[] = [];
  for (const o of m.others) {
    const p = parseCodes(o.text);
    if (p.codes.length === 1 && !p.problem) out.push({ col: o.col, code: p.codes[0] });
  }
  return out;
}

/** Non-blank cells under `cols` (first 200 data rows), and how many read as Đạt / Chưa đạt / x / a value. */
function statusShare(sheet: SheetData, m: HeaderMatch, cols: number[]): { ok: number; seen: number } {
  let ok = 0;
  let seen = 0;
  // Up to 200 rows, fewer under thousands of columns: a national matrix's first rows say enough.
  const rows = Math.min(200, Math.max(10, Math.ceil(20000 / Math.max(1, cols.length))));
  const last = Math.min(sheet.rows.length, m.lastRow + 1 + rows);
  // The kinds of the last two values (parseStatusCell is pure): rows alternate "Đạt" and "Chưa đạt".
  let lastValue: CellValue | undefined;
  let lastKind: StatusKind = 'blank';
  let otherValue: CellValue | undefined;
  let otherKind: StatusKind = 'blank';
  for (let r = m.lastRow + 1; r < last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (const c of cols) {
      const v = row[c] ?? null;
      if (v !== lastValue) {
        const kind: StatusKind = v === otherValue ? otherKind : parseStatusCell(v).kind;
        otherValue = lastValue;
        otherKind = lastKind;
        lastValue = v;
        lastKind = kind;
      }
      if (lastKind === 'blank') continue;
      seen++;
      if (lastKind !== 'unreadable') ok++;
    }
  }
  return { ok, seen };
}

/** Some cell under the header's unnamed columns says "Chưa đạt" or "x": a verdict, never a norm. */
function hasVerdicts(sheet: SheetData, m: HeaderMatch): boolean {
  const last = Math.min(sheet.rows.length, m.lastRow + 1 + 200);
  for (let r = m.lastRow + 1; r < last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (const o of m.others) {
      const v = row[o.col];
      if (v === null || v === undefined) continue;
      if (parseStatusCell(v).kind === 'unmet' || (typeof v === 'string' && v.trim().toLowerCase() === 'x')) return true;
    }
  }
  return false;
}

/** Most non-blank cells under `cols` read as statuses. */
function readsAsStatuses(sheet: SheetData, m: HeaderMatch, cols: number[]): boolean {
  const { ok, seen } = statusShare(sheet, m, cols);
  return seen > 0 && ok / seen >= 0.5;
}

function codeRowsBelow(sheet: SheetData, m: HeaderMatch): number {
  const c = m.columns.code ?? m.columns.name;
  if (c === undefined) return 0;
  let n = 0;
  const last = Math.min(sheet.rows.length, m.lastRow + 1 + 100);
  for (let r = m.lastRow + 1; r < last; r++) if (parseCodes(cellText(sheet.rows[r]?.[c] ?? null)).codes.length) n++;
  return n;
}

/** Without the add-in's list of its sheets, every "TH_" sheet is taken for one (the old rule). */
const BY_PREFIX: OwnedPredicate = (name) => name.startsWith(OWNED_SHEET_PREFIX);

export function recognizeSheet(sheet: SheetData, override?: SheetRole | null, owned: OwnedPredicate = BY_PREFIX): SheetRecognition {
  if (isStateSheetName(sheet.name) || owned(sheet.name)) {
    return { sheet: sheet.name, role: null, reason: { vi: 'Trang do công cụ tạo ra: bỏ qua.', en: 'Written by this tool: skipped.' } };
  }
  if (override === null) return { sheet: sheet.name, role: null, reason: { vi: 'Người dùng chọn bỏ qua trang này.', en: 'Skipped by the user.' } };
  if (!override || override === 'assignment') {
    // Criteria down, one column per department, "CT" / "PH" marks: tried first: a
    // mark in a data row ("chủ trì?") must not make that row a list header, and the status
    // matrix shares its "x" cells, so departments are never read as communes.
    const m = findHeader(sheet, ASSIGNMENT_FIELDS, (h) => h.columns.code !== undefined && h.columns.lead === undefined && isAssignmentMatrix(sheet, h), ['code']);
    if (m && codeRowsBelow(sheet, m) > 0) {
      return { sheet: sheet.name, role: 'assignment', headerRow: m.row, header: m, assignmentMatrix: true, reason: { vi: `Nhận là bảng phân công (tiêu chí × cơ quan), dòng tiêu đề ${m.row + 1}.`, en: `Recognized as an assignment sheet (criteria × departments), header row ${m.row + 1}.` } };
    }
  }
  const tries = override ? TRIES.filter((t) => t.role === override) : TRIES;
  for (const t of tries) {
    const m = findHeader(sheet, t.fields, (h) => t.accept(h, sheet), t.required);
    // "TT | Tiêu chí / Nội dung | … | Cơ quan chủ trì": the codes are in TT, the names beside them.
    if (m && t.role === 'assignment' && codeRowsBelow(sheet, m) === 0 && m.columns.code !== undefined && m.columns.content === undefined) {
      const stt = sttCodeColumn(sheet, m, m.columns.code);
      if (stt !== undefined) m.columns = { ...m.columns, content: m.columns.code, code: stt };
    }
    if (m && (t.role !== 'assignment' || codeRowsBelow(sheet, m) > 0 || has(m, 'content'))) {
      const results = t.role === 'assignment' ? districtResults(sheet, m) : undefined;
      return { sheet: sheet.name, role: t.role, headerRow: m.row, header: m, ...(results ? { districtResults: results } : {}), reason: found(t.role, m.row) };
    }
  }
  if (!override || override === 'status-matrix') {
    // The commune names may sit one row below a group header ("Kết quả thực hiện tại các xã"
    // merged across them): only a header whose other columns are communes will do.
    const byHeader = new Map<HeaderMatch, { col: number; text: string }[]>();
    const m = findHeader(sheet, MATRIX_FIXED_FIELDS, (h) => {
      if ((h.columns.code === undefined && h.columns.name === undefined) || h.others.length === 0) return false;
      const cols = communeColumns(sheet, h);
      byHeader.set(h, cols);
      return cols.length > 0;
    });
    // "TT" numbering the rows as the criteria are numbered is the code column (seed 004's tables).
    const stt = m ? sttCodeColumn(sheet, m) : undefined;
    if (m && stt !== undefined) m.columns.code = stt;
    if (m && codeRowsBelow(sheet, m) > 0) {
      const communeCols = byHeader.get(m) ?? [];
      if (communeCols.length) return { sheet: sheet.name, role: 'status-matrix', headerRow: m.row, header: m, communeCols, reason: found('status-matrix', m.row) };
    }
  }
  if (!override || override === 'status-transposed') {
    // Communes down, criteria across ("TT | Tên xã | 1 | 2 | … | 19", "x" when met): the "theo xã" table.
    const m = findHeader(sheet, TRANSPOSED_FIELDS, (h) => h.columns.commune !== undefined && codeHeaders(h).length >= 3, ['commune']);
    if (m) {
      const codeCols = codeHeaders(m);
      if (readsAsStatuses(sheet, m, codeCols.map((c) => c.col))) return { sheet: sheet.name, role: 'status-transposed', headerRow: m.row, header: m, codeCols, reason: found('status-transposed', m.row) };
    }
  }
  if (!override || override === 'status-commune') {
    const results = (h: HeaderMatch) => (h.columns.assessment !== undefined || h.columns.value !== undefined) && h.columns.commune === undefined;
    const m = findHeader(sheet, STATUS_LONG_FIELDS, (h) => h.columns.code !== undefined && results(h), ['code']);
    if (m && codeRowsBelow(sheet, m) > 0) return { sheet: sheet.name, role: 'status-commune', headerRow: m.row, header: m, reason: found('status-commune', m.row) };
    // "TT | Tên tiêu chí, chỉ tiêu | … | Đánh giá" with no code column: a commune's own table whose
    // TT numbers the rows as the criteria are (seed 001 probe: "1", "1.1", "1.2", "2" …).
    const t = m ? undefined : findHeader(sheet, STATUS_LONG_FIELDS, (h) => h.columns.code === undefined && h.columns.stt !== undefined && h.columns.name !== undefined && results(h), ['stt']);
    const stt = t ? sttCodeColumn(sheet, t, t.columns.name) : undefined;
    if (t && stt !== undefined) {
      t.columns.code = stt;
      if (codeRowsBelow(sheet, t) > 0) return { sheet: sheet.name, role: 'status-commune', headerRow: t.row, header: t, reason: found('status-commune', t.row) };
    }
  }
  return {
    sheet: sheet.name,
    role: null,
    reason: {
      vi: 'Không nhận ra: đã tìm dòng tiêu đề có "Tiêu chí/Mã" cùng "Cơ quan chủ trì" (phân công), "Xã" cùng "Đánh giá/Kết quả" (hiện trạng), các cột tên xã (hiện trạng dạng ma trận), "Tên xã" cùng các cột mã tiêu chí (hiện trạng mỗi xã một dòng), "Tên xã" cùng "Loại/Vùng" (danh sách xã), "Tên cơ quan" cùng "Tên viết tắt" (danh sách cơ quan) hoặc "Mã" cùng "Mức đạt" (bộ tiêu chí), trong 40 dòng đầu.',
      en: 'Not recognized: looked in the first 40 rows for a header with "Tiêu chí/Mã" and "Cơ quan chủ trì" (assignment), "Xã" and "Đánh giá/Kết quả" (status), commune columns (status matrix), "Tên xã" with criterion-code columns (one row per commune), "Tên xã" and "Loại/Vùng" (communes), "Tên cơ quan" and "Tên viết tắt" (departments) or "Mã" and "Mức đạt" (definitions).',
    },
  };
}

const ROLE_NAMES: Record<SheetRole, { vi: string; en: string }> = {
  assignment: { vi: 'bảng phân công', en: 'assignment sheet' },
  'status-matrix': { vi: 'hiện trạng (dạng ma trận)', en: 'status (matrix)' },
  'status-transposed': { vi: 'hiện trạng (mỗi xã một dòng)', en: 'status (one row per commune)' },
  'status-long': { vi: 'hiện trạng (dạng danh sách)', en: 'status (long table)' },
  'status-commune': { vi: 'hiện trạng của một xã (hoặc của huyện)', en: 'status of one commune (or of the district)' },
  communes: { vi: 'danh sách xã', en: 'list of communes' },
  departments: { vi: 'danh sách cơ quan', en: 'list of departments' },
  definitions: { vi: 'bộ tiêu chí', en: 'criteria definitions' },
};

function found(role: SheetRole, row: number) {
  return { vi: `Nhận là ${ROLE_NAMES[role].vi}, dòng tiêu đề ${row + 1}.`, en: `Recognized as ${ROLE_NAMES[role].en}, header row ${row + 1}.` };
}

export { ROLE_NAMES };
