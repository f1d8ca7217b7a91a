// Text typed in legacy Vietnamese encodings (TCVN3 ".VnTime", VNI "VNI-Times"): reported with
// the converted text as a suggestion; never rewritten (the readers use the converted reading).
import { toA1 } from '../model/address';
import type { LegacyCell } from '../read/legacy-view';
import type { SheetRecognition } from '../read/recognize';
import type { FindingSink } from './finding-sink';

const MAX_PER_SHEET = 50;

/** `cells`: found by legacyReadingView in its one pass; said for the sheets that were read. */
export function checkLegacyText(sheetNames: string[], cells: LegacyCell[], recognized: SheetRecognition[], sink: FindingSink): void {
  const perSheet = new Map<number, number>();
  for (const cell of cells) {
    if (!recognized[cell.sheet] || recognized[cell.sheet].role === null) continue;
    const n = perSheet.get(cell.sheet) ?? 0;
    if (n >= MAX_PER_SHEET) continue;
    perSheet.set(cell.sheet, n + 1);
    const { typed: v, converted, encoding: enc } = cell;
    const sheet = sheetNames[cell.sheet];
    sink.add('text.legacy-encoding', 'warning', { sheet, cell: toA1(cell.row, cell.col) }, {
      vi: `Chữ gõ bằng bảng mã cũ ${enc === 'tcvn3' ? 'TCVN3 (.VnTime)' : 'VNI'}: "${v}" — có lẽ là "${converted}". Hãy chuyển sang Unicode.`,
      en: `Text in the legacy ${enc === 'tcvn3' ? 'TCVN3' : 'VNI'} encoding: "${v}" probably reads "${converted}". Convert it to Unicode.`,
    }, { found: v, suggestion: converted, keyHint: `${sheet}:${v}` });
  }
}
