// The agency and place printed on the summaries, taken from the workbook's own title rows.
import type { WorkbookData } from '../model/grid';
import { cellText } from '../read/cell-text';

/** The place printed when the title rows name no district. */
export const GUESS_NO_PLACE = '……';

export function guessAgency(wb: WorkbookData): { agency: string; subAgency?: string; place: string } {
  for (const sheet of wb.sheets) {
    for (let r = 0; r < Math.min(6, sheet.rows.length); r++) {
      for (const v of sheet.rows[r] ?? []) {
        const t = cellText(v);
        const m = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(HUYỆN|THỊ XÃ|THÀNH PHỐ)\s+(.+)$/iu.exec(t);
        if (m) {
          const place = m[2].trim().toLocaleLowerCase('vi').replace(/(^|\s)\p{L}/gu, (x) => x.toLocaleUpperCase('vi'));
          return { agency: `UBND ${m[1].toLocaleUpperCase('vi')} ${m[2].toLocaleUpperCase('vi')}`, subAgency: 'VĂN PHÒNG ĐIỀU PHỐI NTM', place };
        }
      }
    }
  }
  return { agency: 'ỦY BAN NHÂN DÂN HUYỆN', subAgency: 'VĂN PHÒNG ĐIỀU PHỐI NTM', place: GUESS_NO_PLACE };
}
