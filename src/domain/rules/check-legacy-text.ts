// Text typed in legacy Vietnamese encodings (TCVN3 ".VnTime", VNI "VNI-Times"): reported with
// the converted text as a suggestion; never rewritten.
import type { WorkbookData } from '../model/grid';
import { fontAt } from '../model/grid';
import { toA1 } from '../model/address';
import type { SheetRecognition } from '../read/recognize';
import { toUnicode } from '../text/legacy';
import type { FindingSink } from './finding-sink';

/** Only strings with Latin-1 or other non-Vietnamese-looking characters can be legacy text. */
const SUSPECT_RE = /[\u00A1-\u00FF]/;

export function checkLegacyText(wb: WorkbookData, recognized: SheetRecognition[], sink: FindingSink): void {
  const MAX_PER_SHEET = 50;
  wb.sheets.forEach((sheet, i) => {
    if (!recognized[i] || recognized[i].role === null) return;
    let n = 0;
    for (let r = 0; r < sheet.rows.length && n < MAX_PER_SHEET; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string') continue;
        const font = fontAt(sheet, r, c);
        if (!font && !SUSPECT_RE.test(v)) continue;
        const { text: converted, encoding: enc } = toUnicode(v, font);
        if (!enc) continue;
        sink.add('text.legacy-encoding', 'warning', { sheet: sheet.name, cell: toA1(r, c) }, {
          vi: `Chữ gõ bằng bảng mã cũ ${enc === 'tcvn3' ? 'TCVN3 (.VnTime)' : 'VNI'}: "${v}" — có lẽ là "${converted}". Hãy chuyển sang Unicode.`,
          en: `Text in the legacy ${enc === 'tcvn3' ? 'TCVN3' : 'VNI'} encoding: "${v}" probably reads "${converted}". Convert it to Unicode.`,
        }, { found: v, suggestion: converted, keyHint: `${sheet.name}:${v}` });
        n++;
      }
    }
  });
}
