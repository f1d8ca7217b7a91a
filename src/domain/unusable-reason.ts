// Why a workbook could not be checked (no assignment or status sheet), each sheet's reason said
// once: sheets read for the same reason are named together. A title-only workbook of three sheets
// repeated the ~400-character list of what was looked for three times, on the console and in the pane.
import type { RecognizedSheet } from './check-types';
import type { Bilingual } from './model/finding';

export function unusableReason(recognized: readonly RecognizedSheet[]): Bilingual {
  const head: Bilingual = { vi: 'Không tìm thấy trang phân công hay trang hiện trạng nào', en: 'No assignment or status sheet was found' };
  if (recognized.length === 0) return { vi: `${head.vi}: sổ làm việc không có trang tính nào.`, en: `${head.en}: the workbook has no sheet.` };
  // Grouped by the reason's wording (both languages come from the same place), in sheet order.
  const groups = new Map<string, { sheets: string[]; reason: Bilingual }>();
  for (const r of recognized) {
    const g = groups.get(r.reason.vi);
    if (g) g.sheets.push(r.sheet);
    else groups.set(r.reason.vi, { sheets: [r.sheet], reason: r.reason });
  }
  const said = (lang: keyof Bilingual) => [...groups.values()].map((g) => `${g.sheets.map((s) => `"${s}"`).join(', ')}: ${g.reason[lang]}`).join(' ');
  return { vi: `${head.vi}. ${said('vi')}`, en: `${head.en}. ${said('en')}` };
}
