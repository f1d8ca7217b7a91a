// The seven regions of the criteria thresholds, copied from domain/criteria/schema.ts so the
// pane's first chunk does not pull zod in with the schema (a test keeps the two equal).
export const UI_REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;
export type UiRegion = (typeof UI_REGIONS)[number];

export const UI_REGION_NAMES: Record<UiRegion, { vi: string; en: string }> = {
  TDMNPB: { vi: 'Trung du miền núi phía Bắc', en: 'Northern midlands and mountains' },
  DBSH: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  BTB: { vi: 'Bắc Trung Bộ', en: 'North Central Coast' },
  DHNTB: { vi: 'Duyên hải Nam Trung Bộ', en: 'South Central Coast' },
  TN: { vi: 'Tây Nguyên', en: 'Central Highlands' },
  DNB: { vi: 'Đông Nam Bộ', en: 'Southeast' },
  DBSCL: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta' },
};
