// What the add-in keeps inside the workbook (hidden sheet _ntm_state), so the task pane,
// a reload, the ribbon command and the command line all see the same settings, and
// highlights can be removed exactly even after the file was saved and reopened elsewhere.
import type { IsoDate } from '../model/dates';
import type { SheetRole } from '../check-types';
import type { MarkKind } from './highlight-plan';
import type { SummaryFingerprint } from './summary-fingerprint';

export interface WorkbookSettings {
  asOf?: IsoDate;
  region?: string;
  /** Criteria set ids the user chose to check; empty = every set found. */
  sets?: string[];
  /** Finding keys ignored with "Bỏ qua". */
  ignored: string[];
  sheetRoles?: Record<string, SheetRole | null>;
  lang?: 'vi' | 'en';
}

/** A cell's formatting as it was before the add-in marked it. */
export interface SavedCellFormat {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** Fill before marking: null = no fill. Colour as 6-digit RGB hex; pattern name as the adapter read it. */
  fill: { pattern: string; color?: string; bgColor?: string } | null;
  /** Note (comment) text before marking; null = none. */
  note: string | null;
  kind: MarkKind;
  /** Id of the add-in lines written in the cell's note (addinNoteId): finds the cell again after
   * rows or columns were inserted. Absent when no note was written, and in states from before. */
  mark?: string;
}

export interface HighlightState {
  version: 1;
  appliedAt: IsoDate;
  cells: SavedCellFormat[];
}

export interface StateSheetContent {
  settings: WorkbookSettings;
  highlight?: HighlightState;
  /** Summary sheets the last run wrote: the only sheets the add-in replaces or skips when reading. */
  summarySheets?: string[];
  /** Per listed sheet, the fingerprint of the values written: a sheet that no longer matches was
   * typed on, and is kept rather than replaced (kept-summary.ts). Absent in states from before. */
  summaryFingerprints?: Record<string, SummaryFingerprint>;
}
