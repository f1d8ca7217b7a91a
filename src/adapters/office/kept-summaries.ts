// The add-in's summary sheets as they are now, for the writers to keep the ones the office typed
// on (domain/plan/kept-summary.ts). The loads are queued, never synced here: they ride on the
// caller's next sync (no extra round trip).
/// <reference types="office-js" />
import type { CellValue } from '../../domain/model/grid';
import { fingerprintOf, type SummarySnapshot } from '../../domain/plan/kept-summary';
import { isStateSheetName } from '../../domain/plan/owned-sheets';
import { ownedOf, type LoadedState } from './settings';
import { fromOfficeValue } from './values';

/**
 * Queues the values of the sheets among `names` (existing sheets, as loaded) that the state owns
 * and has a fingerprint for; the returned function gives the snapshots after the next sync.
 */
export function queueSnapshots(context: Excel.RequestContext, state: LoadedState, names: readonly string[]): () => SummarySnapshot[] {
  const owned = ownedOf(state);
  const reads = names
    .filter((n) => owned(n) && !isStateSheetName(n) && fingerprintOf(state.content, n))
    .map((name) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load('values,rowIndex,columnIndex');
      return { name, used };
    });
  return () =>
    reads.map(({ name, used }) => ({
      name,
      rows: used.isNullObject ? [] : placed(used.rowIndex, used.columnIndex, used.values as unknown[][]),
      fingerprint: fingerprintOf(state.content, name),
    }));
}

/** A block of values at (top, left) as rows from A1. */
function placed(top: number, left: number, values: unknown[][]): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: top }, () => []);
  for (const line of values) rows.push([...(new Array(left).fill(null) as CellValue[]), ...line.map(fromOfficeValue)]);
  return rows;
}
