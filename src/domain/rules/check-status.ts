// Status checks: measured values against thresholds, criterion vs indicators, missing statuses.
import { formatValue } from '../layout/vi-format';
import type { CatalogIndex } from '../criteria/catalog';
import { thresholdFor } from '../criteria/definitions';
import { parseRegion } from '../criteria/definition-values';
import { REGION_NAMES, type CriteriaSet, type Direction, type Threshold } from '../criteria/schema';
import type { SourceRef, StatusEntry } from '../model/program';
import { parseThreshold } from '../criteria/definition-values';
import { writtenVerdict } from './as-of-verdicts';
import type { FindingSink } from './finding-sink';
import { otherPlaceAdvice, type Surface } from './advice';
import { DEFINITIONS_TEMPLATE_NAME } from '../layout/definitions-template';
import type { CommuneSetResult, Evaluation } from './evaluate';
import { canonicalCode } from './evaluate';
import type { CommuneRegistry } from '../read/commune-registry';
import { communeDisplay } from '../read/commune-registry';
import { toA1 } from '../model/address';
import { setNameEn } from '../criteria/set-names-en';

export interface Norm {
  direction: Direction;
  value: number;
  source: string;
}

/** A norm written on a status row, read like a definitions-sheet threshold: "≥ 70%", "≤4%",
 * "tối thiểu 70%", "Từ 70% trở lên", "≥ 50 triệu đồng", "≥1,5 m2/người"; a bare number means at least. */
export function parseNorm(text: string): Norm | undefined {
  const t = text.trim();
  const p = parseThreshold(t);
  return p ? { direction: p.direction ?? 'gte', value: p.value, source: t } : undefined;
}

/**
 * A catalog threshold as an office reads it: "≥ 70% (QĐ 1260/QĐ-UBND … của UBND tỉnh An Giang)",
 * "≤ 4% (trang "Bộ tiêu chí"!E5)"; never its provenance note, which cites where it was read from.
 */
function normWords(direction: Direction, th: Threshold, unit: string | undefined, lang: 'vi' | 'en'): string {
  const percent = unit === '%';
  const value = `${direction === 'lte' ? '≤' : '≥'} ${formatValue(th.value, lang, percent)}${unit && !percent ? ` ${unit}` : ''}`;
  const basis = lang === 'en'
    ? th.basisEn ?? th.basis ?? (th.province ? `the level of ${th.province} province` : th.region ? `region ${REGION_NAMES[th.region]}` : undefined)
    : th.basis ?? (th.province ? `mức của tỉnh ${th.province}` : th.region ? `vùng ${REGION_NAMES[th.region]}` : undefined);
  const group = th.group ? (lang === 'en' ? `commune group ${th.group}` : `xã nhóm ${th.group}`) : undefined;
  const where = [group, basis].filter(Boolean).join(', ');
  return where ? `${value} (${where})` : value;
}

/** Fills `achieved` from a measured value where a norm is known; reports contradictions. */
export function judgeValues(catalog: CatalogIndex, sink: FindingSink, statuses: StatusEntry[], scope: { region?: string; province?: string; surface?: Surface }, names: CommuneRegistry): void {
  // Indexed: a for-of allocates an iterator result per step until the loop is optimized.
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i];
    if (s.value === undefined) continue;
    let norm: Norm | undefined = s.norm ? parseNorm(s.norm) : undefined;
    // The catalog's threshold, said in English only when a finding needs it; a row's norm as written.
    let catalogTh: Threshold | undefined;
    let catalogUnit: string | undefined;
    const commune = names.get(s.communeKey);
    if (!norm) {
      const hit = catalog.findIndicator(s.setId, s.code);
      // The commune's own region (communes sheet) beats the one chosen for the whole workbook.
      const region = commune?.region && parseRegion(commune.region) ? commune.region : scope.region;
      const th = hit ? thresholdFor(hit.indicator, { region, province: scope.province, group: commune?.group }) : undefined;
      if (hit && th && hit.indicator.direction && hit.indicator.direction !== 'pass') {
        norm = { direction: hit.indicator.direction, value: th.value, source: normWords(hit.indicator.direction, th, hit.indicator.unit, 'vi') };
        catalogTh = th;
        catalogUnit = hit.indicator.unit;
      }
    }
    const who = commune ? communeDisplay(commune) : s.communeKey;
    if (!norm) {
      const hit = catalog.findIndicator(s.setId, s.code);
      if (s.achieved === undefined && hit?.indicator.direction === 'pass') {
        // A number where only Đạt / Chưa đạt makes sense: a stray value, not a measurement.
        sink.add('status.unreadable', 'error', s.source, {
          vi: `${who}, mã ${s.code}: ô ghi số ${formatValue(s.value, 'vi', s.percent)}, nhưng chỉ tiêu này chỉ đánh giá Đạt / Chưa đạt.`,
          en: `${who}, code ${s.code}: the cell holds the number ${formatValue(s.value, 'en', s.percent)}, but this indicator is judged met / not met only.`,
        }, { commune: s.communeKey, indicator: s.code, setId: s.setId, found: formatValue(s.value, 'vi', s.percent), expected: 'Đạt / Chưa đạt' });
        continue;
      }
      if (s.achieved === undefined) {
        // A threshold for another province, region or commune group exists: say so, not "add a threshold".
        const groups = [...new Set(hit?.indicator.thresholds.flatMap((t) => (t.group ? [t.group] : [])) ?? [])].sort();
        if (groups.length) {
          sink.add('status.value-unjudged', 'warning', s.source, {
            vi: commune?.group
              ? `${who} (xã nhóm ${commune.group}), mã ${s.code}: có số liệu ${formatValue(s.value, 'vi', s.percent)}, nhưng chỉ có mức đạt của xã nhóm ${groups.join(', ')} (thêm mức đạt của nhóm ${commune.group} vào trang "${DEFINITIONS_TEMPLATE_NAME}", hoặc ghi Đạt/Chưa đạt).`
              : `${who}, mã ${s.code}: có số liệu ${formatValue(s.value, 'vi', s.percent)}, nhưng mức đạt được ghi theo nhóm xã (${groups.map((g) => `nhóm ${g}`).join(', ')}) và chưa biết ${who} thuộc nhóm nào: ghi nhóm vào cột "Nhóm xã" của trang danh sách xã.`,
            en: commune?.group
              ? `${who} (commune group ${commune.group}), code ${s.code}: value ${formatValue(s.value, 'en', s.percent)}, but thresholds are given for group(s) ${groups.join(', ')} only (add group ${commune.group}'s on the definitions sheet, or write Đạt/Chưa đạt).`
              : `${who}, code ${s.code}: value ${formatValue(s.value, 'en', s.percent)}, but the thresholds are by commune group (${groups.join(', ')}) and ${who}'s group is not known: write it in a "Nhóm xã" column of the communes sheet.`,
          }, { commune: s.communeKey, indicator: s.code, setId: s.setId, found: formatValue(s.value, 'vi', s.percent), expected: commune?.group ? `mức đạt của xã nhóm ${commune.group}` : 'nhóm xã' });
          continue;
        }
        const other = hit?.indicator.thresholds.find((t) => t.province || t.region);
        const elsewhere = other ? (other.province ?? other.region)! : undefined;
        const how = otherPlaceAdvice(scope.surface ?? 'addin', other?.province ? 'province' : 'region');
        sink.add('status.value-unjudged', 'warning', s.source, {
          vi: elsewhere
            ? `${who}, mã ${s.code}: có số liệu ${formatValue(s.value, 'vi', s.percent)}, nhưng chỉ có mức đạt của ${elsewhere}, không áp dụng ở đây (${how.vi}).`
            : `${who}, mã ${s.code}: có số liệu ${formatValue(s.value, 'vi', s.percent)} nhưng không có mức đạt để so sánh (thêm mức đạt vào trang "${DEFINITIONS_TEMPLATE_NAME}" hoặc ghi Đạt/Chưa đạt).`,
          en: elsewhere
            ? `${who}, code ${s.code}: value ${formatValue(s.value, 'en', s.percent)}, but the only threshold is ${elsewhere}'s, which does not apply here (${how.en}).`
            : `${who}, code ${s.code}: value ${formatValue(s.value, 'en', s.percent)} but no threshold to judge it (add it to the definitions sheet, or write Đạt/Chưa đạt).`,
        }, { commune: s.communeKey, indicator: s.code, setId: s.setId, found: formatValue(s.value, 'vi', s.percent) });
      }
      continue;
    }
    // Percentages may be written 0.85 (a fraction, as Excel stores a % cell) or 85: compare on the
    // scale of the norm. "0,8%" is written in percent already: 0.8 %, not 80 %.
    const scaled = !s.percent && norm.value > 1 && s.value <= 1 && s.value > 0;
    const v = scaled ? s.value * 100 : s.value;
    const meets = norm.direction === 'gte' ? v >= norm.value : v <= norm.value;
    if (s.achieved !== undefined && s.achieved !== meets) {
      // "0,8" against "≤ 4%" is read as 80 %: the message says how it was read.
      const shown = (lang: 'vi' | 'en') => formatValue(s.value!, lang, s.percent) + (scaled ? (lang === 'vi' ? ` (hiểu là ${formatValue(v, 'vi', true)})` : ` (read as ${formatValue(v, 'en', true)})`) : '');
      sink.add('status.contradicts-threshold', 'error', s.source, {
        vi: `${who}, mã ${s.code}: số liệu ${shown('vi')} ${meets ? 'đạt' : 'không đạt'} mức ${norm.source} nhưng được đánh giá "${s.achieved ? 'Đạt' : 'Chưa đạt'}"; tính là chưa đạt cho đến khi sửa số liệu hoặc đánh giá.`,
        en: `${who}, code ${s.code}: value ${shown('en')} ${meets ? 'meets' : 'does not meet'} ${catalogTh ? normWords(norm.direction, catalogTh, catalogUnit, 'en') : norm.source} but is marked "${s.achieved ? 'met' : 'not met'}"; counted as not met until the value or the verdict is corrected.`,
      }, { commune: s.communeKey, indicator: s.code, setId: s.setId, found: `${shown('vi')}; ${s.achieved ? 'Đạt' : 'Chưa đạt'}`, expected: `${norm.source} → ${meets ? 'Đạt' : 'Chưa đạt'}` });
      // As for two cells that disagree, the unmet one counts; the typed "Đạt" stays for checks of what is typed.
      if (s.achieved) {
        s.typedVerdict = true;
        s.achieved = false;
      }
      continue;
    }
    s.achieved = meets;
  }
}

/** Criterion marked Đạt while an indicator is not, and the reverse. */
export function checkCriterionConsistency(sink: FindingSink, evaluation: Evaluation, names: CommuneRegistry): void {
  // forEach: a for-of over the map allocates an iterator result per commune until the loop is optimized.
  evaluation.forEach((res) => communeConsistency(sink, res, names));
}

/** One commune's criteria (a function called per commune is optimized within the first run). */
function communeConsistency(sink: FindingSink, res: CommuneSetResult, names: CommuneRegistry): void {
  for (const c of res.criteria) {
    const ce = c.criterionEntry;
    // What is typed is compared: a "Đạt" met after the report date is still "Đạt" here.
    const written = ce && writtenVerdict(ce);
    if (!ce || written === undefined) continue;
    // Most criteria with a row of their own have no indicator rows (criteria 10, 15 …): nothing
    // to compare, and no list built.
    if (!c.indicators.some((i) => i.entry && i.code !== c.code)) continue;
    const own = c.indicators.filter((i) => i.entry && i.code !== c.code);
    const commune = names.get(res.communeKey);
    const who = commune ? communeDisplay(commune) : res.communeKey;
    const unmet = own.filter((i) => writtenVerdict(i.entry!) === false).map((i) => i.code);
    if (written && unmet.length) {
      sink.add('status.criterion-inconsistent', 'error', ce.source, {
        vi: `${who}: tiêu chí ${c.code} ghi Đạt nhưng chỉ tiêu ${unmet.join(', ')} chưa đạt.`,
        en: `${who}: criterion ${c.code} is marked met but indicator(s) ${unmet.join(', ')} are not.`,
      }, { commune: res.communeKey, indicator: c.code, setId: res.setId, found: 'Đạt', expected: 'Chưa đạt' });
    } else if (!written && own.length === c.indicators.length && own.every((i) => writtenVerdict(i.entry!) === true)) {
      sink.add('status.criterion-inconsistent', 'error', ce.source, {
        vi: `${who}: tiêu chí ${c.code} ghi Chưa đạt nhưng mọi chỉ tiêu đều đạt.`,
        en: `${who}: criterion ${c.code} is marked not met but all its indicators are met.`,
      }, { commune: res.communeKey, indicator: c.code, setId: res.setId, found: 'Chưa đạt', expected: 'Đạt' });
    }
  }
}

/** Every indicator of the set needs a status for every commune working towards it. */
export function checkMissingStatus(catalog: CatalogIndex, sink: FindingSink, evaluation: Evaluation, names: CommuneRegistry, statusSheetOf: (setId: string) => string | undefined): void {
  let rows: Map<string, SourceRef> | undefined;
  // Per set, the criteria whose statuses are required: listed and not open (looked up per commune).
  const required = new Map<string, Set<string>>();
  const requiredOf = (set: CriteriaSet) => {
    let codes = required.get(set.id);
    if (!codes) {
      // The first of a code, as a find would pick it.
      const first = new Map<string, boolean>();
      for (const x of set.criteria) if (!first.has(x.code)) first.set(x.code, !x.open);
      required.set(set.id, (codes = new Set([...first].filter(([, req]) => req).map(([code]) => code))));
    }
    return codes;
  };
  for (const res of evaluation.values()) {
    const set = catalog.getSet(res.setId);
    if (!set || set.level === 'district') continue;
    const missing = missingCodes(res, requiredOf(set));
    if (!missing) continue;
    const commune = names.get(res.communeKey);
    const who = commune ? communeDisplay(commune) : res.communeKey;
    // Point at the blank cell itself where the layout has one (a matrix: the missing code's row in
    // the commune's column), else at one of the commune's own status cells, else (the commune is
    // absent from every status sheet) at the cell that names it, its row on the communes sheet,
    // else the set's status sheet.
    const own = firstEntry(res);
    rows ??= codeRows(evaluation);
    let blank: SourceRef | undefined;
    for (const code of own ? missing : []) if ((blank = blankCell(own!, rows, res.setId, code))) break;
    const sheet = statusSheetOf(res.setId);
    sink.add('status.missing', 'warning', blank ?? own ?? commune?.source ?? (sheet ? { sheet, cell: 'A1' } : undefined), {
      vi: `${who} chưa có kết quả cho ${missing.length} chỉ tiêu của ${set.shortName}: ${missing.join(', ')}.`,
      en: `${who} has no status for ${missing.length} indicator(s) of ${setNameEn(set)}: ${missing.join(', ')}.`,
    }, { commune: res.communeKey, setId: res.setId, found: missing.join(', '), keyHint: 'missing' });
  }
}

/** The indicators of `required` criteria a commune has no status for (a function called per
 * commune is optimized within the first run; a loop in a once-per-run function waits for OSR). */
function missingCodes(res: CommuneSetResult, required: Set<string>): string[] | undefined {
  // Nearly every commune of a national table has a status for every indicator: nothing to look for.
  if (!res.counts.missing) return undefined;
  let missing: string[] | undefined;
  for (const c of res.criteria) {
    if (c.criterionEntry || !required.has(c.code)) continue;
    for (const i of c.indicators) if (!i.entry && i.achieved === undefined) (missing ??= []).push(i.code);
  }
  return missing;
}

/** "sheet|set|code" → the first cell any commune has for that code: its row, in a matrix. */
function codeRows(evaluation: Evaluation): Map<string, SourceRef> {
  const out = new Map<string, SourceRef>();
  for (const res of evaluation.values()) {
    for (const c of res.criteria) {
      for (const i of c.indicators) {
        const s = i.entry?.source;
        if (!s) continue;
        const k = `${s.sheet}|${res.setId}|${i.code}`;
        if (!out.has(k)) out.set(k, s);
      }
    }
  }
  return out;
}

/** The commune's cell on the row another commune filled for `code`, when both sit in one matrix. */
function blankCell(own: SourceRef, rows: Map<string, SourceRef>, setId: string, code: string): SourceRef | undefined {
  const other = rows.get(`${own.sheet}|${setId}|${code}`);
  if (!other || own.row === undefined || own.col === undefined || other.row === undefined || other.col === undefined) return undefined;
  // Same column for the commune, another row for the code: a matrix. A long table has no such cell.
  if (other.col === own.col || other.row === own.row) return undefined;
  return { sheet: own.sheet, cell: toA1(other.row, own.col), row: other.row, col: own.col };
}

function firstEntry(res: CommuneSetResult): SourceRef | undefined {
  for (const c of res.criteria) {
    if (c.criterionEntry) return c.criterionEntry.source;
    for (const i of c.indicators) if (i.entry) return i.entry.source;
  }
  return undefined;
}

export { canonicalCode };
