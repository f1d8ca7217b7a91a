// The pane's state and every action on it. Components only render this state and call these.
import * as React from 'react';
import type { CheckResult, SheetRole } from '../../domain/check-types';
import type { Bilingual, Finding } from '../../domain/model/finding';
import type { IsoDate } from '../../domain/model/dates';
import type { WorkbookData } from '../../domain/model/grid';
import type { WorkbookSettings } from '../../domain/plan/workbook-state';
import { describeOfficeError } from '../../adapters/office/errors';
import { CATALOGS, type Catalog } from '../i18n';
import { HostError, type WorkbookHost } from '../host';
import type { FileHost } from '../file-host';
import { checkOptions, runEngine } from '../run-check';
import { severityTotals } from '../findings-view';

export type StepName = keyof Catalog['steps'];

export interface Busy {
  step: StepName;
  /** 0..1 over the whole operation. */
  value: number;
}

/** Text rendered in the current language at display time (so a language switch re-words it). */
export type Message = (t: Catalog) => string;

export interface PaneState {
  settings: WorkbookSettings;
  data?: WorkbookData;
  result?: CheckResult;
  busy?: Busy;
  error?: Bilingual;
  /** What the last action did, for the live region. */
  announcement?: Message;
  selected?: Finding;
  fileName?: string;
  /** Checks run from a fresh read of the workbook (not the re-checks after a setting): the
   * recognized sheets fold again after each one (SheetKinds). */
  checks: number;
}

export interface PaneActions {
  check(): Promise<void>;
  createSummary(): Promise<void>;
  clearMarks(): Promise<void>;
  exportFindings(): Promise<void>;
  addDefinitionsTemplate(): Promise<void>;
  download(): Promise<void>;
  openFile(buffer: ArrayBuffer, name: string): Promise<void>;
  setAsOf(asOf: IsoDate): Promise<void>;
  setRegion(region: string | undefined): Promise<void>;
  setRole(sheet: string, role: SheetRole | null | undefined): Promise<void>;
  ignore(f: Finding): Promise<void>;
  restoreIgnored(): Promise<void>;
  /** Brings back one ignored finding (its key: every finding of that key). */
  restore(f: Finding): Promise<void>;
  select(f: Finding | undefined): Promise<void>;
  /** Says something in the live region without running anything (the findings' position). */
  announce(m: Message): void;
  dismissError(): void;
}

function errorText(e: unknown, kind: WorkbookHost['kind']): Bilingual {
  if (e instanceof HostError) return e.text;
  if (kind === 'excel') return describeOfficeError(e).message;
  return { vi: CATALOGS.vi.genericError, en: CATALOGS.en.genericError };
}

/** The finding of a new result that is the one being viewed (same key and cell); none when it is gone (ignored). */
function sameFinding(f: Finding | undefined, result: CheckResult): Finding | undefined {
  return f && result.findings.find((x) => x.key === f.key && x.sheet === f.sheet && x.cell === f.cell);
}

function checkedMessage(result: CheckResult): Message {
  if (!result.usable) return (t) => t.unusable;
  const s = severityTotals(result.counts);
  return (t) => t.checkedAnnounce(s.error, s.warning, s.info);
}

export function usePane(host: WorkbookHost, today: () => IsoDate, capPerCheck?: number): [PaneState, PaneActions] {
  const [state, setState] = React.useState<PaneState>({ settings: { ignored: [] }, checks: 0 });
  // Actions read the latest state through a ref: they run across awaits.
  const ref = React.useRef(state);
  ref.current = state;
  // "Downloaded …", and what the copy lacks: said at each download, as the command line says it for each copy.
  const downloaded = (t: Catalog, name: string): string => {
    const lost = host.notKept?.() ?? [];
    return lost.length ? `${t.downloadedAnnounce(name)} ${t.notKeptNote(lost)}` : t.downloadedAnnounce(name);
  };
  const patch = React.useCallback((p: Partial<PaneState>) => {
    ref.current = { ...ref.current, ...p };
    setState(ref.current);
  }, []);

  React.useEffect(() => {
    let live = true;
    host.loadSettings().then(
      (settings) => live && patch({ settings }),
      (e) => live && patch({ error: errorText(e, host.kind) }),
    );
    return () => {
      live = false;
    };
  }, [host, patch]);

  const actions = React.useMemo<PaneActions>(() => {
    /** Runs an action with the error bar cleared first and filled on failure. The live region is
     * emptied too (unless `keepSaid`): the same sentence set again would not be read out again,
     * and the last result would stand under the progress bar of the next run. */
    const guard = async (work: () => Promise<void>, keepSaid = false) => {
      patch(keepSaid ? { error: undefined } : { error: undefined, announcement: undefined });
      try {
        await work();
      } catch (e) {
        patch({ error: errorText(e, host.kind), busy: undefined });
      }
    };
    const withAsOf = (s: WorkbookSettings): WorkbookSettings => ({ ...s, asOf: s.asOf ?? today() });

    /** Read and check; steps share the bar from `from` to `to`. */
    const readAndCheck = async (from: number, to: number): Promise<{ data: WorkbookData; result: CheckResult; settings: WorkbookSettings }> => {
      patch({ busy: { step: 'read', value: from } });
      const data = await host.read();
      patch({ busy: { step: 'check', value: from + (to - from) / 2 } });
      const settings = withAsOf(ref.current.settings);
      const result = await runEngine(data, checkOptions(settings, today(), capPerCheck));
      patch({ data, result, settings, selected: undefined, checks: ref.current.checks + 1 });
      return { data, result, settings };
    };

    /** Saves settings and, when a check ran, checks the same data again (no re-read). */
    const changeSettings = (next: WorkbookSettings) =>
      guard(async () => {
        patch({ settings: next });
        const { data } = ref.current;
        if (data) {
          const result = await runEngine(data, checkOptions(withAsOf(next), today(), capPerCheck));
          patch({ result, selected: sameFinding(ref.current.selected, result), announcement: checkedMessage(result) });
        }
        await host.saveSettings(next);
      });

    return {
      check: () =>
        guard(async () => {
          const { result, settings } = await readAndCheck(0.02, 0.7);
          patch({ busy: { step: 'save', value: 0.85 } });
          await host.saveSettings(settings);
          patch({ busy: undefined, announcement: checkedMessage(result) });
        }),
      createSummary: () =>
        guard(async () => {
          // Always from a fresh read, so the sheets match the workbook as it is now.
          const { result } = await readAndCheck(0.02, 0.4);
          if (!result.usable) {
            patch({ busy: undefined, announcement: checkedMessage(result) });
            return;
          }
          patch({ busy: { step: 'write', value: 0.4 } });
          const report = await host.writeResults(result, (p) => patch({ busy: { step: 'write', value: 0.4 + 0.6 * p.fraction } }));
          const missing = report.notWritten.join('; ');
          patch({
            busy: undefined,
            error: report.error,
            announcement: (t) => [t.wroteAnnounce(report.sheets.length), missing && t.notWritten(missing)].filter(Boolean).join(' '),
          });
        }),
      clearMarks: () =>
        guard(async () => {
          patch({ busy: { step: 'clear', value: 0.3 } });
          const report = await host.clearHighlights();
          const missing = report.notWritten.join('; ');
          patch({ busy: undefined, error: report.error, announcement: (t) => [t.clearedAnnounce, missing && t.notWritten(missing)].filter(Boolean).join(' ') });
        }),
      exportFindings: () =>
        guard(async () => {
          const result = ref.current.result;
          if (!result) return;
          patch({ busy: { step: 'export', value: 0.3 } });
          const report = await host.exportFindings(result);
          if (host.download && !report.error) {
            patch({ busy: { step: 'download', value: 0.7 } });
            const name = await host.download();
            patch({ busy: undefined, error: report.error, announcement: (t) => [t.exportedAnnounce, downloaded(t, name)].join(' ') });
            return;
          }
          patch({ busy: undefined, error: report.error, announcement: (t) => t.exportedAnnounce });
        }),
      addDefinitionsTemplate: () =>
        guard(async () => {
          if (!host.addDefinitionsTemplate) return;
          // From a fresh read: the sets and the sheet names as the workbook is now.
          const { result } = await readAndCheck(0.02, 0.5);
          patch({ busy: { step: 'write', value: 0.6 } });
          const report = await host.addDefinitionsTemplate(result);
          const reason = report.reason;
          const missing = report.notWritten.join('; ');
          const sheet = report.sheets[0];
          patch({
            busy: undefined,
            error: report.error,
            announcement: (t) => (reason ? t.templateReason(reason) : [sheet && t.templateAdded(sheet, host.kind === 'file'), missing && t.notWritten(missing)].filter(Boolean).join(' ')),
          });
        }),
      download: () =>
        guard(async () => {
          if (!host.download) return;
          // "Tải tệp đã kiểm tra" is the checked copy, as the command line writes it: the last
          // check's marks and summary sheets go in first. Only after "Tạo biểu tổng hợp" did the
          // download carry them; after "Kiểm tra" alone it was the file with its settings.
          const result = ref.current.result;
          let missing = '';
          if (result?.usable) {
            patch({ busy: { step: 'write', value: 0.2 } });
            const report = await host.writeResults(result, (p) => patch({ busy: { step: 'write', value: 0.2 + 0.5 * p.fraction } }));
            if (report.error) {
              patch({ busy: undefined, error: report.error });
              return;
            }
            missing = report.notWritten.join('; ');
          }
          patch({ busy: { step: 'download', value: 0.8 } });
          const name = await host.download();
          patch({ busy: undefined, announcement: (t) => [downloaded(t, name), missing && t.notWritten(missing)].filter(Boolean).join(' ') });
        }),
      openFile: (buffer, name) =>
        guard(async () => {
          patch({ busy: { step: 'read', value: 0.3 } });
          const fileHost = host as FileHost;
          try {
            await fileHost.open(buffer, name);
          } catch (e) {
            // The file that failed is not the one the pane shows any more: nothing stays to check,
            // or the next "Kiểm tra" would check the previous workbook as if it were this one.
            patch({ fileName: undefined, data: undefined, result: undefined, selected: undefined });
            throw e;
          }
          const settings = await host.loadSettings();
          patch({ busy: undefined, settings, data: undefined, result: undefined, selected: undefined, fileName: name, announcement: (t) => t.fileLoaded(name) });
        }),
      setAsOf: (asOf) => changeSettings({ ...ref.current.settings, asOf }),
      setRegion: (region) => changeSettings({ ...ref.current.settings, region }),
      setRole: (sheet, role) => {
        const roles = { ...(ref.current.settings.sheetRoles ?? {}) };
        if (role === undefined) delete roles[sheet];
        else roles[sheet] = role;
        return changeSettings({ ...ref.current.settings, sheetRoles: roles });
      },
      ignore: (f) => changeSettings({ ...ref.current.settings, ignored: [...new Set([...ref.current.settings.ignored, f.key])] }),
      restoreIgnored: () => changeSettings({ ...ref.current.settings, ignored: [] }),
      restore: (f) => changeSettings({ ...ref.current.settings, ignored: ref.current.settings.ignored.filter((k) => k !== f.key) }),
      select: (f) =>
        guard(async () => {
          patch({ selected: f });
          if (!f?.sheet || !f.cell) return;
          try {
            await host.selectCell(f.sheet, f.cell);
          } catch (e) {
            // An edited summary is renamed "… (đã sửa)" only when the summaries are written:
            // after "Kiểm tra" alone it is still under its own name.
            if (f.code !== 'summary.edited-kept' || !f.found) throw e;
            await host.selectCell(f.found, f.cell);
          }
        }, true),
      announce: (m) => patch({ announcement: m }),
      dismissError: () => patch({ error: undefined }),
    };
  }, [host, patch, today, capPerCheck]);

  return [state, actions];
}
