// Before the add-in's summary sheets are removed: each one whose values no longer match the
// fingerprint recorded when it was written was typed on, and is renamed instead (see
// domain/plan/kept-summary.ts), so removing the add-in's sheets leaves it.
import type ExcelJS from 'exceljs';
import { editedSummaries, fingerprintOf, type KeptSummary } from '../../domain/plan/kept-summary';
import { isStateSheetName, type OwnedPredicate } from '../../domain/plan/owned-sheets';
import type { StateSheetContent } from '../../domain/plan/workbook-state';
import { sheetToData } from './read-workbook';

/**
 * Reads the owned sheets that have a fingerprint and renames the edited ones: under the name
 * the check chose (`chosen`, so its finding names the right sheet) when still free.
 */
export function keepEditedSummaries(
  wb: ExcelJS.Workbook,
  content: StateSheetContent | undefined,
  owned: OwnedPredicate,
  planNames: readonly string[],
  chosen: readonly KeptSummary[] = [],
): KeptSummary[] {
  const snapshots = wb.worksheets
    .filter((ws) => owned(ws.name) && !isStateSheetName(ws.name) && fingerprintOf(content, ws.name))
    .map((ws) => ({ name: ws.name, rows: sheetToData(ws).rows, fingerprint: fingerprintOf(content, ws.name) }));
  if (!snapshots.length) return [];
  const kept = editedSummaries(snapshots, [...wb.worksheets.map((ws) => ws.name), ...planNames], chosen);
  for (const k of kept) {
    const ws = wb.worksheets.find((w) => w.name === k.from);
    if (ws) ws.name = k.to;
  }
  return kept;
}
