// What the task pane needs from "the workbook", whether it is open in Excel (Office.js)
// or loaded from a file in the browser (ExcelJS). The pane never touches either library.
import type { CheckResult } from '../domain/check-types';
import type { Bilingual } from '../domain/model/finding';
import type { WorkbookData } from '../domain/model/grid';
import type { WorkbookSettings } from '../domain/plan/workbook-state';

export type { WorkbookSettings };

/** A step of a long operation, for the determinate progress bar (fraction 0..1 of the step). */
export interface HostProgress {
  step: 'write' | 'clear' | 'export' | 'download';
  fraction: number;
}

/** What a write managed to do; a failure half way is never silent. */
export interface HostWriteReport {
  /** Summary sheets now in the workbook. */
  sheets: string[];
  /** Things not written, already worded for the user (Vietnamese). */
  notWritten: string[];
  /** Set when the write stopped on an error. */
  error?: Bilingual;
}

export interface WorkbookHost {
  kind: 'excel' | 'file';
  /** Every sheet's values, the add-in's own sheets included (the pane filters them). */
  read(): Promise<WorkbookData>;
  loadSettings(): Promise<WorkbookSettings>;
  saveSettings(settings: WorkbookSettings): Promise<void>;
  /** Summary sheets and marks on the user's cells. */
  writeResults(result: CheckResult, onProgress: (p: HostProgress) => void): Promise<HostWriteReport>;
  clearHighlights(): Promise<HostWriteReport>;
  /** Shows the cell: selects it in Excel; in file mode the pane previews it. */
  selectCell(sheet: string, a1: string): Promise<void>;
  /** Writes the findings sheet (with links to the cells); in file mode it downloads it. */
  exportFindings(result: CheckResult): Promise<HostWriteReport>;
  /** File mode only: downloads the checked workbook; returns the file name. */
  download?(): Promise<string>;
  /** What a downloaded copy cannot keep from the file opened (file mode; ExcelJS drops it). */
  notKept?(): Bilingual[];
  /** Adds the definitions template (domain/definitions-template.ts) for the sets `result` uses:
   * the office's sheet from then on. `reason`: why there was nothing to add. */
  addDefinitionsTemplate?(result: CheckResult): Promise<HostWriteReport & { reason?: Bilingual }>;
}

/** Errors a host throws for the user: already a sentence saying what to do. */
export class HostError extends Error {
  constructor(public readonly text: Bilingual) {
    super(text.vi);
    this.name = 'HostError';
  }
}
