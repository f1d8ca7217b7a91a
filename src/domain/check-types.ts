// The engine's contract: what goes in, what comes out. Adapters and the UI depend on this file.
import type { Bilingual, Finding, Severity } from './model/finding';
import type { IsoDate } from './model/dates';
import type { SheetPlan } from './plan/sheet-plan';
import type { HighlightPlan } from './plan/highlight-plan';
import type { Region } from './criteria/schema';
import type { ProgramSummary } from './summary/types';
import type { KeptSummary } from './plan/kept-summary';

export type Lang = 'vi' | 'en';

export type SheetRole = 'assignment' | 'status-matrix' | 'status-transposed' | 'status-long' | 'status-commune' | 'communes' | 'departments' | 'definitions';

export interface CheckOptions {
  /** Report date every deadline is judged against (never "today" implicitly). */
  asOf: IsoDate;
  region?: Region;
  /** Province whose own thresholds apply (e.g. "An Giang"). */
  province?: string;
  lang?: Lang;
  /** Finding keys the user chose to ignore ("Bỏ qua"). */
  ignored?: string[];
  /** Most findings listed per check code; the rest are counted ("N of M shown"). */
  capPerCheck?: number;
  /** The user's correction of a wrong guess: sheet name → role, or null to skip the sheet. */
  sheetRoles?: Record<string, SheetRole | null>;
  /** Sheets the add-in wrote (from its state): never read, and their names free to reuse.
   * Absent: every "TH_" sheet is taken for the add-in's, as before the state listed them. */
  ownedSheets?: readonly string[];
  /** Agency shown top left of the summary sheets ("UBND HUYỆN TRÀ CÚ"); guessed when absent. */
  agency?: string;
  /** Place name in the date line ("Trà Cú, ngày … "); guessed when absent. */
  place?: string;
  /** Where the check runs: advice in findings names its controls (flags on the command line, the
   * add-in's buttons otherwise, the default). */
  surface?: 'addin' | 'cli';
}

export interface RecognizedSheet {
  sheet: string;
  role: SheetRole | null;
  /** 0-based header row when recognized. */
  headerRow?: number;
  /** What was found, or what was looked for and not found. */
  reason: Bilingual;
}

export interface FindingGroupCount {
  code: string;
  severity: Severity;
  total: number;
  shown: number;
}

export interface CheckResult {
  asOf: IsoDate;
  /** False when nothing usable was found; unusableReason says why (CLI exit 2). */
  usable: boolean;
  unusableReason?: Bilingual;
  recognized: RecognizedSheet[];
  /** Sorted (severity, sheet, row, column, code) and capped per check. */
  findings: Finding[];
  counts: FindingGroupCount[];
  ignoredCount: number;
  /** The findings set aside ("Bỏ qua") this run would have made, sorted as `findings`: the pane
   * lists them to bring back one at a time. Absent when nothing is ignored. */
  ignoredFindings?: Finding[];
  summary: ProgramSummary;
  sheetPlans: SheetPlan[];
  highlights: HighlightPlan;
  /** Summary sheets the office typed on since the last run (WorkbookData.summaries): adapters
   * rename each to `to` instead of deleting it. Absent when there are none. */
  keptSummaries?: KeptSummary[];
  /** Sets the workbook's definitions sheets name (rows in force): the office defines them itself,
   * so no template is offered for them (definitions-template.ts). Absent without such rows. */
  definedSets?: string[];
  /** Milliseconds per engine phase, for the benchmark. */
  timings?: Record<string, number>;
}
