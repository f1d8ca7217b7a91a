// Codes resolved within their set: unknown codes, names that belong to another code or set.
import type { CatalogIndex } from '../criteria/catalog';
import { criterionOf } from '../criteria/catalog';
import type { SourceRef } from '../model/program';
import type { FindingSink } from './finding-sink';
import { reportHiddenSetAside } from '../read/hidden-cells';
import { setNameEn } from '../criteria/set-names-en';
import { previousNameOf } from '../criteria/previous-names';
import { canonicalCriterionName } from '../criteria/criterion-names';

export interface CodeUse {
  setId: string;
  code: string;
  writtenName?: string;
  at: SourceRef;
  commune?: string;
  /** The code is in a row the office hid: unknown, it is an old code set aside (hidden-cells.ts). */
  hidden?: boolean;
}

export type CodeVerdict = 'known' | 'open' | 'unknown' | 'withdrawn';

/** Checks one use of a code; returns whether later checks can rely on it. */
export function checkCodeUse(catalog: CatalogIndex, sink: FindingSink, use: CodeUse, reported: Set<string>): CodeVerdict {
  const { setId, code } = use;
  const set = catalog.getSet(setId);
  if (!set) return 'unknown';
  const isCriterion = !code.includes('.');
  const known = isCriterion ? catalog.findCriterion(setId, code) : catalog.findIndicator(setId, code);
  const once = (k: string) => {
    if (reported.has(k)) return false;
    reported.add(k);
    return true;
  };
  if (!known) {
    const withdrawn = catalog.withdrawnAt(setId, code);
    if (withdrawn) {
      // Taken out by the office's definitions sheet: its rows are not judged, and that is said once.
      if (once(`withdrawn|${setId}|${code}|${use.at.sheet}`)) {
        sink.add('code.withdrawn', 'info', use.at, {
          vi: `Mã ${code} không áp dụng trong ${set.shortName} (trang định nghĩa ${withdrawn}): không xét.`,
          en: `Code ${code} is not applied in ${setNameEn(set)} (definitions sheet ${withdrawn}): not judged.`,
        }, { setId, indicator: code, found: code });
      }
      return 'withdrawn';
    }
    if (catalog.isOpenCriterion(setId, code)) {
      if (once(`open|${setId}|${code}`)) {
        sink.add('code.open', 'info', use.at, {
          vi: `Mã ${code} chưa có trong danh mục của ${set.shortName} (danh mục còn mở): chấp nhận như ghi trong sổ.`,
          en: `Code ${code} is not in the ${setNameEn(set)} catalog, which is open: accepted as written.`,
        }, { setId, indicator: code });
      }
      return 'open';
    }
    if (use.hidden) {
      if (once(`hidden|${setId}|${code}|${use.at.sheet}`)) reportHiddenSetAside(sink, use.at, { vi: `có mã ${code} không thuộc ${set.shortName}`, en: `holds code ${code}, not in ${setNameEn(set)}` }, 'row', `${use.at.sheet}|${code}`);
      return 'unknown';
    }
    if (once(`unknown|${setId}|${code}|${use.at.sheet}`)) {
      const elsewhere = catalog.setsWithCode(code).filter((s) => s !== setId).map((s) => catalog.getSet(s)?.shortName ?? s);
      sink.add('code.unknown', 'error', use.at, {
        vi: `Mã ${code} không có trong ${set.shortName}.` + (elsewhere.length ? ` Mã này có trong: ${elsewhere.join(', ')}.` : ''),
        en: `Code ${code} does not exist in ${setNameEn(set)}.` + (elsewhere.length ? ` It exists in: ${elsewhere.join(', ')}.` : ''),
      }, { setId, indicator: code, found: code, expected: `${set.criteria.length} tiêu chí của ${set.shortName}` });
    }
    return 'unknown';
  }
  if (use.writtenName && isCriterion) checkWrittenName(catalog, sink, use, once);
  return 'known';
}

function checkWrittenName(catalog: CatalogIndex, sink: FindingSink, use: CodeUse, once: (k: string) => boolean): void {
  const { setId, code } = use;
  const set = catalog.getSet(setId)!;
  const owner = catalog.whichCriterionHasName(setId, use.writtenName!);
  const criterion = catalog.findCriterion(setId, code)!;
  // The name this code had in the earlier set ("Tiêu chí số 11 về Hộ nghèo", seed 003): the code is
  // right. A name that is another code's keeps its finding below.
  if (owner === undefined || owner === criterionOf(code)) {
    if (reportPreviousName(sink, use, criterion, once)) return;
  }
  if (owner === criterionOf(code)) return;
  if (owner === undefined) {
    // No criterion of this set has the name, but this number has it in another set ("thuộc tiêu chí
    // số 6 về Kinh tế" under the advanced commune set: criterion 6 of the district set).
    const home = catalog.allSets().find((s) => s.id !== setId && catalog.whichCriterionHasName(s.id, use.writtenName!) === code);
    if (!home || !once(`name|${setId}|${code}|${use.writtenName}|${use.at.sheet}`)) return;
    sink.add('code.other-set', 'error', use.at, {
      vi: `"Tiêu chí ${code} ${use.writtenName}" là tiêu chí ${code} của ${home.shortName}; trong ${set.shortName}, tiêu chí ${code} là "${criterion.name}". Kiểm tra dòng này có thuộc ${home.shortName} không.`,
      en: `"Criterion ${code} ${use.writtenName}" is criterion ${code} of ${setNameEn(home)}; in ${setNameEn(set)} criterion ${code} is "${criterion.name}". Check whether this row belongs to ${setNameEn(home)}.`,
    }, { setId, indicator: code, found: `${code} ${use.writtenName}`, expected: `${code} ${criterion.name}`, suggestion: home.shortName });
    return;
  }
  // The name may be this code's name in another set: "tiêu chí 15 về Y tế" in the advanced set.
  const otherSet = catalog.allSets().find((s) => s.id !== setId && s.level !== 'district' && catalog.whichCriterionHasName(s.id, use.writtenName!) === code);
  if (!once(`name|${setId}|${code}|${use.writtenName}|${use.at.sheet}`)) return;
  if (otherSet) {
    sink.add('code.other-set', 'error', use.at, {
      vi: `"Tiêu chí ${code} ${use.writtenName}" là cách đánh số của ${otherSet.shortName}; trong ${set.shortName}, tiêu chí ${code} là "${criterion.name}" và "${use.writtenName}" là tiêu chí ${owner}.`,
      en: `"Criterion ${code} ${use.writtenName}" is numbered as in ${setNameEn(otherSet)}; in ${setNameEn(set)} criterion ${code} is "${criterion.name}" and "${use.writtenName}" is criterion ${owner}.`,
    }, { setId, indicator: code, found: `${code} ${use.writtenName}`, expected: `${owner} ${use.writtenName}`, suggestion: `Tiêu chí ${owner}` });
    return;
  }
  sink.add('code.name-mismatch', 'error', use.at, {
    vi: `Tên "${use.writtenName}" ghi cạnh mã ${code} là tên của tiêu chí ${owner} (tiêu chí ${code} là "${criterion.name}").`,
    en: `The name "${use.writtenName}" written with code ${code} belongs to criterion ${owner} (criterion ${code} is "${criterion.name}").`,
  }, { setId, indicator: code, found: `${code}. ${use.writtenName}`, expected: `${code}. ${criterion.name}`, suggestion: `Tiêu chí ${owner}` });
}

/** Info: the written name is this criterion's name in the earlier national set, not today's. */
function reportPreviousName(sink: FindingSink, use: CodeUse, criterion: { code: string; name: string; shortName?: string }, once: (k: string) => boolean): boolean {
  const written = use.writtenName!;
  const previous = previousNameOf(use.setId, criterion.code, written);
  if (!previous) return false;
  // A set whose definitions sheet still calls it so: its current name, nothing to say.
  const w = canonicalCriterionName(written);
  if ([criterion.name, criterion.shortName].some((n) => n && canonicalCriterionName(n) === w)) return false;
  if (!once(`previous|${use.setId}|${criterion.code}|${written}|${use.at.sheet}`)) return true;
  sink.add('code.old-name', 'info', use.at, {
    vi: `"${written}" là tên cũ của tiêu chí ${criterion.code} (${previous.period}); nay là «${criterion.name}».`,
    en: `"${written}" is the former name of criterion ${criterion.code} (${previous.periodEn}); it is now "${criterion.name}".`,
  }, { setId: use.setId, indicator: criterion.code, found: written, expected: criterion.name });
  return true;
}
