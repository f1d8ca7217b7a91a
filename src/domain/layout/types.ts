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

/**
 * The rows under a signed sheet's table (notes, signature block, closing line) that must print
 * on one page with the end of the table. Layout-only: pagination.ts and keep-headings.ts turn
 * it into `print.pageBreaksBefore` and paginate.ts removes it before the plan leaves the layout.
 */
export interface ClosingBlock {
  /** Last row of the table (its last data or total row). */
  tableEnd: number;
  /** First row of the notes under the table: note lines run to `signature` − 2, then one blank row. */
  notes: number;
  /** First row of the signature block. */
  signature: number;
  /** How many of the table's last rows start the new page with the block when it must move. */
  keepWith: number;
  /** Section heading rows of the table: no break leaves one at the foot of a page, and breaks of their own keep them off it (keep-headings.ts). */
  headings?: number[];
}

/** `headings`: a sheet's section headings when it has no closing block (else they are the block's). */
export type LinkedSheetPlan = SheetPlan & { links?: PlanLink[]; closing?: ClosingBlock; headings?: number[] };

/** Who issues the report, where, and as of when: shared by every sheet's frame. */
export interface ReportContext {
  agency: string;
  subAgency?: string;
  /** The workbook's own signature block ("TM. BQL NTM XÃ / TRƯỞNG BAN"), else the committee's. */
  signature?: { lines: string[]; signer?: string; preparer?: string };
  place: string;
  asOf: IsoDate;
  lang: Lang;
  /** The office's unit as its own rows are named ("Huyện", "Thị xã"); "Huyện" when absent. */
  districtUnit?: string;
  /** Status sheets read for one year or quarter ("năm 2023", sheet "KQ 2023"): the as-of line names them. */
  dataSources?: DataSource[];
}

export interface DataSource {
  sheet: string;
  vi: string;
  en: string;
}
