// A report dated after the period of a set it judges by (the national sets are "giai đoạn 2021 -
// 2025"; today's plans run in the next period): the results are those of the old set, and the
// way to the new one is the workbook's definitions sheet (DOMAIN §4.4). Said once per set, unless
// the definitions sheet already brings in rows that take effect after the period.
import type { IsoDate } from '../model/dates';
import { formatViDate } from '../model/dates';
import type { DefinitionRow } from '../criteria/definitions';
import { parseEffectiveDate } from '../criteria/definition-values';
import { setPeriod } from '../criteria/set-period';
import type { SetResolver } from '../criteria/catalog-set-names';
import type { SummarySet } from '../summary/types';
import type { FindingSink } from './finding-sink';

export function setPeriodFindings(sink: FindingSink, sets: SummarySet[], asOf: IsoDate, definitions: DefinitionRow[], resolve: SetResolver, sheetOf: (setId: string) => string | undefined): void {
  for (const set of sets) {
    const period = setPeriod(set.name);
    if (!period || asOf <= period.to) continue;
    const later = definitions.some((d) => {
      const from = d.from ? parseEffectiveDate(d.from, false) : undefined;
      return from !== undefined && from > period.to && resolve(d.set) === set.id;
    });
    if (later) continue;
    const sheet = sheetOf(set.id);
    sink.add('set.period-ended', 'info', sheet ? { sheet, cell: 'A1' } : undefined, {
      vi: `Ngày báo cáo ${formatViDate(asOf)} đã sau giai đoạn ${period.label} của "${set.name}": kết quả được đánh giá theo bộ tiêu chí này. Nếu đã có bộ tiêu chí của giai đoạn mới, thêm các tiêu chí, mức đạt và ngày hiệu lực của nó vào trang "Bộ tiêu chí" (định nghĩa) của tệp; nút "Thêm trang bộ tiêu chí" (dòng lệnh: --definitions-template) chép sẵn bộ đang dùng để sửa.`,
      en: `The report date ${asOf} is after the ${period.label} period of "${set.name}": results are judged by that set. If the new period's set has been issued, add its criteria, thresholds and effective dates on the workbook's definitions sheet ("Bộ tiêu chí"); "Add criteria sheet" (command line: --definitions-template) writes out the set in use to edit.`,
    }, { setId: set.id, found: period.label });
  }
}

