// Reads every recognized sheet of a workbook into the program's records.
import { catalogSetResolver } from '../criteria/catalog-set-names';
import type { OwnedPredicate } from '../plan/owned-sheets';
import { isToolWrittenSheet } from '../plan/tool-mark';
import type { WorkbookData, SheetData } from '../model/grid';
import type { Assignment, CommuneKind, StatusEntry } from '../model/program';
import type { SheetRole } from '../check-types';
import type { DefinitionRow } from '../criteria/definitions';
import { CommuneRegistry } from './commune-registry';
import { ROLE_NAMES, recognizeSheet, type SheetRecognition } from './recognize';
import { DEFAULT_SET, readAssignments } from './read-assignments';
import { laterPeriodResolver, laterPeriodSet } from './workbook-period';
import { readStatusMatrix } from './read-status-matrix';
import { readStatusLong } from './read-status-long';
import { readStatusTransposed } from './read-status-transposed';
import { readCommunes } from './read-communes';
import { readDepartments } from './read-departments';
import { readAssignmentMatrix } from './read-assignment-matrix';
import { hasCommuneSections, SET_WORDS } from './commune-sections';
import { DEFAULT_DEPARTMENTS } from '../criteria/departments';
import { readDefinitions } from './read-definitions';
import type { ReadContext } from './read-context';
import { FindingSink } from '../rules/finding-sink';
import type { CatalogIndex } from '../criteria/catalog';
import { cellText } from './cell-text';
import { parseAdminName } from '../text/admin-names';
import { setFromTitle } from './set-context';
import { DISTRICT_KEY, districtCommune } from './district';
import { communeDisplay } from './commune-registry';
import { sheetPeriod, type SheetPeriod } from './sheet-period';
import { latestPeriodStatuses, type PeriodsRead } from './period-sheets';
import { HiddenCells } from './hidden-cells';
import { PlaceWords, type DistrictKind } from '../criteria/district-kind';

export interface ProgramData {
  recognized: SheetRecognition[];
  registry: CommuneRegistry;
  assignments: Assignment[];
  statuses: StatusEntry[];
  /** Status sheets kept per year or quarter: which were read, which set aside. */
  periods?: PeriodsRead;
  /** Rows and columns the office hid, when any sheet has some. */
  hidden?: HiddenCells;
  /** The office's kind of unit: its letterhead's, else the one its department cells agree on
   * ("NHCSXH thị xã", seed 002); none for a province's plan. */
  districtKind?: DistrictKind;
}

export interface ReadOptions {
  asOf?: string;
  /** The district's name from its letterhead or the user ("Trà Cú"). */
  place?: string;
  /** A commune's own plan (its letterhead is "UBND XÃ …"). */
  communePlan?: boolean;
  /** The district's kind its letterhead names. */
  districtKind?: DistrictKind;
  /** A province office's plan: its department cells' place words name no kind of its own. */
  provincePlan?: boolean;
  /** A plan of 2026 - 2030 (workbook-period.ts): rows naming only "xã NTM" are that period's set. */
  laterPeriod?: boolean;
}

/** Step 1: recognition and the definitions rows (they change the catalog the rest is read with). */
export function recognizeWorkbook(wb: WorkbookData, overrides: Record<string, SheetRole | null> = {}, owned?: OwnedPredicate): { recognized: SheetRecognition[]; definitions: DefinitionRow[] } {
  const recognized = keptSummaryCopies(wb.sheets, wb.sheets.map((s) => skipHidden(s, recognizeSheet(s, overrides[s.name], owned), overrides[s.name] !== undefined)), overrides);
  const definitions: DefinitionRow[] = [];
  wb.sheets.forEach((s, i) => {
    const r = recognized[i];
    if (r.role === 'definitions' && r.header) append(definitions, readDefinitions(s, r.header));
  });
  return { recognized, definitions };
}

const STATUS_ROLES = new Set<SheetRole>(['status-matrix', 'status-transposed', 'status-long', 'status-commune']);

/** Opening words of the reason a kept copy of a summary sheet is not read (check.ts leaves it out when guessing the signature). */
export const TOOL_COPY = 'Bản lưu một biểu do công cụ lập';
/** Opening words of the reason the add-in's listed summary sheets are skipped (recognize.ts). */
const OWNED_SKIPPED = 'Trang do công cụ';

/**
 * A summary sheet the tool wrote, renamed or copied to keep it ("Biểu Q2-2024 (lưu)", probe 9-b),
 * or kept because the office typed on it ("TH_Theo xã (đã sửa)"): its figures are the tool's
 * earlier output. Beside the office's own status sheets it is skipped, since read again it would
 * override the live data; alone (a district's summary copied into a province workbook), it is the
 * only data there is, and is read as status. Taken for anything else (the departments sheet looks
 * like an assignment table, the town-set matrix like a definitions table) or for nothing, it is
 * never read, and its reason says what it is.
 */
function keptSummaryCopies(sheets: SheetData[], recognized: SheetRecognition[], overrides: Record<string, SheetRole | null>): SheetRecognition[] {
  // Not the add-in's listed sheets, nor hidden ones: those are skipped already, with their own reason.
  const unread = (r: SheetRecognition) => r.role === null && (r.reason.vi.startsWith(HIDDEN_SKIPPED) || r.reason.vi.startsWith(OWNED_SKIPPED));
  const copy = sheets.map((s, i) => !unread(recognized[i]) && overrides[s.name] === undefined && isToolWrittenSheet(s));
  const isStatus = (r: SheetRecognition) => r.role !== null && STATUS_ROLES.has(r.role);
  const live = recognized.some((r, i) => isStatus(r) && !copy[i]);
  return recognized.map((r, i) => {
    if (!copy[i] || (isStatus(r) && !live)) return r;
    const reason = isStatus(r)
      ? { vi: `${TOOL_COPY} (trang đã đổi tên hoặc sao chép): không đọc như số liệu, vì trang hiện trạng của đơn vị đã có.`, en: 'A kept copy of a summary sheet this tool wrote (renamed or copied): not read as data, since the office\'s own status sheet is there.' }
      : { vi: `${TOOL_COPY} (trang đã đổi tên, sao chép hoặc giữ lại vì đã sửa tay): không đọc như số liệu.`, en: 'A kept copy of a summary sheet this tool wrote (renamed, copied, or kept because it was edited): not read as data.' };
    return { sheet: r.sheet, role: null, reason };
  });
}

/** Opening words of the reason a hidden sheet was skipped (check.ts reports those sheets). */
export const HIDDEN_SKIPPED = 'Trang ẩn';

/**
 * A hidden sheet is often an old copy or a helper table: read, it would count its statuses a
 * second time. It is skipped unless the user picked its role; the reason says what it looks like.
 */
function skipHidden(s: SheetData, r: SheetRecognition, chosen: boolean): SheetRecognition {
  if (!s.hidden || chosen || r.role === null) return r;
  const what = ROLE_NAMES[r.role];
  return {
    sheet: r.sheet,
    role: null,
    reason: {
      vi: `${HIDDEN_SKIPPED} (trông như ${what.vi}): không kiểm tra. Bỏ ẩn trang, hoặc chọn loại trang, để kiểm tra.`,
      en: `Hidden sheet (looks like a ${what.en}): not checked. Unhide it, or choose its role, to check it.`,
    },
  };
}

/** Step 2: communes first (they make the list authoritative), then assignments and statuses. */
export function readProgram(wb: WorkbookData, recognized: SheetRecognition[], catalog: CatalogIndex, sink: FindingSink, opts: ReadOptions = {}): ProgramData {
  const { asOf, place, communePlan = false, districtKind, provincePlan = false, laterPeriod = false } = opts;
  const hidden = HiddenCells.of(wb);
  const registry = new CommuneRegistry(sink, hidden);
  const byRole = (role: SheetRole) => wb.sheets.map((s, i) => [s, recognized[i]] as [SheetData, SheetRecognition]).filter(([, r]) => r.role === role && r.header);
  // The workbook's own departments complete the shipped registry before any cell is resolved.
  const extra = byRole('departments').flatMap(([s, r]) => readDepartments(s, r.header!));
  const known = (extra.length ? DEFAULT_DEPARTMENTS.withExtra(extra) : DEFAULT_DEPARTMENTS).withPlace(place);
  // A commune's own plan names its own bodies: its "Hội Nông dân" is the commune's (seed 002).
  const departments = communePlan ? known.forCommunePlan() : known;
  const placeWords = new PlaceWords();
  // Suggestions are written while the department cells are read: they need the cells' kind first.
  const suggestKind = districtKind ?? (provincePlan ? undefined : departmentCellsKind(byRole('assignment')));
  const setNamed = laterPeriod ? laterPeriodResolver(catalogSetResolver(catalog)) : catalogSetResolver(catalog);
  const ctx: ReadContext = { catalog, setNamed, defaultSet: laterPeriod ? laterPeriodSet(DEFAULT_SET) : DEFAULT_SET, communes: registry, departments, sink, asOfYear: asOf ? Number(asOf.slice(0, 4)) : undefined, communePlan, hidden, districtKind: suggestKind, placeWords, district: districtCommune(districtKind) };
  for (const [s, r] of byRole('communes')) readCommunes(s, r.header!, ctx);
  ctx.isCommune = statusCommunesAhead(byRole, ctx);
  const assignments: Assignment[] = [];
  for (const [s, r] of byRole('assignment')) append(assignments, r.assignmentMatrix ? readAssignmentMatrix(s, r.header!, ctx) : readAssignments(s, r.header!, ctx));
  // Every department cell is read (assignments only): the kind they agree on names the district's rows.
  const kind = districtKind ?? (provincePlan ? undefined : placeWords.kind());
  ctx.district = districtCommune(kind);
  // Each sheet's statuses, joined once at the end (a national matrix's 83 sheets hold 470,000).
  registry.recordOrder();
  const statuses = joined(readStatuses(byRole, ctx));
  const dated = new Map<string, SheetPeriod>();
  wb.sheets.forEach((s, i) => {
    const r = recognized[i];
    if (r.role === null || !STATUS_ROLES.has(r.role) || !r.header) return;
    const p = sheetPeriod(s, r.header.row);
    if (p) dated.set(s.name, p);
  });
  const name = (k: string) => {
    if (k === DISTRICT_KEY) return ctx.district.name;
    const c = registry.get(k);
    return c ? communeDisplay(c) : k;
  };
  const latest = latestPeriodStatuses(statuses, dated, asOf, sink, name);
  return { recognized, registry, assignments, statuses: latest.statuses, ...(latest.periods ? { periods: latest.periods } : {}), ...(hidden ? { hidden } : {}), ...(kind ? { districtKind: kind } : {}) };
}

type ByRole = (role: SheetRole) => [SheetData, SheetRecognition][];

/** Every status sheet's entries, one array per sheet. */
function readStatuses(byRole: ByRole, ctx: ReadContext): StatusEntry[][] {
  const read: StatusEntry[][] = [];
  // District criteria kept with their result beside the lead: the rows are the district's statuses.
  for (const [s, r] of byRole('assignment')) if (r.districtResults) read.push(readStatusLong(s, r.districtResults, ctx, ctx.district));
  for (const [s, r] of byRole('status-matrix')) read.push(readStatusMatrix(s, r.header!, r.communeCols ?? [], ctx));
  for (const [s, r] of byRole('status-transposed')) read.push(readStatusTransposed(s, r.header!, r.codeCols ?? [], ctx));
  for (const [s, r] of byRole('status-long')) read.push(readStatusLong(s, r.header!, ctx));
  for (const [s, r] of byRole('status-commune')) {
    const titleSet = setFromTitle(s, r.headerRow ?? 0, ctx.setNamed);
    // One section per commune ("I | XÃ TÂN SƠN"): the sections name the communes, not the sheet.
    if (hasCommuneSections(s, r.header!.lastRow)) {
      read.push(readStatusLong(s, r.header!, ctx));
      continue;
    }
    const commune = titleSet && ctx.catalog.getSet(titleSet)?.level === 'district' ? ctx.district : communeOfSheet(s, r, ctx);
    if (commune) read.push(readStatusLong(s, r.header!, ctx, commune));
  }
  return read;
}

/**
 * Whether a name is one of the workbook's communes while the assignments are read: the communes
 * sheet's when there is one; else the status sheets', read ahead once, on the first question, into
 * a registry and findings of their own that are then dropped (only a hamlet-like scope asks).
 */
function statusCommunesAhead(byRole: ByRole, ctx: ReadContext): (name: string, kind: CommuneKind) => boolean {
  let ahead: CommuneRegistry | undefined;
  return (name, kind) => {
    if (ctx.communes.authoritative) return !!ctx.communes.find(name, kind);
    if (!ahead) {
      const sink = new FindingSink();
      ahead = new CommuneRegistry(sink, ctx.hidden);
      readStatuses(byRole, { ...ctx, communes: ahead, sink });
    }
    return !!ahead.find(name, kind);
  };
}

/** The kind of unit the lead and coordinator cells of the assignment tables agree on ("NHCSXH thị xã"), read raw. */
function departmentCellsKind(sheets: [SheetData, SheetRecognition][]): DistrictKind | undefined {
  const words = new PlaceWords();
  for (const [s, r] of sheets) {
    const cols = [r.header!.columns.lead, r.header!.columns.coordinators].filter((c): c is number => c !== undefined);
    if (!cols.length || r.assignmentMatrix) continue;
    for (let row = r.header!.lastRow + 1; row < s.rows.length; row++) for (const c of cols) words.add(cellText(s.rows[row]?.[c] ?? null));
  }
  return words.kind();
}

/**
 * A per-commune sheet is named after its commune ("Tân Sơn", "Xã Tân Sơn", "TT Định An"), or names
 * it in a title row ("KẾT QUẢ CỦA XÃ TÂN SƠN"). A title's "xã nông thôn mới" is the set, not a commune:
 * taking it for one merged every per-commune sheet into a commune called "Nông thôn mới".
 */
function communeOfSheet(s: SheetData, r: SheetRecognition, ctx: ReadContext) {
  const fromName = parseAdminName(s.name, 'xa');
  const known = ctx.communes.all;
  const byName = known.find((c) => c.key === fromName.key) ?? known.find((c) => c.name.toLocaleLowerCase('vi') === fromName.name.toLocaleLowerCase('vi'));
  if (byName) return byName;
  // The sheet's name says xã / thị trấn / phường itself: that is the commune.
  if (fromName.prefixWritten) return ctx.communes.resolve(s.name, { sheet: s.name, cell: 'A1' });
  for (let row = 0; row < (r.headerRow ?? 0); row++) {
    for (const v of s.rows[row] ?? []) {
      const t = cellText(v);
      const named = communeInTitle(t);
      if (named) return ctx.communes.resolve(named, { sheet: s.name, cell: 'A1' });
    }
  }
  return ctx.communes.resolve(s.name, { sheet: s.name, cell: 'A1' });
}


/**
 * "KẾT QUẢ … XÃ LÊ LAI NĂM 2025" → "XÃ LÊ LAI": the unit a title names, without the year, period or
 * district after it; none for "… CÁC XÃ NĂM 2025" or "… xã nông thôn mới".
 */
export function communeInTitle(text: string): string | undefined {
  const m = /(?<!các\s|những\s)(?<![\p{L}])(xã|thị trấn|phường)\s+(.+)$/iu.exec(text);
  if (!m) return undefined;
  const name = m[2]
    .replace(/\s*[,(–—:;].*$/u, '')
    .replace(/\s+-\s+.*$/u, '')
    .replace(/\s+(?:năm|giai đoạn|đến|tính đến|tháng|quý|huyện|tỉnh|thành phố|thị xã)(?![\p{L}]).*$/iu, '')
    .trim();
  if (!name || /^\d/.test(name) || SET_WORDS.test(name) || /^(?:năm|giai đoạn)(?![\p{L}])/iu.test(name)) return undefined;
  return `${m[1]} ${name}`;
}

/** push(...xs) overflows the stack past ~100k items (a national long table has 470k rows): in
 * chunks, each one native push instead of a loop of them. */
const APPEND_CHUNK = 8192;

function append<T>(to: T[], xs: T[]): void {
  if (xs.length <= APPEND_CHUNK) to.push(...xs);
  else for (let i = 0; i < xs.length; i += APPEND_CHUNK) to.push(...xs.slice(i, i + APPEND_CHUNK));
}

/** The lists one after the other: a lone list as it is, several by native concat (a copy of each
 * element, once), a thousand lists per call at most. */
function joined<T>(lists: T[][]): T[] {
  if (lists.length === 1) return lists[0];
  let out: T[] = [];
  for (let i = 0; i < lists.length; i += 1000) out = out.concat(...lists.slice(i, i + 1000));
  return out;
}
