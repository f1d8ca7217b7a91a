// The shipped sets' names in English, for English messages and the pane's English mode: the
// Vietnamese short names ("Xã NTM nâng cao") are the office's words, not English ones.
export const SET_NAMES_EN: Readonly<Record<string, string>> = {
  'xa-ntm-2021': 'NTM commune',
  'xa-ntm-2026': 'NTM commune 2026 - 2030',
  'xa-ntm-nang-cao-2021': 'Advanced NTM commune',
  'xa-ntm-kieu-mau-2021': 'Model NTM commune',
  'huyen-ntm-2021': 'NTM district',
  'do-thi-van-minh-2022': 'Civilized town',
};

/** A set's name in an English message: the English name of a shipped set, else its own (a workbook's set). */
export function setNameEn(set: { id: string; shortName: string }): string {
  return SET_NAMES_EN[set.id] ?? set.shortName;
}
