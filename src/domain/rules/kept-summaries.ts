// Says which summary sheets the office typed on since the last run: they are kept under a new
// name (kept-summary.ts) and the fresh sheet does not carry what was typed, so the office has
// to look. A warning, on the kept sheet's first edited cell (written with the summaries, the
// findings sheet links there); `found` names the sheet as it is before they are written.
import type { WorkbookData } from '../model/grid';
import { STATE_SHEET_NAME } from '../plan/highlight-plan';
import { editedSummaries, type KeptSummary } from '../plan/kept-summary';
import type { FindingSink } from './finding-sink';

const SHOWN = 5;

function list(items: readonly (string | number)[]): string {
  return items.slice(0, SHOWN).join(', ') + (items.length > SHOWN ? ', …' : '');
}

export function reportKeptSummaries(sink: FindingSink, wb: WorkbookData): KeptSummary[] {
  const snapshots = wb.summaries ?? [];
  if (!snapshots.length) return [];
  const kept = editedSummaries(snapshots, [...wb.sheets.map((s) => s.name), STATE_SHEET_NAME]);
  for (const k of kept) {
    const where = k.cells.length
      ? { vi: `ô đã sửa: ${list(k.cells)}`, en: `edited cells: ${list(k.cells)}` }
      : { vi: `các dòng đã sửa: ${list(k.rows)}`, en: `edited rows: ${list(k.rows)}` };
    sink.add(
      'summary.edited-kept',
      'warning',
      { sheet: k.to, cell: k.cells[0] ?? `A${k.rows[0] ?? 1}` },
      {
        vi: `Trang ${k.from} đã được sửa tay sau lần chạy trước (${where.vi}): khi lập biểu, trang này được giữ lại thành '${k.to}' và trang ${k.from} được lập mới theo số liệu hiện tại, không có phần đã sửa: chép sang nếu còn cần.`,
        en: `Sheet ${k.from} was edited by hand after the last run (${where.en}): when the summaries are written it is kept as '${k.to}' and a fresh ${k.from} is written from the current data, without those edits: copy them over if you still need them.`,
      },
      // The edited sheet keeps its own name until the summaries are written: the pane goes there then.
      { keyHint: k.from, found: k.from },
    );
  }
  return kept;
}
