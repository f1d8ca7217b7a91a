// The sample workbook's sheets, in workbook order.
import type { WorkbookData } from '../../src/domain/model/grid';
import { toSheetData, type StyledSheet } from './layout';
import { buildAssignmentSheet } from './sheet-assignment';
import { buildCommunesSheet } from './sheet-communes';
import { buildDefinitionsSheet } from './sheet-definitions';
import { buildDistrictSheet } from './sheet-district';
import { buildNangCaoStatusSheet } from './sheet-status-nang-cao';
import { buildNtmStatusSheet } from './sheet-status-ntm';
import { buildTownSheet } from './sheet-town';

export const SAMPLE_FILE = 'examples/tra-cu-2023.xlsx';
export const SAMPLE_META = {
  title: 'Theo dõi thực hiện tiêu chí nông thôn mới năm 2023 - huyện Trà Cú',
  creator: 'Văn phòng Điều phối nông thôn mới huyện Trà Cú',
};

export function buildSampleSheets(): StyledSheet[] {
  return [
    buildAssignmentSheet(),
    buildCommunesSheet(),
    buildNtmStatusSheet(),
    buildNangCaoStatusSheet(),
    buildDistrictSheet(),
    buildTownSheet(),
    buildDefinitionsSheet(),
  ];
}

/** The same sheets as plain data (what an adapter would hand the engine). */
export function buildSampleWorkbookData(): WorkbookData {
  return { sheets: buildSampleSheets().map(toSheetData) };
}
