// Assignment checks: every indicator has a lead for every commune in scope; several leads
// need distinct qualifiers; a department is not listed twice for one code.
import type { CatalogIndex } from '../criteria/catalog';
import { criterionOf } from '../criteria/catalog';
import { departmentName } from '../read/department-name';
import type { Assignment, SourceRef } from '../model/program';
import type { FindingSink } from './finding-sink';
import type { SetOf } from './set-label';
import { canonicalCode, compareNatural } from './evaluate';
import { setNameEn } from '../criteria/set-names-en';
import { districtWord, unitWord } from './unit-count';

const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export interface Coverage {
  /** "setId|code" → assignments naming the code (criterion or indicator). */
  byCode: Map<string, { a: Assignment; qualifier?: string }[]>;
}

export function indexAssignments(catalog: CatalogIndex, assignments: Assignment[]): Coverage {
  const byCode = new Map<string, { a: Assignment; qualifier?: string }[]>();
  for (const a of assignments) {
    for (const c of a.codes) {
      const k = `${a.setId}|${canonicalCode(catalog, a.setId, c.code)}`;
      const list = byCode.get(k) ?? [];
      list.push({ a, qualifier: c.qualifier });
      byCode.set(k, list);
    }
  }
  return { byCode };
}

/** Assignments that cover an indicator: those naming it, and those naming its criterion. */
export function assignmentsFor(cov: Coverage, setId: string, code: string): { a: Assignment; qualifier?: string }[] {
  const own = cov.byCode.get(`${setId}|${code}`) ?? [];
  if (!code.includes('.')) return own;
  return [...own, ...(cov.byCode.get(`${setId}|${criterionOf(code)}`) ?? [])];
}

export function checkAssignments(catalog: CatalogIndex, sink: FindingSink, assignments: Assignment[], cov: Coverage, setsInUse: Map<string, string[]>, communeName: (key: string) => string, isMet: (communeKey: string, setId: string, code: string) => boolean | undefined, setOf: SetOf = () => ({ vi: '', en: '' }), deptName: (id: string) => string = (id) => departmentName(id)): void {
  checkDuplicatesAndConflicts(sink, assignments, cov, setOf, deptName);
  checkSetsWithoutCommunes(catalog, sink, assignments, setsInUse, communeName);
  for (const [setId, communeKeys] of setsInUse) {
    const set = catalog.getSet(setId);
    if (!set || set.criteria.length === 0) continue;
    const rows = assignments.filter((a) => a.setId === setId);
    const anchor = assignments[0]?.source.row;
    if (rows.length === 0) {
      sink.add('assign.set-missing', 'warning', anchor ? { sheet: anchor.sheet, cell: 'A1' } : undefined, {
        vi: `Chưa phân công cơ quan chủ trì cho tiêu chí nào của ${set.shortName}, dù có ${communeKeys.length} xã/đơn vị đang thực hiện.`,
        en: `No criterion of ${setNameEn(set)} is assigned to a lead department, though ${communeKeys.length} communes work towards it.`,
      }, { setId });
      continue;
    }
    // Whole criteria with no row, no lead and no result anywhere: a set the plan barely touches
    // (seed 003 names two advanced criteria for Nam Bình) gets one finding for them, not seventeen.
    const untouched: { code: string; at: SourceRef }[] = [];
    for (const criterion of [...set.criteria].sort((a, b) => compareNatural(a.code, b.code))) {
      const codes = criterion.indicators.length ? criterion.indicators.map((i) => i.code) : [criterion.code];
      // Communes without a lead, per indicator; grouped so one finding speaks for indicators that share a gap.
      const gaps = new Map<string, string[]>();
      for (const code of codes) {
        const leads = assignmentsFor(cov, setId, code).filter((x) => x.a.leads.length > 0);
        if (leads.some((x) => x.a.communes.length === 0)) continue;
        const covered = new Set(leads.flatMap((x) => x.a.communes));
        const missing = communeKeys.filter((k) => !covered.has(k));
        if (!missing.length) continue;
        const k = missing.join('|');
        gaps.set(k, [...(gaps.get(k) ?? []), code]);
      }
      // The criterion's own row when it has one: its lead cell left empty, or, when every row has a
      // lead, the commune list that leaves communes out; else the row its row would follow (the
      // set's first row pointed at a row of another criterion: seed 002, criteria 3–19 at "1.1"). A row for what is
      // met ("Các tiêu chí đã đạt") is no criterion's own: its scope did not leave the gap.
      const ownRows = codes.flatMap((code) => assignmentsFor(cov, setId, code)).map((x) => x.a).filter((a) => !a.metRow);
      const ownRow = ownRows.find((a) => a.leads.length === 0) ?? ownRows[0];
      const scopeCell = ownRow?.leads.length ? ownRow.source.communes : undefined;
      const near = ownRow ? undefined : rowBefore(rows, criterion.code);
      const at = ownRow ? (scopeCell ?? ownRow.source.lead ?? ownRow.source.code ?? ownRow.source.row) : (near!.source.code ?? near!.source.row);
      for (const [k, gapCodes] of gaps) {
        const missing = k.split('|');
        const everyone = missing.length === communeKeys.length;
        // A criterion a definitions sheet named by its number only ("Tiêu chí 3") is not named twice.
        const named = criterion.name && criterion.name !== `Tiêu chí ${criterion.code}` ? ` (${criterion.name})` : '';
        const what = gapCodes.length === codes.length ? `Tiêu chí ${criterion.code}${named}` : `Chỉ tiêu ${gapCodes.join(', ')}`;
        const whatEn = gapCodes.length === codes.length ? `Criterion ${criterion.code}${named}` : `Indicator(s) ${gapCodes.join(', ')}`;
        // An error where a commune does not meet the criterion; a warning where they all already meet
        // it or have no result for it yet (status.missing says so).
        const urgent = missing.some((m) => gapCodes.some((code) => isMet(m, setId, code) === false));
        const unknownOnly = !urgent && missing.some((m) => gapCodes.some((code) => isMet(m, setId, code) === undefined));
        if (everyone && unknownOnly && !ownRow && gapCodes.length === codes.length) {
          untouched.push({ code: criterion.code, at });
          continue;
        }
        // An error names the communes that need someone (not meeting it); those that meet it are counted.
        const metAlready = urgent ? missing.filter((m) => gapCodes.every((code) => isMet(m, setId, code) === true)) : [];
        const needing = urgent ? missing.filter((m) => !metAlready.includes(m)) : missing;
        const who = needing.map(communeName).join(', ');
        const alsoVi = metAlready.length ? ` (${metAlready.length} xã khác chưa có cơ quan chủ trì đã đạt)` : '';
        const alsoEn = metAlready.length ? ` (${metAlready.length} other commune(s) without a lead already meet it)` : '';
        const scoped = everyone && !metAlready.length;
        // In the units' own words: a town set's "thị trấn", not "xã".
        const unit = unitWord(missing);
        const these = missing.length === 1 ? { vi: `${capitalized(unit.vi)} này đã đạt.`, en: 'It already meets it.' } : { vi: `Các ${unit.vi} này đã đạt.`, en: `These ${unit.en} already meet it.` };
        sink.add('assign.no-lead', urgent ? 'error' : 'warning', at, {
          vi: `${what} của ${set.shortName} chưa có cơ quan chủ trì${scoped ? '' : ` cho ${who}`}${alsoVi}.` + (urgent ? '' : unknownOnly ? ' (Chưa có kết quả đánh giá.)' : scoped ? ` (Tất cả các ${unit.vi} đã đạt.)` : ` (${these.vi})`),
          en: `${whatEn} of ${setNameEn(set)} has no lead department${scoped ? '' : ` for ${who}`}${alsoEn}.` + (urgent ? '' : unknownOnly ? ' (No result recorded yet.)' : scoped ? ` (Every one of the ${unit.en} meets it.)` : ` (${these.en})`),
        }, { setId, indicator: gapCodes.length === codes.length ? criterion.code : gapCodes.join(','), communes: needing, found: scoped ? undefined : who, expected: 'Cơ quan chủ trì' });
      }
    }
    reportUntouched(sink, { vi: set.shortName, en: setNameEn(set) }, setId, untouched);
  }
}

const UNTOUCHED_GROUP = 4;

function reportUntouched(sink: FindingSink, names: { vi: string; en: string }, setId: string, untouched: { code: string; at: SourceRef }[]): void {
  if (untouched.length === 0) return;
  if (untouched.length < UNTOUCHED_GROUP) {
    for (const u of untouched) {
      sink.add('assign.no-lead', 'warning', u.at, {
        vi: `Tiêu chí ${u.code} của ${names.vi} chưa có cơ quan chủ trì. (Chưa có kết quả đánh giá.)`,
        en: `Criterion ${u.code} of ${names.en} has no lead department. (No result recorded yet.)`,
      }, { setId, indicator: u.code, expected: 'Cơ quan chủ trì' });
    }
    return;
  }
  const list = untouched.map((u) => u.code).join(', ');
  sink.add('assign.no-lead', 'warning', untouched[0].at, {
    vi: `${untouched.length} tiêu chí của ${names.vi} chưa có cơ quan chủ trì và chưa có kết quả đánh giá: ${list}. Nếu kế hoạch năm nay chỉ thực hiện một số tiêu chí, không cần phân công các tiêu chí còn lại.`,
    en: `${untouched.length} criteria of ${names.en} have no lead department and no result: ${list}. If this year's plan covers only some criteria, the others need no lead.`,
  }, { setId, indicator: untouched.map((u) => u.code).join(','), found: list, expected: 'Cơ quan chủ trì' });
}

function overlaps(a: Assignment, b: Assignment): boolean {
  if (a.communes.length === 0 || b.communes.length === 0) return true;
  return a.communes.some((c) => b.communes.includes(c));
}

function checkDuplicatesAndConflicts(sink: FindingSink, assignments: Assignment[], cov: Coverage, setOf: SetOf, deptName: (id: string) => string): void {
  // One department written twice in one cell.
  for (const a of assignments) {
    const seen = new Set<string>();
    for (const id of a.leads) {
      if (seen.has(id)) {
        sink.add('assign.duplicate-department', 'warning', a.source.lead ?? a.source.row, {
          vi: `${deptName(id)} được ghi hai lần trong cùng ô chủ trì.`,
          en: `${deptName(id)} is written twice in one lead cell.`,
        }, { setId: a.setId, department: id, indicator: a.codes.map((c) => c.code).join(','), keyHint: 'cell' });
      }
      seen.add(id);
    }
  }
  // One code written twice in one code cell: the plan gives the row's departments the same task twice.
  for (const a of assignments) {
    if (!a.repeatedCodes) continue;
    const who = a.leads.map(deptName).join(', ') || 'chưa có';
    sink.add('assign.duplicate-department', 'warning', a.source.code ?? a.source.row, {
      vi: `Mã ${a.repeatedCodes.join(', ')} được ghi hai lần trong cùng ô (chủ trì: ${who}).`,
      en: `Code ${a.repeatedCodes.join(', ')} is written twice in one cell (lead: ${a.leads.map(deptName).join(', ') || 'none'}).`,
    }, { setId: a.setId, department: a.leads[0], departments: a.leads, indicator: a.repeatedCodes.join(','), found: a.repeatedCodes.join(', '), keyHint: 'code-cell' });
  }
  for (const [k, uses] of cov.byCode) {
    const [setId, code] = k.split('|');
    // The same department leading one code (same qualifier) in two rows.
    const byDept = new Map<string, { a: Assignment; qualifier?: string }[]>();
    for (const u of uses) for (const id of new Set(u.a.leads)) byDept.set(id, [...(byDept.get(id) ?? []), u]);
    for (const [id, list] of byDept) {
      const all = [...new Set(list.map((x) => x.a))];
      // A general row plus a row for the lagging communes is a normal pattern; the same scope twice is not.
      const scopeKey = (a: Assignment) => [...a.communes].sort().join('|');
      const rows = all.filter((a) => all.some((b) => b !== a && scopeKey(b) === scopeKey(a)));
      if (rows.length < 2) continue;
      const sameQualifier = list.filter((x) => (x.qualifier ?? '') === (list[0].qualifier ?? ''));
      if (sameQualifier.length < 2) continue;
      const second = rows[1];
      sink.add('assign.duplicate-department', 'warning', second.source.lead ?? second.source.row, {
        vi: `${deptName(id)} được giao chủ trì mã ${code}${setOf(setId).vi} ở ${rows.length} dòng (${rows.map((r) => r.source.row.cell.replace(/^[A-Z]+/, 'dòng ')).join(', ')}).`,
        en: `${deptName(id)} is assigned as lead of code ${code}${setOf(setId).en} on ${rows.length} rows.`,
      }, { setId, department: id, indicator: code, found: rows.map((r) => `${r.source.row.sheet}!${r.source.row.cell}`).join(', ') });
    }
    // Several departments leading one code for the same communes, without distinct qualifiers.
    const leads = uses.filter((u) => u.a.leads.length > 0);
    const conflicts = new Map<string, Set<string>>();
    for (let i = 0; i < leads.length; i++) {
      for (let j = 0; j <= i; j++) {
        const x = leads[i];
        const y = leads[j];
        // One row with several leads, or two rows whose communes overlap: rows for disjoint communes
        // ("Tất cả các xã trừ Tân Sơn" and "Tân Sơn") are each one lead for their own communes.
        if (i === j ? new Set(x.a.leads).size < 2 : !overlaps(x.a, y.a)) continue;
        // Distinct parts, or one row naming its part ("17.8 (nội dung 5 không 3 sạch)") beside the
        // row for the rest: each lead knows its share.
        if ((x.qualifier || y.qualifier) && x.qualifier !== y.qualifier) continue;
        const q = x.qualifier ?? y.qualifier ?? '';
        const ids = conflicts.get(q) ?? new Set<string>();
        for (const id of [...x.a.leads, ...y.a.leads]) ids.add(id);
        conflicts.set(q, ids);
      }
    }
    for (const [q, ids] of conflicts) {
      if (ids.size < 2) continue;
      const first = leads.find((u) => (u.qualifier ?? '') === q || !u.qualifier)!;
      const names = [...ids].map(deptName);
      sink.add('assign.multiple-leads', 'warning', first.a.source.lead ?? first.a.source.row, {
        vi: `Mã ${code}${setOf(setId).vi} có ${ids.size} cơ quan chủ trì (${names.join('; ')}) mà không ghi rõ mỗi cơ quan chủ trì phần nào.`,
        en: `Code ${code}${setOf(setId).en} has ${ids.size} lead departments (${names.join('; ')}) without a qualifier saying which part each leads.`,
      }, { setId, indicator: code, departments: [...ids], found: names.join('; '), expected: 'Một cơ quan chủ trì, hoặc ghi rõ phần việc, ví dụ "17.10 (ngành Y tế)"' });
    }
  }
}

/**
 * Rows for a set no commune works towards (an advanced-set section while every commune is on the
 * national set): their items can only say "Chưa có kết quả". Said once per set, at its first row,
 * and only when some set has communes: without any status sheet every set would be said.
 */
function checkSetsWithoutCommunes(catalog: CatalogIndex, sink: FindingSink, assignments: Assignment[], setsInUse: Map<string, string[]>, communeName: (key: string) => string): void {
  if (setsInUse.size === 0) return;
  const rowsBySet = new Map<string, Assignment[]>();
  for (const a of assignments) {
    if (a.supportOnly || setsInUse.get(a.setId)?.length) continue;
    const list = rowsBySet.get(a.setId);
    if (list) {
      if (list[list.length - 1].source.row !== a.source.row) list.push(a);
    } else rowsBySet.set(a.setId, [a]);
  }
  for (const [setId, rows] of rowsBySet) {
    const set = catalog.getSet(setId);
    if (!set) continue;
    const none = set.level === 'district' ? `${districtWord(communeName)} chưa có` : 'không xã nào có';
    const first = rows[0];
    sink.add('assign.set-no-communes', 'info', first.source.code ?? first.source.row, {
      vi: `${rows.length} dòng phân công thuộc ${set.shortName}, nhưng ${none} kết quả theo bộ này (trong danh sách xã hay trang hiện trạng): các nội dung này ghi "Chưa có kết quả".`,
      en: `${rows.length} assignment row(s) belong to ${setNameEn(set)}, but ${set.level === 'district' ? 'the district has' : 'no commune has'} results for this set (communes list or status sheets): their items say "No result".`,
    }, { setId, found: String(rows.length) });
  }
}

/**
 * The row a criterion's missing row would follow: the one naming the highest criterion before it
 * (the last such row), or the set's first row for a criterion before them all. General rows
 * ("Các tiêu chí còn lại") name many: each row counts by the first criterion it names.
 */
function rowBefore(rows: Assignment[], code: string): Assignment {
  let best: Assignment | undefined;
  let bestCode: string | undefined;
  for (const a of rows) {
    const first = a.codes.map((c) => criterionOf(c.code)).sort(compareNatural)[0];
    if (first === undefined || compareNatural(first, code) >= 0) continue;
    if (bestCode === undefined || compareNatural(first, bestCode) >= 0) {
      best = a;
      bestCode = first;
    }
  }
  return best ?? rows[0];
}
