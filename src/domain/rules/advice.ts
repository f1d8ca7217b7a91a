// Advice names the controls of where the check runs: the add-in's buttons and settings, or the
// command line's flags. The pane showed "(dòng lệnh: --definitions-template)" inside Excel, and
// the console named the pane's button. One name for the sheet the office edits, as the button
// writes it ("Bộ tiêu chí áp dụng"), or the workbook's own definitions sheet when it has one.
import type { Bilingual } from '../model/finding';
import type { DefinitionRow } from '../criteria/definitions';
import { DEFINITIONS_TEMPLATE_NAME } from '../layout/definitions-template';

/** Where the check runs. */
export type Surface = 'addin' | 'cli';

/** The definitions sheet to write on: the workbook's own, else the one the template adds. */
export function definitionsSheetName(definitions: readonly DefinitionRow[] = []): string {
  return definitions[0]?.source.sheet ?? DEFINITIONS_TEMPLATE_NAME;
}

/** How to get the shipped sets as a sheet to edit. */
export function templateAdvice(surface: Surface): Bilingual {
  return surface === 'cli'
    ? { vi: `ntm-check --definitions-template TỆP.xlsx ghi trang "${DEFINITIONS_TEMPLATE_NAME}" ra một tệp riêng để sửa rồi chép vào sổ`, en: `ntm-check --definitions-template FILE.xlsx writes the sheet "${DEFINITIONS_TEMPLATE_NAME}" to a file of its own, to edit and copy into the workbook` }
    : { vi: `nút "Thêm trang bộ tiêu chí" thêm trang "${DEFINITIONS_TEMPLATE_NAME}" có sẵn bộ đang dùng để sửa`, en: `"Add criteria sheet" adds the sheet "${DEFINITIONS_TEMPLATE_NAME}" with the set in use, to edit` };
}

/** How to apply another province's or region's thresholds (the add-in has a region, no province). */
export function otherPlaceAdvice(surface: Surface, place: 'province' | 'region'): Bilingual {
  if (surface === 'cli') return { vi: 'dòng lệnh: --province / --region; hoặc ghi Đạt/Chưa đạt', en: 'command line: --province / --region; or write Đạt/Chưa đạt' };
  return place === 'region'
    ? { vi: 'chọn vùng đó ở ô "Vùng" của phần bổ trợ nếu xã thuộc vùng đó; hoặc ghi Đạt/Chưa đạt', en: 'choose that region under "Region" in the add-in if the commune is in it; or write Đạt/Chưa đạt' }
    : { vi: 'ghi Đạt/Chưa đạt', en: 'write Đạt/Chưa đạt' };
}
