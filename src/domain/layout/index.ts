// Entry point: the engine's summary tables → the summary sheets in the official layout.
// Sheet names stay Vietnamese in every language so a re-run replaces, not duplicates, them.
import type { Finding } from '../model/finding';
import type { HighlightMark } from '../plan/highlight-plan';
import type { CommuneRow, ProgramSummary } from '../summary/types';
import { communeSheet } from './commune-sheet';
import { criterionSheet } from './criterion-sheet';
import { departmentSheet } from './department-sheet';
import { districtSheet } from './district-sheet';
import { findingsSheet } from './findings-sheet';
import { legendSheet } from './legend-sheet';
import { paginate } from './paginate';
import { ownedSheetName } from './sheet-name';
import { font } from './styles';
import { heightFor } from './text-fit';
import { TOOL_MARK } from '../plan/tool-mark';
import type { Lang, LayoutSet, LinkedSheetPlan, ReportContext } from './types';

export type { LayoutSet, LinkedSheetPlan, PlanLink, ReportContext } from './types';
export { formatNumberVi, formatPercentVi, formatDateVi, dateLineVi } from './vi-format';
export { unmetSentence } from './unmet-sentence';

export const SHEET_NAMES = {
  communePrefix: 'TH_Theo xã - ',
  criteria: 'TH_Theo tiêu chí',
  departments: 'TH_Theo phòng ban',
  district: 'TH_Tiêu chí huyện',
  findings: 'TH_Kết quả kiểm tra',
  legend: 'TH_Chú giải',
} as const;

export interface SummarySheetsInput {
  summary: ProgramSummary;
  /** The sets in report order, with the names, groups and criteria the sheets print. */
  sets: LayoutSet[];
  findings: Finding[];
  marks: HighlightMark[];
  agency: string;
  subAgency?: string;
  signature?: ReportContext['signature'];
  place: string;
  dataSources?: ReportContext['dataSources'];
  lang?: Lang;
  /** The user's sheet names ("TH_Theo xã" typed by the office included): never given to a summary sheet. */
  reservedNames?: readonly string[];
}

/** A set the rows mention but the caller did not describe: columns then come from the rows. */
function bareSet(id: string): LayoutSet {
  return { id, name: id, shortName: id, level: 'commune', groups: [], criteria: [] };
}

export function buildSummarySheets(input: SummarySheetsInput): LinkedSheetPlan[] {
  const { summary } = input;
  const ctx: ReportContext = {
    agency: input.agency,
    subAgency: input.subAgency,
    signature: input.signature,
    place: input.place,
    asOf: summary.asOf,
    lang: input.lang ?? 'vi',
    districtUnit: summary.districtUnit,
    ...(input.dataSources?.length ? { dataSources: input.dataSources } : {}),
  };
  const used = new Set<string>((input.reservedNames ?? []).map((n) => n.toLocaleLowerCase('vi')));
  const out: LinkedSheetPlan[] = [];

  const communesBySet = new Map<string, CommuneRow[]>();
  // Indexed: a for-of allocates an iterator result per commune until the loop is optimized.
  for (let n = 0; n < summary.communes.length; n++) {
    const r = summary.communes[n];
    const list = communesBySet.get(r.setId);
    if (list) list.push(r);
    else communesBySet.set(r.setId, [r]);
  }
  const described = new Set(input.sets.map((s) => s.id));
  const communeSets = [
    ...input.sets.filter((s) => s.level !== 'district' && communesBySet.has(s.id)),
    ...[...communesBySet.keys()].filter((id) => !described.has(id)).map(bareSet),
  ];
  for (const set of communeSets) {
    const totals = summary.totals.find((t) => t.setId === set.id);
    const name = ownedSheetName(SHEET_NAMES.communePrefix + set.shortName, used);
    out.push(communeSheet(name, set, communesBySet.get(set.id)!, totals, ctx));
  }
  if (summary.criteria.length) {
    out.push(criterionSheet(ownedSheetName(SHEET_NAMES.criteria, used), summary.criteria, input.sets, ctx));
  }
  if (summary.departments.length) {
    out.push(departmentSheet(ownedSheetName(SHEET_NAMES.departments, used), summary.departments, input.sets, ctx));
  }
  if (summary.district.length) {
    const districtSet = input.sets.find((s) => s.level === 'district');
    const conditions = summary.districtConditions.filter((c) => c.setId === districtSet?.id);
    const shortName = (id: string) => input.sets.find((s) => s.id === id)?.shortName ?? summary.sets.find((s) => s.id === id)?.shortName ?? id;
    out.push(districtSheet(ownedSheetName(SHEET_NAMES.district, used), summary.district, districtSet?.name, ctx, conditions, shortName));
  }
  out.push(findingsSheet(ownedSheetName(SHEET_NAMES.findings, used), input.findings, ctx));
  out.push(legendSheet(ownedSheetName(SHEET_NAMES.legend, used), input.marks, ctx));
  for (const plan of out) {
    appendToolMark(plan, ctx.lang);
    // Last: the closing line is part of what must print with the signature.
    paginate(plan);
  }
  return out;
}

/** The closing line of every summary sheet (TOOL_MARK): one blank row, then the line across the table. */
function appendToolMark(plan: LinkedSheetPlan, lang: Lang): void {
  const width = Math.max(plan.columnWidths.length, plan.values[0]?.length ?? 1);
  const blank = (): (string | null)[] => new Array(width).fill(null);
  const row = plan.values.length + 1;
  const line = blank();
  line[0] = TOOL_MARK[lang];
  plan.values.push(blank(), line);
  const r = { top: row, left: 0, bottom: row, right: width - 1 };
  if (width > 1) plan.merges.push(r);
  plan.styles.push({ rect: r, style: { font: font({ size: 10, italic: true }), horizontal: 'left', vertical: 'middle', wrap: true } });
  plan.rowHeights.push({ row, height: heightFor(TOOL_MARK[lang], plan.columnWidths.reduce((a, b) => a + b, 0), 10) });
}
