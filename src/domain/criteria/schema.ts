// The shape of a criteria set, validated with zod wherever a set is loaded.
import { z } from 'zod';

/** The seven socio-economic regions whose thresholds differ (DOMAIN §2). */
export const REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;
export const RegionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof RegionSchema>;

export const REGION_NAMES: Record<Region, string> = {
  TDMNPB: 'Trung du miền núi phía Bắc',
  DBSH: 'Đồng bằng sông Hồng',
  BTB: 'Bắc Trung Bộ',
  DHNTB: 'Duyên hải Nam Trung Bộ',
  TN: 'Tây Nguyên',
  DNB: 'Đông Nam Bộ',
  DBSCL: 'Đồng bằng sông Cửu Long',
};

/** How sure the shipped catalog is of an entry. */
export const ProvenanceSchema = z.enum(['seed-confirmed', 'decision-as-recalled', 'open', 'workbook']);
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** gte: value ≥ threshold; lte: value ≤ threshold; pass: Đạt/Không đạt only. */
export const DirectionSchema = z.enum(['gte', 'lte', 'pass']);
export type Direction = z.infer<typeof DirectionSchema>;

export const ThresholdSchema = z.object({
  value: z.number(),
  /** Absent region and province: applies everywhere in the set's scope. */
  region: RegionSchema.optional(),
  province: z.string().optional(),
  /** The commune group it is for (2026 - 2030 set: xã nhóm 1, 2, 3); absent: every group. */
  group: z.enum(['1', '2', '3']).optional(),
  /** Provenance, for the catalog's readers (may cite the seed it was read from). */
  source: z.string(),
  /** Where an office can look the threshold up (a decision, a definitions cell): said in findings. */
  basis: z.string().optional(),
  /** The same in English, where it is not a name ("sheet "Bộ tiêu chí"!E5"). */
  basisEn: z.string().optional(),
  /** From the workbook's definitions sheet: beats every shipped threshold of the indicator. */
  workbook: z.boolean().optional(),
});
export type Threshold = z.infer<typeof ThresholdSchema>;

export const IndicatorSchema = z.object({
  code: z.string().regex(/^\d{1,2}(\.\d{1,2})?$/),
  name: z.string().min(1),
  unit: z.string().optional(),
  direction: DirectionSchema.optional(),
  thresholds: z.array(ThresholdSchema).default([]),
  provenance: ProvenanceSchema,
  /** Other codes offices write for this indicator (criterion 5 written "5.1"). */
  aliases: z.array(z.string()).default([]),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CriterionSchema = z.object({
  code: z.string().regex(/^\d{1,2}$/),
  name: z.string().min(1),
  /** Short name for narrow matrix headers. */
  shortName: z.string().min(1),
  group: z.string().optional(),
  /** Open: the indicator list is incomplete; unknown indicator codes are info, not errors. */
  open: z.boolean().default(false),
  indicators: z.array(IndicatorSchema),
  provenance: ProvenanceSchema,
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const SetLevelSchema = z.enum(['commune', 'commune-advanced', 'commune-model', 'district', 'town']);
export type SetLevel = z.infer<typeof SetLevelSchema>;

export const CriteriaSetSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  shortName: z.string().min(1),
  level: SetLevelSchema,
  source: z.string().min(1),
  /** Open: criteria themselves may be missing; unknown criterion codes are info. */
  open: z.boolean().default(false),
  /** Expected totals when the decision gives them (19 criteria, 57 indicators). */
  expectedCriteria: z.number().int().optional(),
  expectedIndicators: z.number().int().optional(),
  groups: z.array(z.object({ id: z.string(), name: z.string(), criteria: z.array(z.string()) })).default([]),
  criteria: z.array(CriterionSchema),
  /** Conditions that are not a table (xã NTM kiểu mẫu). */
  conditions: z.array(z.string()).default([]),
  /** Shipped codes a workbook's definitions sheet took out ("Áp dụng: Không"), with the cell that says so. */
  withdrawn: z.array(z.object({ code: z.string(), source: z.string() })).optional(),
});
export type CriteriaSet = z.infer<typeof CriteriaSetSchema>;

export const CatalogSchema = z.array(CriteriaSetSchema);
export type Catalog = z.infer<typeof CatalogSchema>;
