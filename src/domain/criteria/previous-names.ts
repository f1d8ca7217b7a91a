// Names a criterion had in an earlier national commune set, which offices still write ("Tiêu chí
// số 11 về Hộ nghèo", seed 003): the code is right, the name is the old one. Only names whose
// criterion was renamed, and only those this project is sure of.
import { canonicalCriterionName } from './criterion-names';
import type { Provenance } from './schema';

export interface PreviousName {
  name: string;
  /** The earlier set, as said to the office ("2016–2020"). */
  period: string;
  periodEn: string;
  provenance: Provenance;
  /** The decision it is recalled from. */
  source: string;
}

const DR = 'decision-as-recalled' as const;
// Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020; not checked against its text here
// (no seed quotes it: seed 003 writes "Tiêu chí số 11 về Hộ nghèo", "Tiêu chí số 3 về Thủy lợi").
const SET_2016: Omit<PreviousName, 'name'> = { period: 'bộ tiêu chí 2016–2020', periodEn: '2016–2020 set', provenance: DR, source: 'QĐ 1980/QĐ-TTg 2016' };

/** By the 2021 - 2025 commune set's code (QĐ 318 kept the numbering of QĐ 1980). */
const PREVIOUS: Record<string, Record<string, PreviousName[]>> = {
  'xa-ntm-2021': {
    '3': [{ name: 'Thủy lợi', ...SET_2016 }],
    '11': [{ name: 'Hộ nghèo', ...SET_2016 }],
    // Not the 2010 - 2015 names (QĐ 342/QĐ-TTg 2013): not recalled surely enough to tell an office.
    '12': [{ name: 'Lao động có việc làm', ...SET_2016 }],
    '13': [{ name: 'Tổ chức sản xuất', ...SET_2016 }],
  },
};

/** The earlier name of `code` in `setId` that `written` is, if any. */
export function previousNameOf(setId: string, code: string, written: string): PreviousName | undefined {
  const w = canonicalCriterionName(written);
  if (!w) return undefined;
  return PREVIOUS[setId]?.[code]?.find((p) => canonicalCriterionName(p.name) === w);
}
