// Summary tables: the single source of truth every count and name list in a report comes from.
import type { SetLevel } from '../criteria/schema';
import type { IsoDate } from '../model/dates';

export type Band = '19' | '15-18' | '10-14' | '5-9' | '<5';

/** The bands 19 / 15–18 / 10–14 / 5–9 / dưới 5 are those of the 19-criteria commune sets; a set
 * with another count (a town set of 2, a workbook's own set) only tells full from not full. */
export function usesNationalBands(criteria: number): boolean {
  return criteria === 19;
}

export interface CommuneRow {
  communeKey: string;
  /** Display name with prefix where it matters ("Tân Sơn", "thị trấn Định An"). */
  display: string;
  setId: string;
  criteriaTotal: number;
  /** Criterion codes achieved / not achieved / with no status at all. */
  criteriaMet: string[];
  criteriaUnmet: string[];
  criteriaUnknown: string[];
  indicatorsMet: number;
  /** 0 when not known: see indicatorsExpected. */
  indicatorsTotal: number;
  /** The set's number of indicators by its decision, when the list known here (shipped and the
   * workbook's definitions) is shorter: no count is given (indicatorsTotal 0; JSON 1.13). */
  indicatorsExpected?: number;
  /** Indicators of a met or unmet criterion with no result of their own (a sheet with criterion
   * verdicts only, a blank cell): not counted as met, and not known to be unmet (JSON 1.9). */
  indicatorsUnknown: number;
  /** null for a commune with no status at all (`noData`): it is in no band. */
  band: Band | null;
  /** No status at all for any criterion: left out of the bands and the average, shown as "chưa có số liệu". */
  noData?: boolean;
}

export interface CriterionRow {
  setId: string;
  code: string;
  name: string;
  communesMet: string[];
  communesUnmet: string[];
  /** Communes with no status for the criterion: met + unmet + these = total (JSON 1.8). */
  communesNoData: string[];
  communesTotal: number;
  /** Communes with some status recorded: the rate's denominator, as on the commune sheet (JSON 1.8). */
  communesWithData: number;
  leads: string[];
  coordinators: string[];
}

/** 'no-result': no commune in the item's scope has a result or a target for its set. */
export type DeadlineState = 'met-on-time' | 'met-late' | 'due-soon' | 'overdue' | 'pending' | 'no-deadline' | 'no-result';

export interface DepartmentItem {
  setId: string;
  code: string;
  qualifier?: string;
  name: string;
  role: 'lead' | 'coordinator';
  deadline?: IsoDate;
  deadlineLabel?: string;
  /** Deadlines written on status rows ("Dự kiến đạt") that differ from the assignment's: the
   * communes with such a row were judged by it. */
  statusDeadlineLabel?: string;
  state: DeadlineState;
  /** The deadline cell holds no date ("Thường xuyên", "Duy trì", unreadable): met is "Đã đạt", not "đúng hạn". */
  deadlineUndated?: true;
  /** Met (state 'met-on-time', counted as met) but no date met is known for some commune (no "Ngày
   * đạt" column, or its cell empty): "Đã đạt", not "Đạt đúng hạn" (JSON 1.14). */
  metUndated?: true;
  /** Display names of the communes still not meeting the item. */
  communesUnmet: string[];
  /** The same communes by their own state, worst first, when they are not all in the item's
   * (a status row's earlier deadline makes one commune overdue and the others due soon; JSON 1.13). */
  communesUnmetByState?: { state: DeadlineState; communes: string[] }[];
  /** Communes in scope with no result for the item yet (not the same as not meeting it). */
  communesNoResult?: string[];
  /** An indicator item: communes with no row for the indicator whose criterion is written not met
   * (statuses kept by criterion; JSON 1.11). Neither unmet nor without a result. */
  communesCriterionUnmet?: string[];
  /** A district criterion or content the district itself has not met, or that has no assessment yet. */
  district?: 'unmet' | 'not-assessed';
}

export interface DepartmentRow {
  departmentId: string;
  department: string;
  items: DepartmentItem[];
  /** Counts of the items the department leads (items it only coordinates are listed, not counted). */
  met: number;
  dueSoon: number;
  overdue: number;
  /** Items it leads, and items it only coordinates. */
  led: number;
  coordinating: number;
}

export interface DistrictRow {
  code: string;
  name: string;
  isCriterion: boolean;
  achieved?: boolean;
  deadline?: IsoDate;
  deadlineLabel?: string;
  state: DeadlineState;
  /** Met with no date met known (see DepartmentItem.metUndated; JSON 1.14). */
  metUndated?: true;
  leads: string[];
}

/**
 * A district set's precondition (QĐ 320: "Tất cả các xã trên địa bàn huyện được công nhận đạt chuẩn
 * nông thôn mới"), judged from the status data: every xã the workbook knows meets every criterion
 * of the commune set. Recognition itself is a decision no sheet shows; meeting the set is what
 * the district can act on (seed 000: "nâng chất (12 xã) để đạt chuẩn … theo quy định mới").
 */
export interface DistrictCondition {
  /** The district set, and the condition as it words it. */
  setId: string;
  text: string;
  /** The commune set every xã must meet. */
  communeSetId: string;
  /** Display names: meeting every criterion, missing some, with no status on that set. */
  full: string[];
  notFull: string[];
  noData: string[];
  met: boolean;
}

/** A set the summary mentions, named for people: the catalog's names, or a definitions sheet's
 * for a set the workbook defines itself (its id, "wb:…", means nothing to a reader). */
export interface SummarySet {
  id: string;
  name: string;
  shortName: string;
  level?: SetLevel;
}

export interface ProgramSummary {
  asOf: IsoDate;
  communes: CommuneRow[];
  criteria: CriterionRow[];
  departments: DepartmentRow[];
  district: DistrictRow[];
  /** Per set: its criteria count, communes at full marks, average criteria per commune, count per
   * band ('19' counts communes meeting every criterion of the set, whatever their number). */
  /** Per set; `level` tells what the units are ("town": thị trấn, else xã / huyện). */
  /** `bands` and `average` count the communes with some status; `noData` counts the others. */
  totals: { setId: string; level?: SetLevel; criteria: number; communes: number; full: number; average: number; bands: Record<Band, number>; noData: number }[];
  /** Every set a row above names, in catalog order (JSON 1.10). */
  sets: SummarySet[];
  /** The district sets' preconditions, when the workbook reports on a district set (JSON 1.10). */
  districtConditions: DistrictCondition[];
  /** The office's unit as its own rows are named: "Huyện", "Thị xã", "Thành phố", "Quận" (its
   * findings carry the key DISTRICT_KEY, "huyen:", whatever the kind; JSON 1.12). */
  districtUnit: string;
}
