// A table whose title names another period than the set it is judged by ("BỘ TIÊU CHÍ XÃ NTM GIAI
// ĐOẠN 2026 - 2030" judged by the shipped 2021 - 2025 set): its codes, names and thresholds may be
// the new period's, and the results are the old set's. Said on the title cell, once per sheet and
// set, unless the definitions sheet brings that set's rows for the title's period (DOMAIN §4.4),
// or names the set for that period (which renames it).
import type { DefinitionRow } from '../criteria/definitions';
import { parseEffectiveDate } from '../criteria/definition-values';
import { setPeriod } from '../criteria/set-period';
import type { SetResolver } from '../criteria/catalog-set-names';
import type { TitlePeriod } from '../read/title-period';
import type { FindingSink } from './finding-sink';
import { definitionsSheetName } from './advice';

export interface SheetTitlePeriod extends TitlePeriod {
  sheet: string;
  /** The sets the sheet's rows were read for. */
  setIds: string[];
}

export function titlePeriodFindings(sink: FindingSink, titles: SheetTitlePeriod[], setName: (id: string) => string | undefined, definitions: DefinitionRow[], resolve: SetResolver): void {
  for (const t of titles) {
    for (const setId of t.setIds) {
      const name = setName(setId);
      const period = name ? setPeriod(name) : undefined;
      // Overlapping periods ("giai đoạn 2023 - 2025", "2021 - 2030") are the set's own.
      if (!name || !period || (t.from <= period.to && t.to >= period.from)) continue;
      const brought = definitions.some((d) => {
        const from = d.from ? parseEffectiveDate(d.from, false) : undefined;
        return from !== undefined && from >= t.from && from <= t.to && resolve(d.set) === setId;
      });
      if (brought) continue;
      // A section row speaks for the rows under it; a title for the sheet.
      const said = t.section
        ? { vi: `Dòng mục "${t.section}" ghi giai đoạn ${t.label}, nhưng các dòng dưới nó được đối chiếu theo`, en: `The section row "${t.section}" says ${t.label}, but the rows under it are judged by` }
        : { vi: `Tiêu đề ghi giai đoạn ${t.label}, nhưng trang được đối chiếu theo`, en: `The title says ${t.label}, but the sheet is judged by` };
      sink.add('set.title-period', 'warning', { sheet: t.sheet, cell: t.cell }, {
        vi: `${said.vi} "${name}" (giai đoạn ${period.label}): mã, tên và mức đạt của giai đoạn mới có thể khác. Thêm bộ tiêu chí giai đoạn ${t.label} vào trang "${definitionsSheetName(definitions)}" của tệp: ghi tên bộ có giai đoạn ${t.label}, hoặc ngày hiệu lực của các dòng.`,
        en: `${said.en} "${name}" (${period.label}): the new period's codes, names and thresholds may differ. Add the ${t.label} set on the workbook's definitions sheet "${definitionsSheetName(definitions)}": name the set with its period, or give its rows their effective dates.`,
      }, { setId, found: t.label, expected: period.label, keyHint: t.section ? `${t.sheet}!${t.cell}` : t.sheet });
    }
  }
}
