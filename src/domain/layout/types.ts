// Inputs and outputs of the summary-sheet layout, as plain data.
import type { IsoDate } from '../model/dates';
import type { SheetPlan } from '../plan/sheet-plan';

export type Lang = 'vi' | 'en';

/** What the layout needs of a criteria set; passed in so layout does not depend on the catalog. */
export interface LayoutSet {
  id: string;
  name: string;
  shortName: string;
  /** SetLevel of the schema ('commune', 'commune-advanced', 'district', …). */
  level: string;
  groups: { id: string; name: string; criteria: string[] }[];
  criteria: { code: string; name: string; shortName: string }[];
}

/**
 * A link from a cell to a place in the workbook. Proposed addition to SheetPlan
 * (`links?: PlanLink[]`); typed here until the contract carries it.
 */
export interface PlanLink {
  row: number;
  col: number;
  /** "'Phân công'!B7" */
  target: string;
}

export type LinkedSheetPlan = SheetPlan & { links?: PlanLink[] };

/** Who issues the report, where, and as of when: shared by every sheet's frame. */
export interface ReportContext {
  agency: string;
  subAgency?: string;
  /** The workbook's own signature block ("TM. BQL NTM XÃ / TRƯỞNG BAN"), else the committee's. */
  signature?: { lines: string[]; signer?: string };
  place: string;
  asOf: IsoDate;
  lang: Lang;
  /** Status sheets read for one year or quarter ("năm 2023", sheet "KQ 2023"): the as-of line names them. */
  dataSources?: DataSource[];
}

export interface DataSource {
  sheet: string;
  vi: string;
  en: string;
}
