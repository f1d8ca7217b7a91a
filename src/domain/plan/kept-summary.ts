// A summary sheet the office typed on since the last run is kept, never deleted: it is renamed
// "… (đã sửa)", it leaves the add-in's list (so no later run replaces it or skips it as the
// add-in's), and a fresh sheet is written under the old name. Edited = its values no longer
// match the fingerprint recorded when it was written. No fingerprint (a state from before
// fingerprints, or a run that recorded none): replaced, as before.
import type { SheetData } from '../model/grid';
import type { OwnedPredicate } from './owned-sheets';
import { isStateSheetName } from './owned-sheets';
import type { SheetPlan } from './sheet-plan';
import { compareFingerprint, editedCells, planFingerprint, type SummaryFingerprint, type ValueRows } from './summary-fingerprint';
import type { StateSheetContent } from './workbook-state';

/** A summary sheet the last run wrote, as it is now, with the fingerprint recorded then. */
export interface SummarySnapshot {
  name: string;
  rows: ValueRows;
  fingerprint?: SummaryFingerprint;
}

export interface KeptSummary {
  /** The name the add-in wrote it under (a fresh sheet takes it again). */
  from: string;
  /** The name it is kept under. */
  to: string;
  /** Edited cells (A1) when they can be told exactly; [] otherwise. */
  cells: string[];
  /** 1-based rows whose values differ. */
  rows: number[];
}

const MAX_SHEET_NAME = 31;
const KEPT_MARK = 'đã sửa';
const fold = (s: string) => s.toLowerCase();

/** "TH_Theo xã (đã sửa)", then "(đã sửa 2)", …: at most 31 characters, unlike every name in `taken` (folded). */
export function keptSheetName(name: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? ` (${KEPT_MARK})` : ` (${KEPT_MARK} ${i})`;
    // The name came from Excel, so it holds no forbidden character; the suffix adds none.
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(fold(candidate))) return candidate;
  }
}

/** The fingerprint the state recorded for a sheet (names compare without case, as in Excel). */
export function fingerprintOf(content: StateSheetContent | undefined, name: string): SummaryFingerprint | undefined {
  const prints = content?.summaryFingerprints;
  if (!prints) return undefined;
  if (prints[name]) return prints[name];
  const key = Object.keys(prints).find((k) => fold(k) === fold(name));
  return key === undefined ? undefined : prints[key];
}

/** The add-in's summary sheets among `sheets`, with their recorded fingerprints. */
export function summarySnapshots(sheets: readonly SheetData[], content: StateSheetContent | undefined, owned: OwnedPredicate): SummarySnapshot[] {
  return sheets
    .filter((s) => owned(s.name) && !isStateSheetName(s.name))
    .map((s) => {
      const fingerprint = fingerprintOf(content, s.name);
      return fingerprint ? { name: s.name, rows: s.rows, fingerprint } : { name: s.name, rows: s.rows };
    });
}

/**
 * The snapshots edited since they were written, each with the name it is kept under: the one
 * `chosen` gives (the check's, so the finding names the right sheet) when still free, else a
 * new one unlike every name in `taken` (the workbook's sheets and the plans about to be written).
 */
export function editedSummaries(snapshots: readonly SummarySnapshot[], taken: Iterable<string>, chosen: readonly KeptSummary[] = []): KeptSummary[] {
  const used = new Set([...taken].map(fold));
  for (const s of snapshots) used.add(fold(s.name));
  const out: KeptSummary[] = [];
  for (const s of snapshots) {
    if (!s.fingerprint) continue;
    const diff = compareFingerprint(s.fingerprint, s.rows);
    if (!diff) continue;
    const wanted = chosen.find((k) => fold(k.from) === fold(s.name))?.to;
    const to = wanted !== undefined && !used.has(fold(wanted)) ? wanted : keptSheetName(s.name, used);
    used.add(fold(to));
    out.push({ from: s.name, to, cells: editedCells(diff), rows: diff.rows.map((r) => r + 1) });
  }
  return out;
}

/**
 * The fingerprints to record with the list `names`: a sheet written now gets its plan's, one
 * left as it was (the findings sheet exported alone) keeps the one it had.
 */
export function recordedFingerprints(previous: StateSheetContent | undefined, names: readonly string[], plans: readonly SheetPlan[]): Record<string, SummaryFingerprint> {
  const out: Record<string, SummaryFingerprint> = {};
  for (const name of names) {
    const plan = plans.find((p) => fold(p.name) === fold(name));
    const print = plan ? planFingerprint(plan) : fingerprintOf(previous, name);
    if (print) out[name] = print;
  }
  return out;
}
