// A report dated after the period of a set it judges by (the national sets are "giai đoạn 2021 -
// 2025"; today's plans run in the next period): the results are those of the old set. The commune
// set's next period is shipped (QĐ 51/2025/QĐ-TTg, read for a workbook that names 2026 - 2030 or a
// year from 2026); for the others the way is the workbook's definitions sheet (DOMAIN §4.4). Said once per set, unless
// the definitions sheet already brings in rows that take effect after the period.
import type { IsoDate } from '../model/dates';
import { formatViDate } from '../model/dates';
import type { DefinitionRow } from '../criteria/definitions';
import { parseEffectiveDate } from '../criteria/definition-values';
import { setPeriod } from '../criteria/set-period';
import { EARLIER_COMMUNE_SET } from '../criteria/set-names';
import type { SetResolver } from '../criteria/catalog-set-names';
import type { SummarySet } from '../summary/types';
import type { FindingSink } from './finding-sink';
import { definitionsSheetName, templateAdvice, type Surface } from './advice';

export function setPeriodFindings(sink: FindingSink, sets: SummarySet[], asOf: IsoDate, definitions: DefinitionRow[], resolve: SetResolver, sheetOf: (setId: string) => string | undefined, surface: Surface = 'addin'): void {
  const onSheet = definitionsSheetName(definitions);
  const template = templateAdvice(surface);
  for (const set of sets) {
    const period = setPeriod(set.name);
    if (!period || asOf <= period.to) continue;
    const later = definitions.some((d) => {
      const from = d.from ? parseEffectiveDate(d.from, false) : undefined;
      return from !== undefined && from > period.to && resolve(d.set) === set.id;
    });
    if (later) continue;
    const sheet = sheetOf(set.id);
    const next = set.id === EARLIER_COMMUNE_SET;
    sink.add('set.period-ended', 'info', sheet ? { sheet, cell: 'A1' } : undefined, {
      vi: `Ngày báo cáo ${formatViDate(asOf)} đã sau giai đoạn ${period.label} của "${set.name}": kết quả được đánh giá theo bộ tiêu chí này. ` + (next
        ? `Nếu đây là kế hoạch giai đoạn 2026 - 2030, ghi "giai đoạn 2026 - 2030" hoặc "năm 2026" vào tiêu đề trang: tệp sẽ được đối chiếu theo bộ tiêu chí của QĐ 51/2025/QĐ-TTg (10 tiêu chí); chỉ tiêu và mức đạt theo nhóm xã của tỉnh ghi vào trang "${onSheet}" (${template.vi}).`
        : `Nếu đã có bộ tiêu chí của giai đoạn mới, thêm các tiêu chí, mức đạt và ngày hiệu lực của nó vào trang "${onSheet}" của tệp (${template.vi}).`),
      en: `The report date ${asOf} is after the ${period.label} period of "${set.name}": results are judged by that set. ` + (next
        ? `If this is a 2026 - 2030 plan, write "giai đoạn 2026 - 2030" or "năm 2026" in the sheet's title: the workbook is then judged by the set of QĐ 51/2025/QĐ-TTg (10 criteria); the province's indicators and thresholds by commune group go on the definitions sheet "${onSheet}" (${template.en}).`
        : `If the new period's set has been issued, add its criteria, thresholds and effective dates on the workbook's definitions sheet "${onSheet}" (${template.en}).`),
    }, { setId: set.id, found: period.label });
  }
}

