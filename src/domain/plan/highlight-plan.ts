// Marks on the user's own sheets. Applying them changes formatting only, never a value,
// and the adapter saves each cell's previous fill and note so the marks can be removed exactly.

export type MarkKind = 'unmet' | 'overdue' | 'due-soon' | 'data-error';

export interface HighlightMark {
  sheet: string;
  row: number;
  col: number;
  kind: MarkKind;
  /** Text cue put in the cell's note, so the meaning is not carried by colour alone. */
  cue: string;
}

export interface MarkStyle {
  kind: MarkKind;
  /** 6-digit RGB hex. */
  fill: string;
  /** Short label shown in the legend and at the start of every note. */
  label: { vi: string; en: string };
}

export const MARK_STYLES: Record<MarkKind, MarkStyle> = {
  'data-error': { kind: 'data-error', fill: 'F4B6C2', label: { vi: 'Lỗi dữ liệu', en: 'Data error' } },
  overdue: { kind: 'overdue', fill: 'F8CBAD', label: { vi: 'Quá hạn', en: 'Overdue' } },
  'due-soon': { kind: 'due-soon', fill: 'FFE699', label: { vi: 'Sắp đến hạn', en: 'Due soon' } },
  unmet: { kind: 'unmet', fill: 'FCE4D6', label: { vi: 'Chưa đạt', en: 'Not met' } },
};

/** When one cell earns several marks, the most urgent wins the fill; all cues go in the note. */
export const MARK_PRIORITY: MarkKind[] = ['data-error', 'overdue', 'due-soon', 'unmet'];

export interface HighlightPlan {
  marks: HighlightMark[];
}

/** Name of the hidden sheet where adapters keep settings and the pre-highlight state. */
export const STATE_SHEET_NAME = '_ntm_state';
/** Prefix of the sheets the add-in owns and replaces on every run. */
export const OWNED_SHEET_PREFIX = 'TH_';
