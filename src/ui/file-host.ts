// The WorkbookHost outside Excel: a workbook opened from a file, checked in the browser and
// downloaded again. ExcelJS arrives with file-ops.ts in a lazy chunk on the first open.
import { CATALOGS } from './i18n';
import { HostError, type WorkbookHost } from './host';
import type { FileOps } from './file-ops';
import { checkedName } from '../adapters/common/checked-name';
import type { Bilingual } from '../domain/model/finding';

/** The bilingual text an adapter error carries (checked by shape: the adapter is in a lazy chunk). */
function bilingualOf(e: unknown): Bilingual | undefined {
  const text = (e as { text?: Partial<Bilingual> } | null)?.text;
  return typeof text?.vi === 'string' && typeof text.en === 'string' ? (text as Bilingual) : undefined;
}

export interface FileHost extends WorkbookHost {
  kind: 'file';
  /** Loads an .xlsx; throws a HostError when it is not one. */
  open(buffer: ArrayBuffer, name: string): Promise<void>;
  fileName(): string | undefined;
  download(): Promise<string>;
}

export interface FileHostDeps {
  openWorkbook: (buffer: ArrayBuffer) => Promise<FileOps>;
  saveFile: (data: ArrayBuffer, name: string) => void;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves bytes through a temporary download link (no server involved). */
export function saveWithLink(data: ArrayBuffer, name: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: XLSX_MIME }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "ke-hoach.xlsx" → "ke-hoach.checked.xlsx" (the original is never overwritten). */
export { checkedName };

const defaultDeps: FileHostDeps = {
  openWorkbook: async (buffer) => (await import(/* webpackChunkName: "file-workbook" */ './file-ops')).openWorkbook(buffer),
  saveFile: saveWithLink,
};

export function createFileHost(deps: FileHostDeps = defaultDeps): FileHost {
  let ops: FileOps | undefined;
  let name: string | undefined;
  const need = (): FileOps => {
    if (!ops) throw new HostError({ vi: CATALOGS.vi.noFile, en: CATALOGS.en.noFile });
    return ops;
  };
  return {
    kind: 'file',
    async open(buffer, fileName) {
      try {
        ops = await deps.openWorkbook(buffer);
        name = fileName;
      } catch (e) {
        // The adapter says what the file is and what to do (an .xls, an .ods, a password on it…);
        // the file's name first: the box no longer shows it once the open failed.
        const why = bilingualOf(e) ?? { vi: CATALOGS.vi.notXlsx, en: CATALOGS.en.notXlsx };
        throw new HostError({ vi: CATALOGS.vi.notOpened(fileName, why.vi), en: CATALOGS.en.notOpened(fileName, why.en) });
      }
    },
    fileName: () => name,
    notKept: () => (ops ? ops.notKept() : []),
    read: async () => need().read(),
    loadSettings: async () => (ops ? ops.loadSettings() : { ignored: [] }),
    saveSettings: async (s) => {
      if (ops) ops.saveSettings(s);
    },
    writeResults: async (result, onProgress) => {
      onProgress({ step: 'write', fraction: 0.2 });
      const r = need().writeResults(result);
      onProgress({ step: 'write', fraction: 1 });
      return r;
    },
    clearHighlights: async () => need().clearHighlights(),
    // The pane shows the cell's address and content itself; there is no grid to select in.
    selectCell: async () => undefined,
    exportFindings: async (result) => need().exportFindings(result),
    addDefinitionsTemplate: async (result) => need().addDefinitionsTemplate(result),
    async download() {
      const out = checkedName(name ?? 'workbook.xlsx');
      deps.saveFile(await need().toBuffer(), out);
      return out;
    },
  };
}
