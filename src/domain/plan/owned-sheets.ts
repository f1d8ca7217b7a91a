// Which sheets the add-in wrote, and so may replace, and never reads as input. "TH_" alone is
// no proof: "TH" is how offices abbreviate "tổng hợp", and a user's "TH_Xã" must never be
// deleted or skipped. The state sheet lists the summary sheets each run wrote.
import { OWNED_SHEET_PREFIX, STATE_SHEET_NAME } from './highlight-plan';
import type { StateSheetContent } from './workbook-state';

export type OwnedPredicate = (name: string) => boolean;

const fold = (s: string) => s.toLocaleLowerCase('vi');

export function isStateSheetName(name: string): boolean {
  return fold(name) === fold(STATE_SHEET_NAME);
}

/**
 * The sheets the state lists; a state written before the list existed owns every "TH_" sheet,
 * as the add-in did then; no state (or one that cannot be read) owns none.
 */
export function ownedSheets(content: StateSheetContent | undefined): OwnedPredicate {
  if (!content) return () => false;
  if (!content.summarySheets) return (name) => fold(name).startsWith(fold(OWNED_SHEET_PREFIX));
  const listed = new Set(content.summarySheets.map(fold));
  return (name) => listed.has(fold(name));
}

/**
 * The state's record of the summary sheets (list and fingerprints), for a writer that rebuilds
 * the state: without the list the next run would take them for the user's, without the
 * fingerprints it would replace a sheet the office typed on.
 */
export function summaryRecord(content: StateSheetContent | undefined): Pick<StateSheetContent, 'summarySheets' | 'summaryFingerprints'> {
  const out: Pick<StateSheetContent, 'summarySheets' | 'summaryFingerprints'> = {};
  if (content?.summarySheets) out.summarySheets = content.summarySheets;
  if (content?.summaryFingerprints) out.summaryFingerprints = content.summaryFingerprints;
  return out;
}
