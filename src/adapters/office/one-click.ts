// What the ribbon's "Tạo biểu tổng hợp" does: read the workbook and its saved settings,
// check it, mark the cells, write the summary sheets, and say so in one line.
/// <reference types="office-js" />
import { checkWorkbook } from '../../domain/check';
import type { CheckOptions, CheckResult } from '../../domain/check-types';
import { RegionSchema } from '../../domain/criteria/schema';
import type { IsoDate } from '../../domain/model/dates';
import type { WorkbookData } from '../../domain/model/grid';
import { OfficeHost, officeHost } from './deps';
import { describeOfficeError, reportSentence, WriteReport } from './errors';
import { applyHighlights } from './highlights';
import { readWorkbook } from './read-workbook';
import { isStateSheet, ownedOf, recordSummarySheets, stateFromWorkbookData } from './settings';
import { writeSummarySheets } from './write-sheets';
import { editedSummaries, summarySnapshots } from '../../domain/plan/kept-summary';

export interface OneClickDeps {
  /** Excel.run and Office requirements; the real globals when absent. */
  host?: OfficeHost;
  /** The engine; injectable for tests. */
  check?: (wb: WorkbookData, opts: CheckOptions) => CheckResult;
  /** Clock for the default as-of date. */
  now?: () => Date;
}

export interface OneClickOutcome {
  ok: boolean;
  /** One line in Vietnamese. */
  message: string;
  /** The same in English. */
  messageEn: string;
  report?: WriteReport;
}

/** Today's date in Vietnam (UTC+7, no daylight saving), as the default report date. */
export function vietnamToday(now: Date): IsoDate {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10) as IsoDate;
}

function severityTotal(result: CheckResult, severity: 'error' | 'warning'): number {
  return result.counts.filter((c) => c.severity === severity).reduce((n, c) => n + c.total, 0);
}

function mergeReports(a: WriteReport, b: WriteReport): WriteReport {
  return { written: [...a.written, ...b.written], notWritten: [...a.notWritten, ...b.notWritten], error: a.error ?? b.error };
}

export async function runOneClick(deps: OneClickDeps = {}): Promise<OneClickOutcome> {
  const check = deps.check ?? checkWorkbook;
  const now = deps.now ?? (() => new Date());
  try {
    const host = deps.host ?? officeHost();
    return await host.run({ delayForCellEdit: true }, async (context) => {
      const data = await readWorkbook(context, { requirements: host.requirements });
      const state = stateFromWorkbookData(data);
      const settings = state.content.settings;
      // The add-in's own sheets (its state lists them) are its output, not input.
      const owned = ownedOf(state);
      // They come along as `summaries` (already read, no extra sync): the check tells which were typed on.
      const summaries = summarySnapshots(data.sheets, state.content, owned);
      const input: WorkbookData = { sheets: data.sheets.filter((s) => !isStateSheet(s.name) && !owned(s.name)), summaries };
      const region = RegionSchema.safeParse(settings.region);
      const result = check(input, {
        asOf: settings.asOf ?? vietnamToday(now()),
        region: region.success ? region.data : undefined,
        lang: settings.lang,
        ignored: settings.ignored,
        sheetRoles: settings.sheetRoles,
        ownedSheets: [],
      });
      if (!result.usable) {
        return {
          ok: false,
          message: result.unusableReason?.vi ?? 'Không tìm thấy bảng phân công hay bảng theo dõi nào để kiểm tra.',
          messageEn: result.unusableReason?.en ?? 'No assignment or status table was found to check.',
        };
      }
      const sheetNames = data.sheets.map((s) => s.name);
      const requirements = host.requirements;
      const marks = await applyHighlights(context, result.highlights, { requirements, state, sheetNames, lang: settings.lang });
      // A summary sheet typed on is kept under a new name, judged on the values just read.
      const keep = editedSummaries(summaries, [...sheetNames, ...result.sheetPlans.map((p) => p.name)], result.keptSummaries);
      const sheets = await writeSummarySheets(context, result.sheetPlans, { sheetNames, owned, keep });
      await recordSummarySheets(context, sheets.written, result.sheetPlans);
      const report = mergeReports(marks, sheets);
      const errors = severityTotal(result, 'error');
      const warnings = severityTotal(result, 'warning');
      const made = sheets.written.length;
      let message = `Đã kiểm tra: ${errors} lỗi, ${warnings} cảnh báo. Đã tạo ${made} biểu tổng hợp.`;
      let messageEn = `Checked: ${errors} errors, ${warnings} warnings. Created ${made} summary sheets.`;
      if (keep.length && !report.error) {
        message += ` Giữ lại ${keep.length} trang đã sửa tay: ${keep.map((k) => `'${k.to}'`).join(', ')}.`;
        messageEn += ` Kept ${keep.length} sheet(s) edited by hand: ${keep.map((k) => `'${k.to}'`).join(', ')}.`;
      }
      if (report.error || report.notWritten.length) {
        message += ' ' + reportSentence(report, 'vi');
        messageEn += ' ' + reportSentence(report, 'en');
      }
      return { ok: !report.error, message, messageEn, report };
    });
  } catch (e) {
    const info = describeOfficeError(e);
    return { ok: false, message: info.message.vi, messageEn: info.message.en };
  }
}
