// A workbook's definitions sheet (DOMAIN §4.4) applied on top of the catalog: names, units,
// directions and thresholds override the shipped ones; unknown codes and sets extend it.
// Bad rows become findings with their cell; nothing here throws.
import { parseCommuneGroup, type CommuneGroup } from './commune-group';
import type { IsoDate } from '../model/dates';
import { findingKey, type Finding, type Severity } from '../model/finding';
import type { SourceRef } from '../model/program';
import { cleanText, matchKey } from '../text/normalize';
import { checkCatalogIntegrity, criterionOf } from './catalog';
import { parseDefinitionCode, parseDirection, parseEffectiveDate, parseRegion, parseThreshold } from './definition-values';
import { nameKey } from './name-key';
import { CatalogSchema, REGIONS, type Catalog, type CriteriaSet, type Criterion, type Indicator, type Region, type SetLevel, type Threshold } from './schema';
import { recognizeSetName } from './set-names';
import { setPeriod } from './set-period';

export interface DefinitionRow {
  /** Set as written (name or id). */
  set: string;
  code: string;
  name?: string;
  unit?: string;
  /** As written: "≥", ">=", "≤", "Đạt", "Không", "tối thiểu", "tối đa". */
  direction?: string;
  /** As written: "70%", "4", "≥ 70%", or a number cell. */
  threshold?: string | number;
  /** Region name or code ("Đồng bằng sông Cửu Long", "ĐBSCL"). */
  region?: string;
  province?: string;
  /** Commune group as written ("Nhóm 1", "1", "xã nhóm 2"): the 2026 - 2030 set's levels. */
  group?: string;
  /** The group's own cell, where a group finding points. */
  groupSource?: SourceRef;
  from?: string;
  to?: string;
  /** As written in an "Áp dụng" column: "Có", "Không", "Bỏ"… */
  applies?: string;
  source: SourceRef;
  /** The threshold's own cell, where threshold findings point (the code cell when absent). */
  thresholdSource?: SourceRef;
}

export interface DefinitionsResult {
  catalog: Catalog;
  findings: Finding[];
  /** Sets the sheet's rows in force name, in first-row order: the office defines these itself. */
  sets: string[];
}

interface Ctx {
  catalog: Catalog;
  findings: Finding[];
  /** setId|code|region|province → first row that set a threshold for it. */
  thresholdRows: Map<string, SourceRef>;
  /** Sets this sheet created (open by nature: every code in them comes from the workbook). */
  created: Set<string>;
  /** Sets some row in force names. */
  named: Set<string>;
  /** Shipped sets the sheet brings in for another period: their new codes are that period's, not additions to the national set. */
  otherPeriod: Map<string, string>;
}

function where(row: DefinitionRow): string {
  return `"${row.source.sheet}"!${row.source.cell}`;
}

function report(ctx: Ctx, row: DefinitionRow, code: string, severity: Severity, vi: string, en: string, extra: Partial<Finding> = {}): void {
  ctx.findings.push({
    code,
    severity,
    sheet: row.source.sheet,
    cell: row.source.cell,
    message: { vi, en },
    ...extra,
    key: findingKey([code, extra.setId, extra.indicator ?? row.code, extra.found]),
  });
}

const blank = (s: string | number | undefined): boolean => s === undefined || (typeof s === 'string' && cleanText(s) === '');

function compareCode(a: string, b: string): number {
  const [a1, a2 = 0] = a.split('.').map(Number);
  const [b1, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

// ---------------------------------------------------------------- sets

function guessLevel(text: string, id: string): SetLevel {
  const t = nameKey(text);
  if (id.startsWith('huyen') || /\bhuyện\b/u.test(t)) return 'district';
  if (/\b(?:thị trấn|đô thị|phường)\b/u.test(t)) return 'town';
  return 'commune';
}

/** "Bộ tiêu chí xã an toàn thực phẩm" → "Xã an toàn thực phẩm": reports write "Bộ tiêu chí" before it. */
function shortSetName(text: string): string {
  const bare = text.replace(/^bộ tiêu chí\s+/iu, '') || text;
  const short = bare.length > 30 ? `${bare.slice(0, 29)}…` : bare;
  return short.charAt(0).toLocaleUpperCase('vi') + short.slice(1);
}

/**
 * "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030" on a row in force: the office has
 * brought the next period's criteria in over the shipped set (DOMAIN §4.4, "a later period"), so
 * the reports name the set as the sheet does, not "… giai đoạn 2021 - 2025". Said once.
 */
function renamedForPeriod(ctx: Ctx, set: CriteriaSet, text: string, row: DefinitionRow): CriteriaSet {
  const written = setPeriod(text);
  const shipped = setPeriod(set.name);
  if (!written || !shipped || written.label === shipped.label) return set;
  report(ctx, row, 'definitions.set-period', 'info',
    `Bộ tiêu chí "${set.shortName}" được ghi theo giai đoạn ${written.label} trên trang định nghĩa (bộ có sẵn là giai đoạn ${shipped.label}): các biểu ghi tên "${text}".`,
    `Set "${set.shortName}" is written for the ${written.label} period on the definitions sheet (the shipped one is ${shipped.label}): the reports name it "${text}".`,
    { setId: set.id, found: written.label, expected: shipped.label });
  set.name = text;
  ctx.otherPeriod.set(set.id, written.label);
  return set;
}

function findOrCreateSet(ctx: Ctx, row: DefinitionRow): CriteriaSet | undefined {
  const text = cleanText(row.set);
  if (!text) return undefined;
  const byId = ctx.catalog.find((s) => s.id === text.toLowerCase());
  if (byId) return byId;
  const recognized = recognizeSetName(text);
  const known = recognized && ctx.catalog.find((s) => s.id === recognized.id);
  if (known) return renamedForPeriod(ctx, known, text, row);
  const key = matchKey(text);
  const byName = ctx.catalog.find((s) => matchKey(s.name) === key || matchKey(s.shortName) === key);
  if (byName) return byName;

  const id = recognized?.id ?? `wb:${nameKey(text).replace(/ /g, '-')}`;
  const set: CriteriaSet = {
    id, name: text, shortName: shortSetName(text), level: guessLevel(text, id),
    source: `Trang định nghĩa ${where(row)}`, open: true, groups: [], criteria: [], conditions: [],
  };
  ctx.catalog.push(set);
  ctx.created.add(id);
  report(ctx, row, 'definitions.new-set', 'info',
    `Bộ tiêu chí "${text}" chưa có trong danh mục: đã thêm theo trang định nghĩa.`,
    `Criteria set "${text}" is not in the catalog: added from the definitions sheet.`, { setId: id, found: text });
  return set;
}

// ---------------------------------------------------------------- criteria and indicators

function addCriterion(set: CriteriaSet, code: string, name: string | undefined): Criterion {
  const c: Criterion = { code, name: name ?? `Tiêu chí ${code}`, shortName: name ?? `TC ${code}`, open: true, indicators: [], provenance: 'workbook' };
  set.criteria.push(c);
  set.criteria.sort((a, b) => compareCode(a.code, b.code));
  return c;
}

function addIndicator(criterion: Criterion, code: string, name: string): Indicator {
  const ind: Indicator = { code, name, thresholds: [], provenance: 'workbook', aliases: [] };
  criterion.indicators.push(ind);
  criterion.indicators.sort((a, b) => compareCode(a.code, b.code));
  return ind;
}

function isExtensible(ctx: Ctx, set: CriteriaSet): boolean {
  return set.open || ctx.created.has(set.id);
}

/** The criterion of a row, created when the set allows it. */
function criterionFor(ctx: Ctx, set: CriteriaSet, row: DefinitionRow, code: string): Criterion | undefined {
  const critCode = criterionOf(code);
  const found = set.criteria.find((c) => c.code === critCode);
  if (found) return found;
  const isCriterionRow = critCode === code;
  if (!isCriterionRow && !isExtensible(ctx, set)) {
    report(ctx, row, 'definitions.unknown-criterion', 'error',
      `Mã ${code}: bộ tiêu chí "${set.shortName}" không có tiêu chí ${critCode}. Thêm một dòng cho tiêu chí ${critCode} trước, hoặc sửa mã.`,
      `Code ${code}: set "${set.shortName}" has no criterion ${critCode}. Add a row for criterion ${critCode} first, or fix the code.`,
      { setId: set.id, indicator: code, found: code });
    return undefined;
  }
  const period = ctx.otherPeriod.get(set.id);
  if (period) {
    // The next period's set brings its own criteria: said, not warned about.
    report(ctx, row, 'definitions.new-criterion', 'info',
      `Thêm tiêu chí ${critCode} của bộ tiêu chí giai đoạn ${period} ("${set.shortName}") theo trang định nghĩa.`,
      `Adding criterion ${critCode} of the ${period} set ("${set.shortName}") from the definitions sheet.`,
      { setId: set.id, indicator: critCode, found: code });
  } else if (!isExtensible(ctx, set)) {
    report(ctx, row, 'definitions.new-criterion', 'warning',
      `Thêm tiêu chí ${critCode} vào bộ "${set.shortName}" (bộ tiêu chí quốc gia có ${set.criteria.length} tiêu chí).`,
      `Adding criterion ${critCode} to "${set.shortName}" (the national set has ${set.criteria.length} criteria).`,
      { setId: set.id, indicator: critCode, found: code });
  }
  // A criterion the workbook adds counts in the set's totals ("20/20", not "20/19").
  if (set.expectedCriteria !== undefined && set.criteria.length >= set.expectedCriteria) set.expectedCriteria++;
  return addCriterion(set, critCode, isCriterionRow && !blank(row.name) ? cleanText(row.name!) : undefined);
}

/** Where a row's values go: the indicator itself, or a criterion's only indicator. */
function targetIndicator(ctx: Ctx, set: CriteriaSet, criterion: Criterion, row: DefinitionRow, code: string, hasValues: boolean): Indicator | undefined {
  if (code === criterion.code) {
    const own = criterion.indicators.find((i) => i.code === code);
    if (own) return own;
    if (!hasValues) return undefined;
    if (criterion.indicators.length === 0) return addIndicator(criterion, code, criterion.name);
    report(ctx, row, 'definitions.threshold-on-criterion', 'error',
      `Tiêu chí ${code} gồm ${criterion.indicators.length} chỉ tiêu: ghi đơn vị, chiều so sánh và mức đạt cho từng chỉ tiêu, không cho cả tiêu chí.`,
      `Criterion ${code} has ${criterion.indicators.length} indicators: give unit, direction and threshold per indicator, not for the criterion.`,
      { setId: set.id, indicator: code, found: code });
    return undefined;
  }
  const existing = criterion.indicators.find((i) => i.code === code || i.aliases.includes(code));
  if (existing) return existing;
  const period = ctx.otherPeriod.get(set.id);
  if (period && !criterion.open && !isExtensible(ctx, set)) {
    report(ctx, row, 'definitions.new-indicator', 'info',
      `Thêm chỉ tiêu ${code} của bộ tiêu chí giai đoạn ${period} vào tiêu chí ${criterion.code} "${criterion.name}" theo trang định nghĩa.`,
      `Adding indicator ${code} of the ${period} set to criterion ${criterion.code} "${criterion.name}" from the definitions sheet.`,
      { setId: set.id, indicator: code, found: code });
  } else if (!criterion.open && !isExtensible(ctx, set)) {
    report(ctx, row, 'definitions.new-indicator', 'warning',
      `Thêm chỉ tiêu ${code} vào tiêu chí ${criterion.code} "${criterion.name}" của bộ "${set.shortName}" (không có trong bộ tiêu chí quốc gia).`,
      `Adding indicator ${code} to criterion ${criterion.code} "${criterion.name}" of "${set.shortName}" (not in the national set).`,
      { setId: set.id, indicator: code, found: code });
  }
  return addIndicator(criterion, code, blank(row.name) ? `Chỉ tiêu ${code}` : cleanText(row.name!));
}

// ---------------------------------------------------------------- values

function applyValues(ctx: Ctx, set: CriteriaSet, ind: Indicator, row: DefinitionRow, ownIndicator = false): void {
  const extra = { setId: set.id, indicator: ind.code };
  // Changed only by a value that differs: a row that repeats the catalog (the template sheet,
  // definitions-template.ts) leaves the indicator as shipped, provenance included.
  let changed = false;
  if (!blank(row.name) && (ind.code.includes('.') || ownIndicator) && cleanText(row.name!) !== ind.name) {
    ind.name = cleanText(row.name!);
    changed = true;
  }
  if (!blank(row.unit) && cleanText(row.unit!) !== ind.unit) {
    ind.unit = cleanText(row.unit!);
    changed = true;
  }
  let columnDirection: Indicator['direction'];
  if (!blank(row.direction)) {
    columnDirection = parseDirection(row.direction!);
    if (columnDirection) {
      changed = changed || columnDirection !== ind.direction;
      ind.direction = columnDirection;
    } else {
      report(ctx, row, 'definitions.bad-direction', 'error',
        `Mã ${ind.code}: không hiểu chiều so sánh "${row.direction}" (dùng ≥, ≤, Đạt hoặc Không).`,
        `Code ${ind.code}: unknown direction "${row.direction}" (use ≥, ≤, Đạt or Không).`, { ...extra, found: row.direction });
    }
  }
  if (!blank(row.threshold)) changed = applyThreshold(ctx, set, ind, row, columnDirection) || changed;
  if (changed) ind.provenance = 'workbook';
}

function applyThreshold(ctx: Ctx, set: CriteriaSet, ind: Indicator, codeRow: DefinitionRow, columnDirection: Indicator['direction']): boolean {
  // Said at the threshold cell ("khoảng 70" in G10), not at the code.
  const row = codeRow.thresholdSource ? { ...codeRow, source: codeRow.thresholdSource } : codeRow;
  const extra = { setId: set.id, indicator: ind.code, found: String(row.threshold) };
  const parsed = parseThreshold(row.threshold!);
  if (!parsed) {
    report(ctx, row, 'definitions.bad-threshold', 'error',
      `Mã ${ind.code}: không đọc được mức đạt "${row.threshold}" (ví dụ đúng: 70%, ≥ 70%, 4).`,
      `Code ${ind.code}: unreadable threshold "${row.threshold}" (e.g. 70%, ≥ 70%, 4).`, extra);
    return false;
  }
  let region: Region | undefined;
  if (!blank(row.region)) {
    region = parseRegion(row.region!);
    if (!region) {
      report(ctx, row, 'definitions.unknown-region', 'error',
        `Mã ${ind.code}: không nhận ra vùng "${row.region}" (ví dụ: Đồng bằng sông Cửu Long, ĐBSCL, Trung du miền núi phía Bắc).`,
        `Code ${ind.code}: unknown region "${row.region}" (e.g. Đồng bằng sông Cửu Long, ĐBSCL).`, { ...extra, found: row.region });
      return false;
    }
  }
  let group: CommuneGroup | undefined;
  if (!blank(row.group)) {
    group = parseCommuneGroup(row.group);
    if (!group) {
      report(ctx, row, 'definitions.unknown-group', 'error',
        `Mã ${ind.code}: không nhận ra nhóm xã "${row.group}" (ghi 1, 2 hoặc 3, hoặc "Nhóm 1").`,
        `Code ${ind.code}: unknown commune group "${row.group}" (write 1, 2 or 3, or "Nhóm 1").`, { ...extra, found: row.group, ...(row.groupSource ? { cell: row.groupSource.cell } : {}) });
      return false;
    }
  }
  if (parsed.direction && columnDirection && parsed.direction !== columnDirection) {
    report(ctx, row, 'definitions.direction-conflict', 'warning',
      `Mã ${ind.code}: mức đạt "${row.threshold}" ngược chiều với cột chiều so sánh "${row.direction}"; dùng cột chiều so sánh.`,
      `Code ${ind.code}: threshold "${row.threshold}" contradicts the direction column "${row.direction}"; the column is used.`, extra);
  } else if (parsed.direction && !columnDirection) {
    ind.direction = parsed.direction;
  }
  if (ind.direction === 'pass') {
    report(ctx, row, 'definitions.threshold-ignored', 'warning',
      `Mã ${ind.code} đánh giá Đạt/Không đạt: bỏ qua mức đạt "${row.threshold}".`,
      `Code ${ind.code} is judged pass/fail: threshold "${row.threshold}" ignored.`, extra);
    return false;
  }
  if (!ind.direction) {
    ind.direction = 'gte';
    report(ctx, row, 'definitions.no-direction', 'warning',
      `Mã ${ind.code}: không ghi chiều so sánh; hiểu là "tối thiểu" (≥ ${row.threshold}).`,
      `Code ${ind.code}: no direction given; read as "at least" (≥ ${row.threshold}).`, extra);
  }
  let value = parsed.value;
  if (parsed.percent) ind.unit ??= '%';
  if (typeof row.threshold === 'number' && value > 0 && value < 1 && ind.unit === '%') {
    value = Math.round(value * 100 * 1e6) / 1e6;
    report(ctx, row, 'definitions.percent-scaled', 'info',
      `Mã ${ind.code}: ô mức đạt chứa ${row.threshold}, hiểu là ${value}%.`,
      `Code ${ind.code}: threshold cell holds ${row.threshold}, read as ${value}%.`, extra);
  }
  const province = blank(row.province) ? undefined : cleanText(row.province!);
  const scopeKey = [set.id, ind.code, region ?? '', province ? provinceKey(province) : '', group ?? ''].join('|');
  const earlier = ctx.thresholdRows.get(scopeKey);
  if (earlier) {
    report(ctx, row, 'definitions.duplicate', 'warning',
      `Mã ${ind.code}: mức đạt cho cùng phạm vi đã ghi ở ô ${earlier.cell}; dùng dòng sau.`,
      `Code ${ind.code}: a threshold for the same scope is already given at ${earlier.cell}; the later row is used.`, extra);
  }
  ctx.thresholdRows.set(scopeKey, row.source);
  ind.thresholds = ind.thresholds.filter((t) => !(t.region === region && t.group === group && (t.province ? provinceKey(t.province) : undefined) === (province ? provinceKey(province) : undefined)));
  const threshold: Threshold = { value, source: `Trang định nghĩa ${where(row)}: ${row.threshold}`, basis: `trang ${where(row)}`, basisEn: `sheet ${where(row)}`, workbook: true };
  if (region) threshold.region = region;
  if (province) threshold.province = province;
  if (group) threshold.group = group;
  ind.thresholds.push(threshold);
  return true;
}

// ---------------------------------------------------------------- withdrawn codes

/** "Không", "Không áp dụng", "Bỏ", "Bãi bỏ" → false; blank, "Có", "x", "Áp dụng" → true; else undefined. */
export function parseApplies(raw: string | undefined): boolean | undefined {
  const t = nameKey(raw ?? '');
  if (!t || /^(?:có|co|x|áp dụng|ap dung|còn áp dụng|có áp dụng)$/u.test(t)) return true;
  if (/^(?:không|khong|không áp dụng|khong ap dung|bỏ|bo|bãi bỏ|bai bo|đã bỏ|loại bỏ|ko|k)$/u.test(t)) return false;
  return undefined;
}

/**
 * "Áp dụng: Không": the code leaves the set for this workbook (a later period's set without it);
 * a criterion goes with its indicators, a criterion whose last indicator goes goes too. Said once.
 */
function withdraw(ctx: Ctx, set: CriteriaSet, code: string, row: DefinitionRow): void {
  const critCode = criterionOf(code);
  const criterion = set.criteria.find((c) => c.code === critCode);
  const indicator = criterion?.indicators.find((i) => i.code === code || i.aliases.includes(code));
  const known = code === critCode ? criterion : indicator;
  if (!known) {
    report(ctx, row, 'definitions.withdrawn-unknown', 'warning',
      `Mã ${code} ghi "Không" áp dụng nhưng không có trong bộ "${set.shortName}": không có gì để bỏ.`,
      `Code ${code} is marked not applied but is not in "${set.shortName}": nothing to take out.`, { setId: set.id, indicator: code, found: code });
    return;
  }
  const taken: string[] = [];
  if (code === critCode || (criterion && criterion.indicators.length === 1)) {
    set.criteria = set.criteria.filter((c) => c !== criterion);
    // The set's totals are the workbook's now: "18/18", not "18/19".
    if (set.expectedCriteria !== undefined) set.expectedCriteria--;
    if (set.expectedIndicators !== undefined) set.expectedIndicators -= criterion!.indicators.length;
    for (const g of set.groups) g.criteria = g.criteria.filter((c) => c !== critCode);
    taken.push(critCode, ...criterion!.indicators.flatMap((i) => [i.code, ...i.aliases]));
  } else {
    criterion!.indicators = criterion!.indicators.filter((i) => i !== indicator);
    if (set.expectedIndicators !== undefined) set.expectedIndicators--;
    taken.push(indicator!.code, ...indicator!.aliases);
  }
  const source = `${where(row)}`;
  set.withdrawn = [...(set.withdrawn ?? []), ...taken.filter((c) => !set.withdrawn?.some((w) => w.code === c)).map((c) => ({ code: c, source }))];
  const what = code === critCode ? `tiêu chí ${code}` : `chỉ tiêu ${code}`;
  report(ctx, row, 'definitions.withdrawn', 'info',
    `Bỏ ${what} khỏi bộ "${set.shortName}" theo trang định nghĩa (Áp dụng: Không): không xét ${what} này.`,
    `${code === critCode ? 'Criterion' : 'Indicator'} ${code} taken out of "${set.shortName}" by the definitions sheet (Áp dụng: Không): not judged.`,
    { setId: set.id, indicator: code, found: code });
}

// ---------------------------------------------------------------- rows

function effective(ctx: Ctx, row: DefinitionRow, asOf: IsoDate): boolean {
  for (const [raw, end] of [[row.from, false], [row.to, true]] as const) {
    if (blank(raw)) continue;
    const date = parseEffectiveDate(raw!, end);
    if (!date) {
      report(ctx, row, 'definitions.bad-date', 'warning',
        `Không đọc được ngày hiệu lực "${raw}"; dòng được áp dụng như không có ngày này.`,
        `Unreadable effective date "${raw}"; the row applies as if it were absent.`, { found: raw });
      continue;
    }
    if (end ? date < asOf : date > asOf) return false;
  }
  return true;
}

/** Rows come from cells: anything that is not text or a number counts as empty. */
function sanitize(row: DefinitionRow): DefinitionRow {
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
  const source = row?.source && typeof row.source.sheet === 'string' ? row.source : { sheet: '', cell: '' };
  return {
    set: text(row?.set) ?? '', code: text(row?.code) ?? '', name: text(row?.name), unit: text(row?.unit),
    direction: text(row?.direction), region: text(row?.region), province: text(row?.province), group: text(row?.group),
    groupSource: row?.groupSource && typeof row.groupSource.sheet === 'string' ? row.groupSource : undefined,
    from: text(row?.from), to: text(row?.to), applies: text(row?.applies), source,
    thresholdSource: row?.thresholdSource && typeof row.thresholdSource.sheet === 'string' ? row.thresholdSource : undefined,
    threshold: typeof row?.threshold === 'number' ? row.threshold : text(row?.threshold),
  };
}

function applyRow(ctx: Ctx, row: DefinitionRow): void {
  const rawCode = cleanText(row.code);
  if (!rawCode) {
    report(ctx, row, 'definitions.no-code', 'error',
      'Dòng định nghĩa không có mã tiêu chí/chỉ tiêu.', 'Definition row without a criterion/indicator code.');
    return;
  }
  const code = parseDefinitionCode(rawCode);
  if (!code) {
    report(ctx, row, 'definitions.bad-code', 'error',
      `Không đọc được mã "${rawCode}" (ví dụ đúng: 17, 17.10).`, `Unreadable code "${rawCode}" (e.g. 17, 17.10).`, { found: rawCode });
    return;
  }
  const set = findOrCreateSet(ctx, row);
  if (!set) {
    // Once per code: a row with one norm per region column would say it for every region.
    if (ctx.findings.some((f) => f.code === 'definitions.unknown-set' && f.indicator === code && f.sheet === row.source.sheet)) return;
    report(ctx, row, 'definitions.unknown-set', 'error',
      `Mã ${code}: không rõ thuộc bộ tiêu chí nào (ghi tên bộ tiêu chí ở cột Bộ tiêu chí hoặc ở dòng tiêu đề mục).`,
      `Code ${code}: no criteria set given (name it in the set column or in a section row).`, { indicator: code, found: rawCode });
    return;
  }
  ctx.named.add(set.id);
  // A row of a criterion taken out above says nothing more ("17.12" under a withdrawn 17).
  if (set.withdrawn?.some((w) => w.code === criterionOf(code))) return;
  const applies = parseApplies(row.applies);
  if (applies === undefined) {
    report(ctx, row, 'definitions.bad-applies', 'warning',
      `Mã ${code}: không hiểu "${row.applies}" ở cột Áp dụng (ghi Có hoặc Không); dòng được áp dụng.`,
      `Code ${code}: "${row.applies}" in the Áp dụng column is not Có or Không; the row applies.`, { setId: set.id, indicator: code, found: row.applies });
  } else if (!applies) {
    withdraw(ctx, set, code, row);
    return;
  }
  const criterion = criterionFor(ctx, set, row, code);
  if (!criterion) return;
  const hasValues = !blank(row.unit) || !blank(row.direction) || !blank(row.threshold);
  // Criterion 11 is its one indicator 11: a row with a norm ("11 | Tỷ lệ hộ nghèo đa chiều | ≤ 4%")
  // names the indicator, and the criterion keeps its name ("Nghèo đa chiều", seed 002 probe),
  // unless the code cell says it is the criterion ("Tiêu chí 11").
  const ownIndicator = hasValues && criterion.indicators.length === 1 && criterion.indicators[0].code === criterion.code && !/^\s*(?:tiêu chí|tc)(?![\p{L}])/iu.test(row.code);
  if (code === criterion.code && !blank(row.name) && criterion.provenance !== 'workbook' && !ownIndicator && cleanText(row.name!) !== criterion.name) {
    criterion.name = cleanText(row.name!);
    criterion.provenance = 'workbook';
  }
  const ind = targetIndicator(ctx, set, criterion, row, code, hasValues);
  if (ind) applyValues(ctx, set, ind, row, ownIndicator);
}

/**
 * The catalog with the sheet's rows applied. Rows outside their from/to period at `asOf` are
 * ignored; criterion rows go first so a criterion defined further down still names itself.
 * If the result were structurally invalid the base catalog is returned with an error finding.
 */
export function applyDefinitions(base: Catalog, rows: readonly DefinitionRow[], asOf: IsoDate): DefinitionsResult {
  const ctx: Ctx = { catalog: structuredClone(base), findings: [], thresholdRows: new Map(), created: new Set(), named: new Set(), otherPeriod: new Map() };
  const ordered = rows
    .map(sanitize)
    .map((row, i) => ({ row, i, indicatorRow: cleanText(row.code).includes('.') }))
    .sort((a, b) => Number(a.indicatorRow) - Number(b.indicatorRow) || a.i - b.i);
  for (const { row } of ordered) {
    if (effective(ctx, row, asOf)) applyRow(ctx, row);
  }
  const parsed = CatalogSchema.safeParse(ctx.catalog);
  const problems = parsed.success ? checkCatalogIntegrity(parsed.data, false) : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (!parsed.success || problems.length) {
    const first = rows[0]?.source;
    ctx.findings.push({
      code: 'definitions.invalid', severity: 'error', sheet: first?.sheet, cell: first?.cell,
      message: {
        vi: `Trang định nghĩa tạo ra bộ tiêu chí không hợp lệ nên không được áp dụng: ${problems.join('; ')}`,
        en: `The definitions sheet produced an invalid catalog and was not applied: ${problems.join('; ')}`,
      },
      key: findingKey(['definitions.invalid', first?.sheet]),
    });
    return { catalog: base, findings: ctx.findings, sets: [...ctx.named] };
  }
  return { catalog: parsed.data, findings: ctx.findings, sets: [...ctx.named] };
}

// ---------------------------------------------------------------- thresholds

export function provinceKey(p: string): string {
  return matchKey(p).replace(/^tỉnh\s+/u, '');
}

function regionOf(r: string | undefined): Region | undefined {
  if (!r) return undefined;
  return (REGIONS as readonly string[]).includes(r) ? (r as Region) : parseRegion(r);
}

/** Where a threshold is looked up for: the commune's region, the workbook's province, the commune's group. */
export interface ThresholdScope {
  region?: string;
  province?: string;
  /** The commune's group (2026 - 2030 set), from the communes sheet. */
  group?: string;
}

/** The threshold that applies: the province's, else the region's, else the national one; a level
 * for the commune's group before one for every group. */
export function thresholdFor(indicator: Indicator, scope: ThresholdScope = {}): Threshold | undefined {
  // The workbook's own rows override the shipped catalog (DOMAIN §4.4), whatever their scope: a
  // general "≥ 75%" on the definitions sheet beats the shipped An Giang "≥ 70%" (seed 002 probe).
  const own = indicator.thresholds.filter((t) => t.workbook);
  return (own.length ? pickGroup(own, scope) : undefined) ?? pickGroup(indicator.thresholds, scope);
}

/** A level for another group never applies: a commune of group 2 is not judged by group 1's. */
function pickGroup(ts: Threshold[], scope: ThresholdScope): Threshold | undefined {
  const group = parseCommuneGroup(scope.group);
  const own = group ? ts.filter((t) => t.group === group) : [];
  return (own.length ? pick(own, scope) : undefined) ?? pick(ts.filter((t) => !t.group), scope);
}

function pick(ts: Threshold[], scope: ThresholdScope): Threshold | undefined {
  const region = regionOf(scope.region);
  if (scope.province) {
    const p = provinceKey(scope.province);
    const own = ts.filter((t) => t.province && provinceKey(t.province) === p);
    const hit = own.find((t) => region && t.region === region) ?? own.find((t) => !t.region) ?? own[0];
    if (hit) return hit;
  }
  if (region) {
    const hit = ts.find((t) => !t.province && t.region === region);
    if (hit) return hit;
  }
  return ts.find((t) => !t.province && !t.region);
}
