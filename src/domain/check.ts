// The checking engine: workbook data in, findings, summary tables and sheet plans out.
import type { WorkbookData } from './model/grid';
import type { Finding } from './model/finding';
import { SEVERITY_ORDER } from './model/finding';
import { parseA1 } from './model/address';
import type { CheckOptions, CheckResult, FindingGroupCount } from './check-types';
import { CatalogIndex, criterionOf, loadCatalog, shippedCatalogIndex } from './criteria/catalog';
import { applyDefinitions } from './criteria/definitions';
import { departmentNamer } from './read/department-name';
import { districtKindOfAgency, unitName } from './criteria/district-kind';
import type { HighlightMark } from './plan/highlight-plan';
import { dedupeMarks } from './plan/dedupe-marks';
import { FindingSink } from './rules/finding-sink';
import { HIDDEN_SKIPPED, TOOL_COPY, recognizeWorkbook, readProgram } from './read/read-workbook';
import { laterPeriodDefinitions, laterPeriodResolver, namesLaterPeriod } from './read/workbook-period';
import { refRow } from './read/hidden-cells';
import { communeDisplay } from './read/commune-registry';
import { DISTRICT_KEY } from './read/district';
import { checkCodeUse } from './rules/check-codes';
import { evaluate, evaluationKey } from './rules/evaluate';
import { reportConflicts } from './rules/status-conflicts';
import { communesOfStatuses, filterOrSame } from './rules/status-passes';
import type { Assignment, SourceRef, StatusEntry } from './model/program';
import { judgeValues, checkCriterionConsistency, checkMissingStatus } from './rules/check-status';
import { checkAssignments, indexAssignments } from './rules/check-assignments';
import { buildItems, deadlineFindings } from './rules/deadlines';
import { deadlineSlipFindings } from './rules/deadline-slips';
import { unmetFindings, statusDeadlineFindings } from './rules/program-findings';
import { checkLegacyText } from './rules/check-legacy-text';
import { legacyReadingView } from './read/legacy-view';
import { applyAsOf } from './rules/as-of-verdicts';
import { provinceOfDefinitions } from './rules/definitions-province';
import { summarize } from './summary/summarize';
import { districtConditionFindings } from './rules/district-condition-findings';
import { setPeriodFindings } from './rules/set-period-findings';
import { titlePeriodFindings } from './rules/title-period-findings';
import { unusableReason } from './unusable-reason';
import { sheetTitlePeriods } from './read/title-period';
import { catalogSetResolver } from './criteria/catalog-set-names';
import { resolveSetName } from './criteria/set-names';
import { setLabeller } from './rules/set-label';
import { setNameEn } from './criteria/set-names-en';
import { buildSummarySheets } from './layout';
import type { DataSource } from './layout/types';
import type { PeriodsRead } from './read/period-sheets';
import { guessAgency, unnamedAgency } from './rules/guess-agency';
import { guessSignature } from './rules/guess-signature';
import { narrowMetRows } from './rules/met-rows';
import { reportAssignedWithoutStatus } from './rules/assigned-communes';
import { reportKeptSummaries } from './rules/kept-summaries';

export const DEFAULT_CAP = 200;

/** Status data read for one year: dated sheets ("KQ 2023") and year columns ("Năm 2023" under each commune). */
function dataSources(periods: PeriodsRead | undefined, findings: Finding[]): DataSource[] {
  const out: DataSource[] = (periods?.read ?? []).map((p) => ({ sheet: p.sheet, vi: p.label, en: p.labelEn }));
  for (const f of findings) {
    if (f.code !== 'status.year-columns' || !f.sheet || !f.found || out.some((o) => o.sheet === f.sheet)) continue;
    out.push({ sheet: f.sheet, vi: `năm ${f.found}`, en: f.found });
  }
  return out;
}

/** Findings whose cell is marked as a data error on the user's sheet. */
const DATA_ERROR_CODES = new Set(['status.unreadable', 'status.conflict', 'status.contradicts-threshold', 'status.criterion-inconsistent', 'deadline.said-met', 'code.unknown', 'code.unreadable', 'code.name-mismatch', 'code.other-set', 'commune.unknown', 'department.unknown', 'set.unknown', 'text.legacy-encoding']);

export function checkWorkbook(typed: WorkbookData, opts: CheckOptions): CheckResult {
  const timings: Record<string, number> = {};
  let t0 = now();
  // Read as Unicode where cells are typed in TCVN3 / VNI; reported on the cells as typed.
  const { view: wb, cells: legacyCells } = legacyReadingView(typed);
  const lap = (name: string) => {
    const t = now();
    timings[name] = t - t0;
    t0 = t;
  };
  const sink = new FindingSink();
  const ownedList = opts.ownedSheets ? new Set(opts.ownedSheets.map((n) => n.toLocaleLowerCase('vi'))) : undefined;
  const owned = ownedList ? (name: string) => ownedList.has(name.toLocaleLowerCase('vi')) : undefined;
  const { recognized, definitions: written } = recognizeWorkbook(wb, opts.sheetRoles ?? {}, owned);
  // A 2026 - 2030 plan: what names only "xã NTM" is that period's set (QĐ 51/2025/QĐ-TTg).
  const laterPeriod = namesLaterPeriod(wb, recognized, written.map((d) => resolveSetName(d.set) ?? ''));
  const definitions = laterPeriod ? laterPeriodDefinitions(written, resolveSetName) : written;
  let catalog = shippedCatalogIndex();
  let definedSets: string[] | undefined;
  if (definitions.length) {
    const applied = applyDefinitions(loadCatalog(), definitions, opts.asOf);
    for (const f of applied.findings) sink.items.push(f);
    catalog = new CatalogIndex(applied.catalog);
    if (applied.sets.length) definedSets = applied.sets;
  }
  for (const r of recognized) {
    if (r.role === null && r.reason.vi.startsWith(HIDDEN_SKIPPED)) {
      sink.add('sheet.hidden-skipped', 'info', { sheet: r.sheet, cell: 'A1' }, r.reason, { keyHint: r.sheet });
      continue;
    }
    if (r.role === null && !r.reason.vi.startsWith('Trang do công cụ')) {
      // Skipped by the office's own choice: settled, not "not recognized"; the report still says it was not checked.
      if (opts.sheetRoles?.[r.sheet] === null) {
        sink.add('sheet.user-skipped', 'info', { sheet: r.sheet, cell: 'A1' }, r.reason, { keyHint: r.sheet });
        continue;
      }
      const sheet = wb.sheets.find((s) => s.name === r.sheet);
      if (sheet && !sheet.hidden && sheet.rows.some((row) => row && row.length)) {
        sink.add('sheet.unrecognized', 'info', { sheet: r.sheet, cell: 'A1' }, r.reason, { keyHint: r.sheet });
      }
    }
  }
  // Summary sheets typed on since the last run: kept under a new name, which no plan may take.
  const keptSheets = reportKeptSummaries(sink, typed);
  lap('recognize');
  // The district's name from the title rows: departments may be written "Điện lực Trà Cú".
  const guessed = guessAgency(wb);
  const agencyKind = districtKindOfAgency(opts.agency) ?? (guessed.level === 'district' ? guessed.kind : undefined);
  const program = readProgram(wb, recognized, catalog, sink, {
    asOf: opts.asOf,
    place: opts.place ?? (guessed.level === 'district' ? guessed.place : undefined),
    communePlan: !opts.place && guessed.level === 'commune',
    districtKind: agencyKind,
    provincePlan: guessed.level === 'province',
    laterPeriod,
  });
  lap('read');
  // Shipped department names and the district's own rows say the office's kind of unit: its
  // letterhead's, else the one its department cells agree on ("NHCSXH thị xã", seed 002's commune
  // plan); a province's stay as shipped.
  // A 2026 - 2030 plan: no district level since 1/7/2025, so no "… huyện" on names it did not write.
  // "UBND các xã, thị trấn" says the kinds the plan's communes are ("UBND các xã" with no town).
  const communeKinds = new Set(program.registry.all.filter((c) => c.key !== DISTRICT_KEY).map((c) => c.kind));
  const deptName = departmentNamer(program.districtKind, laterPeriod, communeKinds);
  const districtUnit = unitName(program.districtKind);
  const { registry, assignments, statuses } = program;
  const hiddenRow = (at: SourceRef) => program.hidden?.rowOf(at) ?? false;
  // A status's code in a hidden row, or heading a hidden column (communes down, criteria across:
  // the code sits in the header, on another row than the result). Not a hidden code column of a
  // long table: its codes are still the rows' codes.
  const hiddenCode = (s: StatusEntry, at: SourceRef) => {
    const h = program.hidden;
    if (!h) return false;
    return h.rowOf(at) || (s.codeSource !== undefined && refRow(s.codeSource) !== refRow(s.source) && h.colOf(at));
  };
  const communeName = (k: string) => {
    if (k === DISTRICT_KEY) return districtUnit;
    const c = registry.get(k);
    return c ? communeDisplay(c) : k;
  };
  checkLegacyText(typed.sheets.map((s) => s.name), legacyCells, recognized, sink);

  // Codes, each use resolved within its set.
  const reported = new Set<string>();
  for (const a of assignments) {
    a.codes.forEach((c, i) => checkCodeUse(catalog, sink, { setId: a.setId, code: c.code, writtenName: i === a.codes.length - 1 ? a.writtenName : undefined, at: a.source.code ?? a.source.row, hidden: hiddenRow(a.source.code ?? a.source.row) }, reported));
    // "17.5, 17.10 thuộc tiêu chí số 17 về Y tế": the parent's name is checked like any criterion's.
    for (const p of a.parents ?? []) if (p.writtenName) checkCodeUse(catalog, sink, { setId: a.setId, code: p.code, writtenName: p.writtenName, at: a.source.code ?? a.source.row }, reported);
  }
  // A status table repeats each code once per commune: a code known in its set is checked once,
  // and a matrix row's run of one code is passed on a comparison with the last one.
  const known = new Map<string, Set<string>>();
  let lastSet: string | undefined;
  let lastCode: string | undefined;
  const validStatuses = filterOrSame(statuses, (s) => {
    if (s.code === lastCode && s.setId === lastSet) return true;
    const isKnown = known.get(s.setId)?.has(s.code);
    if (!isKnown) {
      const at = s.codeSource ?? s.source;
      const verdict = checkCodeUse(catalog, sink, { setId: s.setId, code: s.code, at, hidden: hiddenCode(s, at) }, reported);
      if (verdict !== 'known') return verdict !== 'unknown' && verdict !== 'withdrawn';
      if (!known.has(s.setId)) known.set(s.setId, new Set());
      known.get(s.setId)!.add(s.code);
    }
    lastSet = s.setId;
    lastCode = s.code;
    return true;
  });
  // Codes the definitions sheet took out leave the assignments too (said once by checkCodeUse):
  // no item, no deadline, no lead to find for them.
  if (catalog.hasWithdrawn()) {
    for (let i = assignments.length - 1; i >= 0; i--) {
      const a = assignments[i];
      const kept = a.codes.filter((c) => !catalog.withdrawnAt(a.setId, c.code));
      if (kept.length === a.codes.length) continue;
      if (kept.length) a.codes = kept;
      else assignments.splice(i, 1);
    }
  }

  // Which communes work towards which set.
  // A Set per set id keeps first-seen order without a string key per status.
  const { communes: seenPairs, firstSheet: statusSheet } = communesOfStatuses(validStatuses);
  const addPair = (setId: string, communeKey: string) => {
    let keys = seenPairs.get(setId);
    if (!keys) seenPairs.set(setId, (keys = new Set()));
    keys.add(communeKey);
  };
  for (const c of registry.all) if (c.targetSet && catalog.getSet(c.targetSet)) addPair(c.targetSet, c.key);
  const communeOrder = registry.order;
  const orderOf = new Map(communeOrder.map((k, i) => [k, i]));
  const setCommunes = new Map<string, string[]>();
  for (const [setId, keys] of seenPairs) setCommunes.set(setId, [...keys].sort((a, b) => (orderOf.get(a) ?? 1e9) - (orderOf.get(b) ?? 1e9)));
  const pairs = [...setCommunes.entries()].flatMap(([setId, keys]) => keys.map((communeKey) => ({ setId, communeKey })));
  // Without a communes sheet any name in "Xã áp dụng" is taken for a commune: one that no status
  // sheet knows ("Theo kế hoạch", a commune of another plan) is said, once per cell and name.
  if (!registry.authoritative) reportAssignedWithoutStatus(sink, assignments, setCommunes, communeName, (id) => {
    const s = catalog.getSet(id);
    return { vi: s?.shortName ?? id, en: s ? setNameEn(s) : id };
  });
  // "Tất cả các xã trừ …" becomes the explicit list now that the set's communes are known.
  for (const a of assignments) {
    if (!a.except) continue;
    const { communes, towns } = a.except;
    a.communes = (setCommunes.get(a.setId) ?? []).filter((k) => !communes.includes(k) && !(towns && k.startsWith('thi-tran:')));
  }

  lap('codes');
  const province = opts.province ?? provinceOfDefinitions(definitions, sink, opts.surface);
  judgeValues(catalog, sink, validStatuses, { region: opts.region, province, surface: opts.surface }, registry);
  applyAsOf(validStatuses, opts.asOf);
  const conflicts: [StatusEntry, StatusEntry][] = [];
  const evaluation = evaluate(catalog, validStatuses, pairs, conflicts);
  reportConflicts(sink, conflicts, communeName);
  checkCriterionConsistency(sink, evaluation, registry);
  checkMissingStatus(catalog, sink, evaluation, registry, (setId) => statusSheet.get(setId));

  lap('evaluate');
  const isMet = (communeKey: string, setId: string, code: string) => {
    const c = evaluation.get(evaluationKey(communeKey, setId))?.criteria.find((x) => x.code === criterionOf(code));
    if (!code.includes('.')) return c?.achieved;
    // A status written for the criterion only ("Tiêu chí 2: Chưa đạt") stands for its indicators.
    return c?.indicators.find((i) => i.code === code)?.achieved ?? (c?.criterionEntry ? c.achieved : undefined);
  };
  // "Các tiêu chí, chỉ tiêu đã đạt": what it covers is known only now.
  narrowMetRows(catalog, sink, assignments, setCommunes, isMet);
  const coverage = indexAssignments(catalog, assignments);
  // Several sets in the workbook: messages about a code say whose it is.
  const setOf = setLabeller(catalog, [...setCommunes.keys(), ...assignments.map((a) => a.setId)]);
  checkAssignments(catalog, sink, assignments, coverage, setCommunes, communeName, isMet, setOf, deptName);

  lap('assignments');
  const marks: HighlightMark[] = [];
  const judged = new Set<StatusEntry>();
  const items = buildItems(catalog, evaluation, assignments, setCommunes, opts.asOf, judged);
  lap('items');
  deadlineFindings(sink, items, communeName, marks, (ids) => ids.map(deptName).join('; '), setOf);
  deadlineSlipFindings(sink, items, communeName);
  statusDeadlineFindings(sink, validStatuses, opts.asOf, communeName, marks, judged);
  lap('deadlines');
  unmetFindings(catalog, sink, evaluation, communeName, marks);
  const ignored = new Set(opts.ignored ?? []);
  for (const f of sink.items) {
    // A data error's mark is the finding itself: one the office ignored ("Bỏ qua") marks nothing.
    if (!f.sheet || !f.cell || !DATA_ERROR_CODES.has(f.code) || f.severity === 'info' || ignored.has(f.key)) continue;
    const rc = parseA1(f.cell);
    if (rc) marks.push({ sheet: f.sheet, ...rc, kind: 'data-error', cue: f.message.vi });
  }

  lap('unmet');
  const summary = summarize({ catalog, evaluation, items, coverage, asOf: opts.asOf, communeOrder, communeName, departmentName: deptName });
  districtConditionFindings(sink, summary.districtConditions, (id) => catalog.getSet(id)?.shortName ?? id, (id) => statusSheet.get(id), summary.communes);
  const setNamed = laterPeriod ? laterPeriodResolver(catalogSetResolver(catalog)) : catalogSetResolver(catalog);
  setPeriodFindings(sink, summary.sets, opts.asOf, definitions, setNamed, (id) => statusSheet.get(id), opts.surface);
  const titled = sheetTitlePeriods(wb.sheets, recognized, statusAndAssignmentRows(statuses, assignments), setNamed);
  titlePeriodFindings(sink, titled, (id) => catalog.getSet(id)?.name, definitions, setNamed);
  lap('summarize');
  // Nothing ignored (most runs): the findings as they are, without hashing a national run's 8,000 keys.
  const kept = ignored.size ? sink.items.filter((f) => !ignored.has(f.key)) : sink.items;
  const { findings, counts } = sortAndCap(kept, opts.capPerCheck ?? DEFAULT_CAP);
  const setAside = ignored.size ? sortAndCap(sink.items.filter((f) => ignored.has(f.key)), Infinity).findings : [];
  lap('sort');
  const usefulRoles = recognized.filter((r) => r.role === 'assignment' || (r.role && r.role.startsWith('status')));
  const usable = usefulRoles.length > 0;
  // Every set the sheets mention: commune rows, criteria rows, department items, district rows.
  const setIds = new Set([...summary.communes.map((c) => c.setId), ...summary.criteria.map((c) => c.setId), ...summary.departments.flatMap((d) => d.items.map((i) => i.setId))]);
  for (const r of evaluation.values()) if (catalog.getSet(r.setId)?.level === 'district') setIds.add(r.setId);
  const sets = [...setIds].map((id) => catalog.getSet(id)).filter((x): x is NonNullable<typeof x> => !!x);
  const deduped = dedupeMarks(marks);
  lap('marks');
  // The tool's own summary sheets are signed by the tool: the office's block is looked for elsewhere.
  const toolSheets = new Set(recognized.filter((x) => x.role === null && (x.reason.vi.startsWith('Trang do công cụ') || x.reason.vi.startsWith(TOOL_COPY))).map((x) => x.sheet));
  const sheetPlans = usable
    ? buildSummarySheets({
        summary,
        sets: sets.map((s) => ({ id: s.id, name: s.name, shortName: s.shortName, level: s.level, groups: s.groups, criteria: s.criteria.map((c) => ({ code: c.code, name: c.name, shortName: c.shortName })) })),
        findings,
        marks: deduped,
        agency: opts.agency ?? (guessed.level ? guessed.agency : unnamedAgency(program.districtKind)),
        subAgency: guessed.subAgency,
        signature: guessSignature(wb, (name) => toolSheets.has(name)),
        place: opts.place ?? guessed.place,
        dataSources: dataSources(program.periods, sink.items),
        asOf: opts.asOf,
        lang: opts.lang,
        // With the add-in's list known, every other sheet is the user's: its name is taken.
        reservedNames: owned ? [...wb.sheets.map((s) => s.name).filter((n) => !owned(n)), ...keptSheets.map((k) => k.to)] : undefined,
      } as Parameters<typeof buildSummarySheets>[0])
    : [];
  lap('layout');
  const highlights = { marks: deduped };
  return {
    asOf: opts.asOf,
    usable,
    unusableReason: usable ? undefined : unusableReason(recognized),
    recognized: recognized.map(({ sheet, role, headerRow, reason }) => ({ sheet, role, headerRow, reason })),
    findings,
    counts,
    ignoredCount: sink.items.length - kept.length,
    ...(setAside.length ? { ignoredFindings: setAside } : {}),
    summary,
    sheetPlans,
    highlights,
    ...(keptSheets.length ? { keptSummaries: keptSheets } : {}),
    ...(definedSets ? { definedSets } : {}),
    timings,
  };
}

/** The statuses, then the assignments' rows, as one sequence: iterated only when needed. */
function* statusAndAssignmentRows(statuses: StatusEntry[], assignments: Assignment[]): Generator<{ setId: string; source: SourceRef }> {
  yield* statuses;
  for (const a of assignments) yield { setId: a.setId, source: a.source.row };
}

/** Deterministic order (severity, sheet, row, column, code, message) and a cap per check code. */
export function sortAndCap(all: Finding[], cap: number): { findings: Finding[]; counts: FindingGroupCount[] } {
  // Each finding's key computed once: its cell parsed, its sheet and code ranked among the few
  // distinct ones. A national run sorts ~10,000 findings over 83 sheets: a localeCompare per
  // comparison was most of the sort.
  const n = all.length;
  const severity = new Uint8Array(n);
  const rows = new Int32Array(n);
  const cols = new Int32Array(n);
  const sheetRank = ranksOf(all.map((f) => f.sheet ?? ''));
  const codeRank = ranksOf(all.map((f) => f.code));
  for (let i = 0; i < n; i++) {
    const f = all[i];
    severity[i] = SEVERITY_ORDER[f.severity];
    const rc = f.cell ? parseA1(f.cell) : undefined;
    rows[i] = rc ? rc.row : -1;
    cols[i] = rc ? rc.col : -1;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      severity[a] - severity[b] ||
      sheetRank[a] - sheetRank[b] ||
      rows[a] - rows[b] ||
      cols[a] - cols[b] ||
      codeRank[a] - codeRank[b] ||
      compareText(all[a].message.vi, all[b].message.vi),
  );
  const per = new Map<string, FindingGroupCount>();
  const findings: Finding[] = [];
  for (const i of order) {
    const f = all[i];
    const k = `${f.code}|${f.severity}`;
    const g = per.get(k) ?? { code: f.code, severity: f.severity, total: 0, shown: 0 };
    g.total++;
    if (g.shown < cap) {
      g.shown++;
      findings.push(f);
    }
    per.set(k, g);
  }
  const counts = [...per.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code));
  return { findings, counts };
}

/** Per text, its rank in compareText order; texts that compare equal share a rank, so comparing
 * ranks orders as comparing the texts does. */
function ranksOf(texts: string[]): Int32Array {
  const distinct = [...new Set(texts)].sort(compareText);
  const rank = new Map<string, number>();
  distinct.forEach((t, i) => rank.set(t, i > 0 && compareText(distinct[i - 1], t) === 0 ? rank.get(distinct[i - 1])! : i));
  return Int32Array.from(texts, (t) => rank.get(t)!);
}

/** localeCompare, skipped for equal strings (most pairs share a sheet and a code). */
function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

/** Milliseconds from the runtime's monotonic clock (Node and browsers both have performance). */
function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
