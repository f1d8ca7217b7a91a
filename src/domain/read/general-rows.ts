// Rows that cover "the rest": "Tất cả các tiêu chí" (seed 002: the officer who compiles the
// reports), "TC 17 (các chỉ tiêu còn lại)" (seed 001). A row naming a code itself beats them, as
// "Các xã còn lại" gives way to the rows naming communes.
import type { Assignment, CodeRef, SourceRef } from '../model/program';
import { matchKey } from '../text/normalize';
import type { ReadContext } from './read-context';
import { reportGeneralOnlyLead } from './general-only-lead';
import { sharedRowSet } from './general-row-set';

/** 'all': "Tất cả các tiêu chí", "Toàn bộ 19 tiêu chí"; 'remaining': "Các tiêu chí còn lại";
 * 'criterion-remaining': "TC 17 (các chỉ tiêu còn lại)", one criterion's remaining indicators;
 * 'met': "Các tiêu chí, chỉ tiêu đã đạt", read as 'remaining' here, then narrowed to what is met. */
export type GeneralKind = 'all' | 'remaining' | 'met' | 'criterion-remaining';

export interface GeneralRow {
  row: Assignment;
  at: SourceRef;
  text: string;
  kind: GeneralKind;
}

/** Narrowed in this order: each row leaves to the ones before it what they lead. "Tất cả" comes
 * last, so beside "Các tiêu chí còn lại" it supports what that row leads (both led before). */
const NARROW_ORDER: GeneralKind[] = ['criterion-remaining', 'remaining', 'met', 'all'];

const REMAINING_PART = /(?:các|những)\s+(?:chỉ tiêu|nội dung)\s+còn lại/u;

/** "TC 17 (các chỉ tiêu còn lại)", "TC 17: các chỉ tiêu còn lại", "Các chỉ tiêu còn lại của tiêu chí 17". */
export function remainingOfCriterion(codeText: string, codes: CodeRef[]): CodeRef[] | undefined {
  if (codes.length !== 1 || codes[0].code.includes('.') || !REMAINING_PART.test(matchKey(codeText))) return undefined;
  return [{ code: codes[0].code, raw: codes[0].raw }];
}

/**
 * Narrows each general row to the codes no row of its own names for every commune: a criterion
 * named elsewhere is left to that row, one whose indicators are named elsewhere keeps its other
 * indicators. For the codes left to other rows its departments support (coordinate), and it is said.
 */
export function narrowGeneralRows(ctx: ReadContext, rows: Assignment[], generals: GeneralRow[]): Assignment[] {
  if (!generals.length) return rows;
  const general = new Set(generals.map((g) => g.row));
  const named = new Map<string, Set<string>>();
  /** Rows naming codes for some communes only: they name those codes for a general row whose own
   * communes they all cover ("Tân Sơn" under a "Các tiêu chí còn lại" row for Tân Sơn). */
  const scoped: Assignment[] = [];
  // A row naming a code for every commune is that code's row, even when its lead is unclear
  // ("Các ngành phụ trách"): the general row does not fill the gap, the gap is reported.
  const markNamed = (b: Assignment) => {
    if (b.except) return;
    if (b.communes.length) {
      scoped.push(b);
      return;
    }
    let codes = named.get(b.setId);
    if (!codes) named.set(b.setId, (codes = new Set()));
    for (const c of b.codes) codes.add(c.code);
  };
  rows.forEach((b) => {
    if (!general.has(b)) markNamed(b);
  });
  /** The codes other rows name for every commune the general row covers. */
  const namedFor = (a: Assignment): Set<string> => {
    const all = named.get(a.setId) ?? new Set<string>();
    if (!a.communes.length || a.except) return all;
    const mine = a.communes;
    const covering = scoped.filter((b) => b.setId === a.setId && mine.every((c) => b.communes.includes(c)));
    if (!covering.length) return all;
    return new Set([...all, ...covering.flatMap((b) => b.codes.map((c) => c.code))]);
  };
  const replaced = new Map<Assignment, Assignment | undefined>();
  const added = new Map<Assignment, Assignment>();
  // "TC 17 (các chỉ tiêu còn lại)" first: once narrowed, its indicators are named for "Các tiêu
  // chí còn lại", which leaves them to it (seed 002 probe: both rows in one plan).
  const ordered = [...generals].sort((x, y) => NARROW_ORDER.indexOf(x.kind) - NARROW_ORDER.indexOf(y.kind));
  for (const g of ordered) {
    const a = g.row;
    if (!rows.includes(a)) continue;
    if (g.kind === 'criterion-remaining') {
      narrowRemaining(a, namedFor(a), ctx, replaced);
      if (!replaced.has(a)) markNamed(a);
      continue;
    }
    const elsewhere = namedFor(a);
    const set = ctx.catalog.getSet(a.setId);
    const kept: CodeRef[] = [];
    /** As said in the message: a criterion whose indicators are all named elsewhere is "1". */
    const covered: string[] = [];
    /** As assigned: the codes the other rows name, so the criterion's lead is still theirs. */
    const taken: string[] = [];
    for (const c of a.codes) {
      if (elsewhere.has(c.code)) {
        covered.push(c.code);
        taken.push(c.code);
        continue;
      }
      const indicators = set?.criteria.find((x) => x.code === c.code)?.indicators.map((i) => i.code) ?? [];
      const named = indicators.filter((i) => elsewhere.has(i));
      if (!named.length) {
        kept.push(c);
        continue;
      }
      const left = indicators.filter((i) => !elsewhere.has(i));
      covered.push(...(left.length ? named : [c.code]));
      taken.push(...named);
      for (const i of left) kept.push({ code: i, raw: c.raw });
    }
    if (!covered.length) {
      if (g.kind === 'remaining' || g.kind === 'met') markNamed(a);
      continue;
    }
    const rest = kept.map((c) => c.code).join(', ');
    const of = sharedRowSet(ctx, g, generals);
    // A row for what is met is said once its codes are known (rules/met-rows.ts).
    if (g.kind !== 'met') ctx.sink.add('assign.general-row', 'info', g.at, {
      vi: `"${g.text}"${of.vi}: ${covered.join(', ')} đã có dòng phân công riêng, nên cơ quan của dòng này là phối hợp ở các mã đó${rest ? `, và chủ trì ${rest}` : ''}.`,
      en: `"${g.text}"${of.en}: ${covered.join(', ')} have rows of their own, so this row's departments support those codes${rest ? ` and lead ${rest}` : ''}.`,
    }, { found: g.text, keyHint: `${g.at.sheet}:${g.at.cell}${of.key}` });
    // Where others lead, this row's departments support: listed, never a second lead, never judged twice.
    const support: Assignment = {
      ...a,
      codes: taken.map((code) => ({ code, raw: code })),
      leads: [],
      coordinators: [...new Set([...a.leads, ...a.coordinators])],
      supportOnly: true,
    };
    if (kept.length) {
      a.codes = kept;
      added.set(a, support);
    } else {
      replaced.set(a, support);
    }
    // What "Các tiêu chí còn lại" leads is named for the "Tất cả" rows after it.
    if ((g.kind === 'remaining' || g.kind === 'met') && kept.length) markNamed(a);
  }
  const narrowed = !replaced.size && !added.size ? rows : rows.flatMap((a) => {
    const support = added.get(a);
    if (support) return [a, support];
    if (!replaced.has(a)) return [a];
    const instead = replaced.get(a);
    return instead ? [instead] : [];
  });
  const out = splitPartlyNamed(ctx, narrowed, generals, scoped);
  reportGeneralOnlyLead(ctx, rows, out, generals);
  return out;
}

/**
 * "Các tiêu chí còn lại" (every commune) under "Tiêu chí 1 — Tân Sơn" or "Chỉ tiêu 1.1 — Tân Sơn":
 * in Tân Sơn the row naming it leads 1 (or 1.1), in the other communes the general row still
 * does. Each code named so for some of the general row's communes is split: the general row leads
 * it for the rest ("every commune but", resolved in check.ts once the set's communes are known),
 * and where the other row leads it supports what that row names and leads the criterion's other
 * indicators. Codes named for all its communes were taken out before (namedFor).
 */
function splitPartlyNamed(ctx: ReadContext, rows: Assignment[], generals: GeneralRow[], scoped: Assignment[]): Assignment[] {
  if (!scoped.length) return rows;
  const out = new Map<Assignment, Assignment[]>();
  for (const g of generals) {
    const a = g.row;
    if (!rows.includes(a) || a.except || a.supportOnly) continue;
    const set = ctx.catalog.getSet(a.setId);
    const mine = scoped.filter((b) => b.setId === a.setId && b !== a);
    const helpers = [...new Set([...a.leads, ...a.coordinators])];
    /** The general row's codes in its order: runs of codes kept whole, each split code's parts where it stood. */
    const split: Assignment[] = [];
    let run: CodeRef[] = [];
    const endRun = () => {
      if (run.length) split.push({ ...a, codes: run });
      run = [];
    };
    /** Said in the message: each code named elsewhere for some communes, with its rows. */
    const said = new Map<string, Set<string>>();
    for (const c of a.codes) {
      const indicators = set?.criteria.find((x) => x.code === c.code)?.indicators.map((i) => i.code) ?? [];
      /** The communes each code (c itself, or one of its indicators) is named for by another row. */
      const namedIn = new Map<string, string[]>();
      for (const code of [c.code, ...indicators]) {
        const naming = mine.filter((b) => b.codes.some((x) => x.code === code));
        let communes = [...new Set(naming.flatMap((b) => b.communes))];
        if (a.communes.length) communes = communes.filter((k) => a.communes.includes(k));
        if (!communes.length) continue;
        namedIn.set(code, communes);
        const rowsAt = said.get(code) ?? new Set<string>();
        for (const b of naming) rowsAt.add(b.source.row.cell.replace(/^[A-Z]+/, ''));
        said.set(code, rowsAt);
      }
      if (!namedIn.size) {
        run.push(c);
        continue;
      }
      endRun();
      const touched = [...new Set([...namedIn.values()].flat())].sort();
      const others = a.communes.filter((k) => !touched.includes(k));
      if (!a.communes.length) split.push({ ...a, codes: [c], except: { communes: touched, towns: false } });
      else if (others.length) split.push({ ...a, codes: [c], communes: others });
      // Commune by commune: what the other rows name there is supported, the rest of c led.
      const byShare = new Map<string, string[]>();
      for (const k of touched) {
        const whole = namedIn.get(c.code)?.includes(k) ?? false;
        const supported = whole ? [c.code] : indicators.filter((i) => namedIn.get(i)?.includes(k));
        const key = supported.join(',');
        byShare.set(key, [...(byShare.get(key) ?? []), k]);
      }
      for (const [key, communes] of byShare) {
        const supported = key.split(',');
        const led = supported.includes(c.code) ? [] : indicators.filter((i) => !supported.includes(i));
        if (led.length) split.push({ ...a, codes: led.map((code) => ({ code, raw: c.raw })), communes });
        split.push({ ...a, codes: supported.map((code) => ({ code, raw: code === c.code ? c.raw : code })), communes, leads: [], coordinators: helpers, supportOnly: true });
      }
    }
    if (!said.size) continue;
    endRun();
    out.set(a, split);
    const list = (row: string) => [...said].map(([code, at]) => `${code} (${row} ${[...at].join(', ')})`).join('; ');
    const of = sharedRowSet(ctx, g, generals);
    ctx.sink.add('assign.general-row', 'info', g.at, {
      vi: `"${g.text}"${of.vi}: ${list('dòng')} có dòng phân công riêng cho một số xã: ở các xã đó cơ quan của dòng này là phối hợp, ở các xã khác là chủ trì.`,
      en: `"${g.text}"${of.en}: ${list('row')} have rows of their own for some communes: there this row's departments support, elsewhere they lead.`,
    }, { found: g.text, keyHint: `${g.at.sheet}:${g.at.cell}:some-communes${of.key}` });
  }
  return out.size ? rows.flatMap((a) => out.get(a) ?? [a]) : rows;
}

/** "các chỉ tiêu còn lại" leaves the indicators other rows name to them altogether. */
function narrowRemaining(a: Assignment, elsewhere: Set<string>, ctx: ReadContext, replaced: Map<Assignment, Assignment | undefined>): void {
  const set = ctx.catalog.getSet(a.setId);
  const kept: CodeRef[] = [];
  let changed = false;
  for (const c of a.codes) {
    if (elsewhere.has(c.code)) {
      changed = true;
      continue;
    }
    const indicators = set?.criteria.find((x) => x.code === c.code)?.indicators.map((i) => i.code) ?? [];
    if (!indicators.some((i) => elsewhere.has(i))) {
      kept.push(c);
      continue;
    }
    changed = true;
    for (const i of indicators) if (!elsewhere.has(i)) kept.push({ code: i, raw: c.raw });
  }
  if (!changed) return;
  if (kept.length) a.codes = kept;
  else replaced.set(a, undefined);
}
