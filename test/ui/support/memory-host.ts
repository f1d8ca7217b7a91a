// A real WorkbookHost over plain WorkbookData, for component tests: settings go into the
// hidden state sheet with the domain's codec, summary sheets are written as value grids,
// marks are kept, selections recorded. Nothing is canned: the pane runs the real engine.
import type { CheckResult } from '../../../src/domain/check-types';
import type { CellValue, SheetData, WorkbookData } from '../../../src/domain/model/grid';
import type { HighlightMark } from '../../../src/domain/plan/highlight-plan';
import { STATE_SHEET_NAME } from '../../../src/domain/plan/highlight-plan';
import { ownedSheets } from '../../../src/domain/plan/owned-sheets';
import { recordedFingerprints, summarySnapshots } from '../../../src/domain/plan/kept-summary';
import type { SheetPlan } from '../../../src/domain/plan/sheet-plan';
import { decodeState, encodeState } from '../../../src/domain/plan/state-codec';
import type { WorkbookSettings } from '../../../src/domain/plan/workbook-state';
import { HostError, type HostProgress, type HostWriteReport, type WorkbookHost } from '../../../src/ui/host';

export class MemoryHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  marks: HighlightMark[] = [];
  selections: string[] = [];
  progress: HostProgress[] = [];
  /** Makes the next call of that method fail with the given error (like Excel would). */
  failNext: Partial<Record<'read' | 'writeResults' | 'clearHighlights' | 'saveSettings', unknown>> = {};

  constructor(public wb: WorkbookData) {}

  private maybeFail(method: keyof MemoryHost['failNext']): void {
    if (method in this.failNext) {
      const e = this.failNext[method];
      delete this.failNext[method];
      throw e;
    }
  }

  sheet(name: string): SheetData | undefined {
    return this.wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private put(sheet: SheetData): void {
    this.wb = { sheets: [...this.wb.sheets.filter((s) => s.name.toLowerCase() !== sheet.name.toLowerCase()), sheet] };
  }

  /** The summary sheets this host wrote, as its state lists them (a host's contract). */
  private owned(): (name: string) => boolean {
    const s = this.sheet(STATE_SHEET_NAME);
    return ownedSheets(s ? decodeState(s.rows).content : undefined);
  }

  private recordSheets(names: string[], plans: readonly SheetPlan[]): void {
    const s = this.sheet(STATE_SHEET_NAME);
    const current = (s ? decodeState(s.rows).content : undefined) ?? { settings: { ignored: [] } };
    this.put({ name: STATE_SHEET_NAME, hidden: true, merges: [], rows: encodeState({ ...current, summarySheets: names, summaryFingerprints: recordedFingerprints(current, names, plans) }) });
  }

  /** The user's sheets and the state sheet: the summary sheets it wrote are left out, as real hosts
   * do, and come along as `summaries` (what they hold now, to tell which were typed on). */
  async read(): Promise<WorkbookData> {
    this.maybeFail('read');
    const owned = this.owned();
    const s = this.sheet(STATE_SHEET_NAME);
    const summaries = summarySnapshots(this.wb.sheets, s ? decodeState(s.rows).content : undefined, owned);
    return { sheets: this.wb.sheets.filter((x) => !owned(x.name)).map((x) => ({ ...x, rows: x.rows.map((r) => [...r]) })), ...(summaries.length ? { summaries } : {}) };
  }

  async loadSettings(): Promise<WorkbookSettings> {
    const s = this.sheet(STATE_SHEET_NAME);
    return (s && decodeState(s.rows).content?.settings) || { ignored: [] };
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    this.maybeFail('saveSettings');
    const s = this.sheet(STATE_SHEET_NAME);
    const current = s ? decodeState(s.rows).content : undefined;
    this.put({ name: STATE_SHEET_NAME, hidden: true, merges: [], rows: encodeState({ ...(current ?? {}), settings }) });
  }

  private writePlans(plans: SheetPlan[]): string[] {
    for (const p of plans) this.put({ name: p.name, merges: p.merges, rows: p.values.map((r) => r.map((v): CellValue => v)) });
    return plans.map((p) => p.name);
  }

  async writeResults(result: CheckResult, onProgress: (p: HostProgress) => void): Promise<HostWriteReport> {
    this.maybeFail('writeResults');
    const owned = this.owned();
    this.wb = { sheets: this.wb.sheets.filter((s) => !owned(s.name)) };
    this.marks = [...result.highlights.marks];
    onProgress({ step: 'write', fraction: 0.5 });
    this.progress.push({ step: 'write', fraction: 0.5 });
    const sheets = this.writePlans(result.sheetPlans);
    this.recordSheets(sheets, result.sheetPlans);
    onProgress({ step: 'write', fraction: 1 });
    return { sheets, notWritten: [] };
  }

  async clearHighlights(): Promise<HostWriteReport> {
    this.maybeFail('clearHighlights');
    this.marks = [];
    return { sheets: [], notWritten: [] };
  }

  async selectCell(sheet: string, a1: string): Promise<void> {
    if (!this.sheet(sheet)) throw new HostError({ vi: `Không tìm thấy trang "${sheet}".`, en: `Sheet "${sheet}" not found.` });
    this.selections.push(`${sheet}!${a1}`);
  }

  async exportFindings(result: CheckResult): Promise<HostWriteReport> {
    const plan = result.sheetPlans.find((p) => p.links && p.links.length > 0 && p.name.includes('Kết quả'));
    if (!plan) return { sheets: [], notWritten: ['TH_Kết quả kiểm tra'] };
    const owned = this.owned();
    const others = this.wb.sheets.map((s) => s.name).filter((n) => owned(n) && n !== plan.name);
    const sheets = this.writePlans([plan]);
    this.recordSheets([...others, ...sheets], [plan]);
    return { sheets, notWritten: [] };
  }
}
