// Reads an assignment sheet (DOMAIN §4.1) into Assignment records.
import type { SheetData, CellValue } from '../model/grid';
import type { Assignment, CodeRef, CommuneKind } from '../model/program';
import { parseCodes } from '../parse/codes';
import { parseStatusCell } from '../parse/status-values';
import { parseDeadline } from '../parse/deadlines';
import { splitNameList, meansAllCommunes, allExcept, unclearScope, meansRemainingCommunes } from '../text/admin-names';
import { hamletList, mayNameCommune } from '../text/hamlet-list';
import { criterionOf } from '../criteria/catalog';
import type { SourceRef } from '../model/program';
import { resolveSetNames } from '../criteria/set-names';
import { cellLines, cellText } from './cell-text';
import { matchKey } from '../text/normalize';
import type { HeaderMatch } from './find-header';
import { type ReadContext, ref, defaultKindFor } from './read-context';
import { dataRows } from './table-rows';
import { isUnshippedSet, namesUnshippedSet, sectionSets, setFromTitle, unshippedRowsFinding, unshippedSectionFinding } from './set-context';
import { SheetDeadlines, titleYear } from './title-year';
import { resolveDepartments, splitByRole } from './departments-cell';
import { MergedColumns } from './merged-down';
import { matchCriterionName } from '../criteria/criterion-names';
import { type GeneralRow, narrowGeneralRows, remainingOfCriterion } from './general-rows';
import { codesFromNames, criterionOfOtherSet, indicatorsHint, indicatorsNaming } from './name-only-codes';
import { setNameEn } from '../criteria/set-names-en';

export const DEFAULT_SET = 'xa-ntm-2021';

export function readAssignments(sheet: SheetData, header: HeaderMatch, ctx: ReadContext): Assignment[] {
  const cols = header.columns;
  const out: Assignment[] = [];
  const titleSet = setFromTitle(sheet, header.row, ctx.setNamed);
  const deadlines = new SheetDeadlines(sheet.name, titleYear(sheet, header.row));
  let sectionSetId: string | undefined;
  let sectionSetIds: string[] = [];
  let defaultUsed = false;
  const remaining: { index: number; at: SourceRef; text: string }[] = [];
  const generals: (Omit<GeneralRow, 'row'> & { index: number })[] = [];
  const unclearAt = new Set<number>();
  const dataCols = [cols.lead, cols.coordinators, cols.deadline, cols.communes].filter((c): c is number => c !== undefined);
  const get = (row: CellValue[], c: number | undefined): CellValue => (c === undefined ? null : (row[c] ?? null));
  // Lead, coordinators, communes, deadline and set are often merged down over a group of rows:
  // each row of the group takes the merged text, and findings point at the cell that holds it.
  const merged = new MergedColumns(sheet, [cols.lead, cols.coordinators, cols.communes, cols.deadline, cols.set], header.lastRow + 1);
  const textRow = (r: number, c: number | undefined): number => merged.textRow(r, c);
  const at = (r: number, c: number | undefined): CellValue => merged.value(r, c);
  // One resolution per merged cell, so its findings are not repeated for every row under it.
  const departmentsAt = new Map<string, string[]>();
  const resolveAt = (r: number, c: number | undefined, text: string): string[] => {
    const top = textRow(r, c);
    const k = `${c}:${top}:${text}`;
    let ids = departmentsAt.get(k);
    if (!ids) departmentsAt.set(k, (ids = resolveDepartments(ctx, text, ref(sheet.name, top, c ?? 0))));
    return [...ids];
  };

  // Set cells naming a set the tool does not ship, said once each.
  const unshippedSaid = new Set<string>();
  for (const { r, row } of dataRows(sheet, header.lastRow)) {
    const section = sectionSets(row, dataCols, ctx.setNamed, (h) => unshippedSectionFinding(ctx.sink, sheet.name, r, h));
    if (section) {
      sectionSetId = section[0];
      sectionSetIds = section;
      continue;
    }
    if (isUnshippedSet(sectionSetId)) continue;
    const codeCell = get(row, cols.code);
    const contentCell = get(row, cols.content);
    const leadText = cellLines(at(r, cols.lead));
    let parsed = parseCodes(typeof codeCell === 'number' ? codeCell : cellText(codeCell));
    let codeCol = cols.code;
    // "Tiêu chí" (merged down over its rows) beside "Chỉ tiêu": the indicator is what the row assigns.
    const subCell = get(row, cols.subcode);
    if (subCell !== null) {
      const sub = parseCodes(typeof subCell === 'number' ? subCell : cellText(subCell));
      if (sub.codes.length) {
        parsed = sub;
        codeCol = cols.subcode;
      }
    }
    if (parsed.codes.length === 0 && cols.content !== undefined && cellText(contentCell)) {
      const fromContent = parseCodes(cellText(contentCell));
      if (fromContent.codes.length) {
        parsed = fromContent;
        codeCol = cols.content;
      }
    }
    const rowRef = ref(sheet.name, r, cols.code ?? 0);
    let metRow: string | undefined;
    // "Tất cả các tiêu chí", "Toàn bộ 19 tiêu chí": every criterion of the row's set, as written.
    let everyText: string | undefined;
    if (parsed.codes.length === 0 && (leadText || cellText(at(r, cols.coordinators)))) {
      const text = cellText(codeCell) || cellText(contentCell);
      // The first set a set cell names: the one the row's first Assignment belongs to.
      const setCell = cellText(at(r, cols.set));
      const firstSet = setCell ? resolveSetNames(setCell, ctx.setNamed)[0] : undefined;
      const every = everyCriterion(ctx, text, firstSet ?? sectionSetId ?? titleSet ?? ctx.defaultSet);
      if (every) {
        parsed = every.parsed;
        everyText = text;
        generals.push({ index: out.length, at: ref(sheet.name, r, cols.code ?? 0), text, kind: every.kind });
        if (every.kind === 'met') metRow = text;
      }
    }
    // "TC 17 (các chỉ tiêu còn lại)": criterion 17 but the indicators other rows name.
    const rest = parsed.codes.length ? remainingOfCriterion(cellText(codeCell), parsed.codes) : undefined;
    if (rest) {
      parsed = { ...parsed, codes: rest, writtenName: undefined };
      generals.push({ index: out.length, at: ref(sheet.name, r, codeCol ?? 0), text: cellText(codeCell), kind: 'criterion-remaining' });
    }
    if (parsed.codes.length === 0 && (leadText || cellText(at(r, cols.coordinators)))) {
      // Criteria written by name only ("Tiêu chí Trường học; Giáo dục"): read, and said.
      const named = nameOnlyCodes(ctx, sheet.name, r, codeCol ?? 0, cellText(codeCell), sectionSetId ?? titleSet ?? ctx.defaultSet);
      if (named) parsed = { codes: named };
    }
    if (parsed.codes.length === 0) {
      // A row with neither a code nor a department is a note or sub-title: nothing to check.
      if (!leadText && !cellText(at(r, cols.coordinators))) continue;
      // A criterion written by name only ("Tiêu chí Giao thông"): name the code it would be, never assume it.
      const rowSet = sectionSetId ?? titleSet ?? ctx.defaultSet;
      const set = ctx.catalog.getSet(rowSet);
      const named = set ? matchCriterionName(set, cellText(codeCell) || cellText(contentCell)) : undefined;
      // Not a name of this set's criteria, but exactly one of the other commune set's (seed 001 probe).
      const other = named || !cellText(codeCell) ? undefined : criterionOfOtherSet(ctx.catalog.allSets(), rowSet, cellText(codeCell));
      // "Tiếp cận pháp luật" in the standard set: the words of indicator 18.4, the likelier meaning.
      const indicators = named || !set ? [] : indicatorsNaming(set, cellText(codeCell) || cellText(contentCell));
      const suggestion = named ? `Tiêu chí ${named}` : indicators.length === 1 ? `Chỉ tiêu ${indicators[0].code}` : other ? `Tiêu chí ${other.code} (${other.set.shortName})` : undefined;
      const ownIndicators = indicators.length && set ? indicatorsHint(set, indicators) : { vi: '', en: '' };
      const hint = named
        ? { vi: ` Có phải "${suggestion}"? Ghi số tiêu chí vào ô.`, en: ` Did you mean "${suggestion}"? Write the criterion number in the cell.` }
        : other && set && indicators.length
          ? { vi: `${ownIndicators.vi} Còn nếu dòng là tiêu chí ${other.code} của bộ ${other.set.shortName} (tiêu chí có tên này), ghi số tiêu chí và ghi bộ tiêu chí ở cột Bộ tiêu chí.`, en: `${ownIndicators.en} If the row is criterion ${other.code} of ${setNameEn(other.set)} (the criterion of that name), write the criterion number and the set in the set column.` }
          : other && set
            ? { vi: ` Đây là tên tiêu chí ${other.code} của bộ ${other.set.shortName}; bộ ${set.shortName} không có tiêu chí tên này. Ghi số tiêu chí, và bộ tiêu chí ở cột Bộ tiêu chí nếu dòng thuộc bộ ${other.set.shortName}.`, en: ` That is the name of criterion ${other.code} of ${setNameEn(other.set)}; ${setNameEn(set)} has no criterion of that name. Write the criterion number, and the set in the set column if the row belongs to ${setNameEn(other.set)}.` }
            : ownIndicators;
      ctx.sink.add('code.unreadable', 'error', ref(sheet.name, r, cols.code ?? 0), {
        vi: (cellText(codeCell) ? `Không đọc được mã tiêu chí/chỉ tiêu: "${cellText(codeCell)}".` : 'Dòng có cơ quan thực hiện nhưng không ghi mã tiêu chí/chỉ tiêu.') + hint.vi,
        en: (cellText(codeCell) ? `Cannot read a criterion/indicator code from "${cellText(codeCell)}".` : 'The row names a department but no criterion/indicator code.') + hint.en,
      }, { found: cellText(codeCell), expected: 'Tiêu chí 1 / chỉ tiêu 13.1 / 17.10', suggestion, keyHint: `${sheet.name}:${cellText(codeCell)}:${leadText}` });
      continue;
    }
    // Codes were read but text with a number is left over ("Tiêu chí 4; mục 17a"): what was not read is said.
    if (parsed.unread && /\d/.test(parsed.unread)) {
      ctx.sink.add('code.unreadable', 'warning', ref(sheet.name, r, codeCol ?? 0), {
        vi: `Chỉ đọc được mã ${parsed.codes.map((c) => c.code).join(', ')}; không đọc được phần "${parsed.unread}". Ghi lại phần đó (dạng "chỉ tiêu 13.2, 13.3").`,
        en: `Only code(s) ${parsed.codes.map((c) => c.code).join(', ')} could be read; "${parsed.unread}" could not. Rewrite that part (as "chỉ tiêu 13.2, 13.3").`,
      }, { found: parsed.unread, expected: 'Tiêu chí 1 / chỉ tiêu 13.1 / 17.10', keyHint: `${sheet.name}:${r}` });
    }
    const setText = cellText(at(r, cols.set));
    // A section naming two sets assigns its rows in each, as a set cell naming two does.
    const namedSets = setText ? resolveSetNames(setText, ctx.setNamed) : sectionSetIds.length > 1 ? sectionSetIds : [];
    let setId = namedSets[0];
    if (setText && !setId && namesUnshippedSet(setText, ctx.setNamed)) {
      unshippedRowsFinding(ctx.sink, sheet.name, ref(sheet.name, textRow(r, cols.set), cols.set!), setText, unshippedSaid);
      continue;
    }
    if (setText && !setId) {
      ctx.sink.add('set.unknown', 'error', ref(sheet.name, textRow(r, cols.set), cols.set!), {
        vi: `Không nhận ra bộ tiêu chí "${setText}".`,
        en: `Unknown criteria set "${setText}".`,
      }, { found: setText });
      continue;
    }
    setId = setId ?? sectionSetId ?? titleSet;
    if (!setId) {
      setId = ctx.defaultSet;
      if (!defaultUsed) {
        defaultUsed = true;
        // The workbook's period's commune set: QĐ 318/QĐ-TTg's, or QĐ 51/2025/QĐ-TTg's for a 2026 plan.
        const decision = /^QĐ \S+/.exec(ctx.catalog.getSet(setId)?.source ?? '')?.[0] ?? setId;
        const period = ctx.catalog.getSet(setId)?.name.match(/giai đoạn \d{4} - \d{4}/)?.[0];
        ctx.sink.add('set.assumed', 'info', rowRef, {
          vi: `Bảng phân công không ghi bộ tiêu chí: coi là Bộ tiêu chí xã nông thôn mới${period ? ` ${period}` : ''} (${decision}).`,
          en: `The assignment sheet names no criteria set: the commune NTM set${period ? ` (${period.replace('giai đoạn ', '')})` : ''} of ${decision} is assumed.`,
        }, { keyHint: sheet.name });
      }
    }
    const kind = defaultKindFor(ctx, setId);
    const byRole = splitByRole(ctx, leadText);
    const leads = resolveAt(r, cols.lead, byRole.leads);
    const coordinators = [...new Set([...resolveAt(r, cols.coordinators, cellLines(at(r, cols.coordinators))), ...(byRole.coordinators ? resolveAt(r, cols.lead, byRole.coordinators) : [])])];
    const communesText = cellLines(at(r, cols.communes));
    const communes: string[] = [];
    // "Tất cả các xã trừ Tân Sơn": the set's communes are known only once every sheet is read.
    const except = communesText ? allExcept(communesText) : undefined;
    const exceptKeys: string[] = [];
    if (except) {
      for (const name of except.names) {
        const c = ctx.communes.resolve(name, ref(sheet.name, textRow(r, cols.communes), cols.communes!), kind);
        if (c && !exceptKeys.includes(c.key)) exceptKeys.push(c.key);
      }
    } else if (communesText && meansRemainingCommunes(communesText)) {
      // Known once every row is read: the communes the other rows for its codes do not name.
      remaining.push({ index: out.length, at: ref(sheet.name, textRow(r, cols.communes), cols.communes!), text: communesText });
    } else if (communesText && namesHamlets(ctx, communesText, kind)) {
      // Hamlets: in a commune's own plan they are the commune's; in a district's, whose is unknown.
      const top = textRow(r, cols.communes);
      if (!ctx.communePlan && !unclearAt.has(top)) {
        unclearAt.add(top);
        reportHamletScope(ctx, ref(sheet.name, top, cols.communes!), communesText, sheet.name);
      }
    } else if (communesText && unclearScope(communesText)) {
      // Once per cell: a scope merged down over a group of rows is one cell the office typed.
      const top = textRow(r, cols.communes);
      if (!unclearAt.has(top)) {
        unclearAt.add(top);
        reportUnclearScope(ctx, ref(sheet.name, top, cols.communes!), communesText, sheet.name);
      }
    } else if (communesText && !meansAllCommunes(communesText)) {
      for (const name of splitNameList(communesText)) {
        const c = ctx.communes.resolve(name, ref(sheet.name, textRow(r, cols.communes), cols.communes!), kind);
        if (c && !communes.includes(c.key)) communes.push(c.key);
      }
    }
    const deadlineValue = at(r, cols.deadline);
    // "Đã đạt" / "Đã hoàn thành" where the deadline goes: nothing left to date, not an unreadable deadline.
    const saysMet = typeof deadlineValue === 'string' && parseStatusCell(deadlineValue).kind === 'met';
    // "Duy trì" says met too, and is also an ongoing task's deadline: kept, so the sheets show what
    // the office wrote (its Thời hạn was blank beside "Thường xuyên" shown as typed, seed 001).
    const ongoing = saysMet && parseDeadline(deadlineValue)?.ongoing === true;
    const deadline = saysMet && !ongoing ? undefined : (deadlines.parse(deadlineValue, () => ref(sheet.name, textRow(r, cols.deadline), cols.deadline!)) ?? undefined);
    const refined = refineQualifiers(ctx, setId, parsed.codes);
    const assignment: Assignment = {
      setId,
      codes: refined.codes,
      content: cellText(contentCell) || undefined,
      leads,
      coordinators,
      communes,
      deadline,
      ...(saysMet ? { deadlineSaysMet: true } : {}),
      ...(metRow ? { metRow } : {}),
      ...(except ? { except: { communes: exceptKeys, towns: except.towns } } : {}),
      note: cellText(get(row, cols.note)) || undefined,
      writtenName: parsed.writtenName ?? refined.name,
      ...(parsed.parents ? { parents: parsed.parents.map((p) => ({ code: p.code, writtenName: p.name })) } : {}),
      ...(parsed.duplicates ? { repeatedCodes: parsed.duplicates } : {}),
      source: {
        row: rowRef,
        code: ref(sheet.name, r, codeCol ?? 0),
        lead: cols.lead !== undefined ? ref(sheet.name, textRow(r, cols.lead), cols.lead) : undefined,
        coordinators: cols.coordinators !== undefined ? ref(sheet.name, textRow(r, cols.coordinators), cols.coordinators) : undefined,
        deadline: cols.deadline !== undefined ? ref(sheet.name, textRow(r, cols.deadline), cols.deadline) : undefined,
        communes: cols.communes !== undefined ? ref(sheet.name, textRow(r, cols.communes), cols.communes) : undefined,
      },
    };
    const first = out.length;
    out.push(assignment);
    // A row for two sets ("Xã NTM và xã NTM nâng cao") assigns its codes in each. A general row
    // there is one in each set, narrowed against that set's rows (only the first was: the second
    // led all it names); "Tất cả các tiêu chí" is every criterion of each set ("Xã NTM và huyện
    // NTM": 19 and 9), or the first set's when the other has none to count (kiểu mẫu).
    for (const other of namedSets.slice(1)) {
      const codes = everyText !== undefined ? everyCriterion(ctx, everyText, other)?.parsed.codes : undefined;
      out.push({ ...assignment, setId: other, codes: codes ?? assignment.codes });
      for (const g of generals.filter((x) => x.index === first)) generals.push({ ...g, index: out.length - 1 });
      // "Các xã còn lại" too: the other communes of each set's rows (the second read every commune).
      for (const x of remaining.filter((y) => y.index === first)) remaining.push({ ...x, index: out.length - 1 });
    }
  }
  deadlines.report(ctx.sink);
  const unclearSaid = new Set<string>();
  for (const rem of remaining) resolveRemaining(ctx, out, rem, sheet.name, unclearSaid);
  // Headings go first: "* Tiêu chí 1: Quy hoạch" names no one, so it takes nothing from "Tất cả các tiêu chí".
  const generalRows = generals.map(({ index, ...g }) => ({ ...g, row: out[index] }));
  return narrowGeneralRows(ctx, withoutHeadingRows(out), generalRows);
}

function nameOnlyCodes(ctx: ReadContext, sheetName: string, r: number, col: number, text: string, setId: string): CodeRef[] | undefined {
  const set = text ? ctx.catalog.getSet(setId) : undefined;
  const codes = set ? codesFromNames(set, text) : undefined;
  if (!codes) return undefined;
  const list = codes.map((c) => c.code).join(', ');
  ctx.sink.add('code.name-only', 'warning', ref(sheetName, r, col), {
    vi: `"${text}" ghi tên tiêu chí, không ghi số: đã hiểu là tiêu chí ${list}. Ghi số tiêu chí vào ô.`,
    en: `"${text}" names criteria without their numbers: read as criterion ${list}. Write the criterion numbers in the cell.`,
  }, { found: text, expected: `Tiêu chí ${list}`, suggestion: `Tiêu chí ${list}` });
  return codes;
}

/**
 * A bracket after a criterion that is not a part of it: "TC 1 (chỉ tiêu 1.1)" assigns indicator
 * 1.1, and "Tiêu chí 15 (Y tế)" names a criterion (checked like any written name), no qualifier.
 */
function refineQualifiers(ctx: ReadContext, setId: string, codes: CodeRef[]): { codes: CodeRef[]; name?: string } {
  let name: string | undefined;
  const set = ctx.catalog.getSet(setId);
  const out = codes.map((c) => {
    if (!c.qualifier || c.code.includes('.')) return c;
    const ind = /^(?:chỉ tiêu|ct)\.?\s*(?:số\s*)?(\d+)\.(\d+)$/iu.exec(c.qualifier.trim());
    if (ind && ind[1] === c.code) return { code: `${c.code}.${Number(ind[2])}`, raw: c.raw };
    // A criterion's name (this one's, or another's: then checked as a name written with the wrong code).
    if (set && codes.length === 1 && matchCriterionName(set, c.qualifier) !== undefined) {
      name = c.qualifier;
      return { code: c.code, raw: c.raw };
    }
    return c;
  });
  return { codes: out, name };
}

/**
 * "* Tiêu chí 1: Quy hoạch" above the rows of its indicators, or "* Tiêu chí 11: Nghèo đa chiều"
 * above "TC 11" (seed 002), with no department and no deadline of its own: a heading of the plan,
 * not a task missing its lead and deadline.
 */
function withoutHeadingRows(rows: Assignment[]): Assignment[] {
  const detailed = new Set<string>();
  for (const a of rows) if (a.leads.length) for (const c of a.codes) detailed.add(`${a.setId}|${criterionOf(c.code)}`);
  if (!detailed.size) return rows;
  const heading = (a: Assignment) => !a.leads.length && !a.coordinators.length && !a.deadline && !a.deadlineSaysMet && a.codes.length > 0 && a.codes.every((c) => !c.code.includes('.') && detailed.has(`${a.setId}|${c.code}`));
  return rows.some(heading) ? rows.filter((a) => !heading(a)) : rows;
}

/**
 * "Các xã còn lại" under rows naming communes for the same code ("Tân Sơn, Kim Sơn: Phòng Y tế";
 * "Các xã còn lại: Trung tâm Y tế"): every commune of the set but those. With no such row it names
 * no one, and is read as every commune and said.
 */
function resolveRemaining(ctx: ReadContext, rows: Assignment[], rem: { index: number; at: SourceRef; text: string }, sheetName: string, said: Set<string>): void {
  const a = rows[rem.index];
  const related = (x: string, y: string) => x === y || criterionOf(x) === y || criterionOf(y) === x;
  const named = new Set<string>();
  for (const b of rows) {
    if (b === a || b.setId !== a.setId || !b.communes.length) continue;
    if (b.codes.some((c) => a.codes.some((d) => related(c.code, d.code)))) for (const k of b.communes) named.add(k);
  }
  if (named.size) a.except = { communes: [...named], towns: false };
  else if (!said.has(rem.at.cell)) {
    // Once per cell: a row for two sets is read once per set.
    said.add(rem.at.cell);
    reportUnclearScope(ctx, rem.at, rem.text, sheetName);
  }
}

/**
 * The scope names hamlets only ("Ấp Hòa Tân⏎Ấp Hòa Thạnh", "Ấp Hòa Tân, Hòa Thạnh", seed 002), none of
 * them a commune of the workbook: a list of communes each written "Bản …" (Bản Lầu) stays communes.
 */
function namesHamlets(ctx: ReadContext, text: string, kind: CommuneKind): boolean {
  const names = hamletList(text);
  return !!names && !names.some((n) => mayNameCommune(n) && ctx.isCommune?.(n, kind));
}

function reportHamletScope(ctx: ReadContext, at: SourceRef, text: string, sheetName: string): void {
  const shown = cellLines(text).replace(/\n/g, ', ');
  ctx.sink.add('assign.scope-unclear', 'warning', at, {
    vi: `"${shown}" là ấp/thôn, không phải xã: không biết thuộc xã nào, tạm hiểu là mọi xã của bộ tiêu chí. Ghi tên xã có các ấp/thôn này.`,
    en: `"${shown}" names hamlets, not communes: which commune is unknown, read as every commune of the set for now. Name the commune they belong to.`,
  }, { found: shown, expected: 'Tân Sơn, Kim Sơn / Tất cả các xã', keyHint: `${sheetName}:${text}` });
}

/** No names to match: the row is read for every commune of the set, and the office is told. */
function reportUnclearScope(ctx: ReadContext, at: SourceRef, text: string, sheetName: string): void {
  ctx.sink.add('assign.scope-unclear', 'warning', at, {
    vi: `Không rõ những xã nào: "${text}". Ghi tên từng xã, hoặc "Tất cả các xã"; tạm hiểu là mọi xã của bộ tiêu chí.`,
    en: `Which communes is unclear: "${text}". Name each commune, or write "Tất cả các xã"; read as every commune of the set for now.`,
  }, { found: text, expected: 'Tân Sơn, Kim Sơn / Tất cả các xã', keyHint: `${sheetName}:${text}` });
}

/** "tất cả các tiêu chí", "toàn bộ 19 tiêu chí", "cả 19 tiêu chí", "19/19 tiêu chí" (not "các tiêu chí còn lại"). */
const EVERY_RE = /^(?:(?:tất cả|toàn bộ|cả)\s+(?:các\s+)?(?:(\d{1,2})\s+)?|(\d{1,2})(?:\/\d{1,2})?\s+)tiêu chí(?:\s+(?:nông thôn mới|ntm))?$/u;

/** "Các tiêu chí còn lại": every criterion, narrowed afterwards to those no other row names. */
const REST_RE = /^(?:\*\s*)?(?:các|những)\s+tiêu chí\s+còn lại$/u;

/** "Các tiêu chí, chỉ tiêu đã đạt" (seed 002: "tiếp tục duy trì"): the rest, narrowed again to what is met. */
const MET_RE = /^(?:\*\s*)?(?:các|những|tất cả các)\s+(?:tiêu chí|chỉ tiêu)(?:\s*,\s*|\s+và\s+|\s+)?(?:tiêu chí|chỉ tiêu)?\s+đã\s+(?:đạt|đạt chuẩn|hoàn thành)$/u;

function everyCriterion(ctx: ReadContext, text: string, setId: string): { parsed: ReturnType<typeof parseCodes>; kind: 'all' | 'remaining' | 'met' } | undefined {
  const key = matchKey(text).replace(/[.:;]+$/, '');
  const met = MET_RE.test(key);
  const rest = met || REST_RE.test(key);
  const m = rest ? undefined : EVERY_RE.exec(key);
  const set = rest || m ? ctx.catalog.getSet(setId) : undefined;
  if (!set || !set.criteria.length) return undefined;
  // A count that is not the set's ("10 tiêu chí" of 19) names no criteria in particular.
  const n = m ? (m[1] ?? m[2]) : undefined;
  if (n !== undefined && Number(n) !== set.criteria.length) return undefined;
  return { parsed: { codes: set.criteria.map((c) => ({ code: c.code, raw: text })) }, kind: met ? 'met' : rest ? 'remaining' : 'all' };
}
