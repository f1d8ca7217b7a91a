// "Tiêu chí huyện": the district's own criteria (huyen-ntm-2021), long shape without a commune column (seed III.1.6).
import { HUYEN_NTM_2021 } from './catalog';
import { addTitleBlock, SheetBuilder, type StyledSheet } from './layout';
import { DISTRICT_ALL_BY, DISTRICT_CONTENTS } from './seed-000';

export const DISTRICT_SET_LABEL = 'Huyện nông thôn mới';

/** "Thời gian hoàn thành quý IV/2023" → "Quý IV/2023"; the 6.4 sentence keeps its quarter too. */
function quarterOf(deadline: string | undefined): string | null {
  const m = deadline ? /quý\s+([IV]+\/\d{4})/i.exec(deadline) : null;
  return m ? `Quý ${m[1]}` : null;
}

const NOTES: Record<string, string> = {
  '2': 'Tuy đạt nhưng cần tiếp tục đầu tư xây dựng, nâng cấp 02 cầu giao thông trên địa bàn xã Thanh Sơn (cầu Sóc Chà, cầu Ba Tục)',
  '6.4': 'UBND huyện đánh giá trong quý III/2023',
};

export function buildDistrictSheet(): StyledSheet {
  const b = new SheetBuilder(7);
  addTitleBlock(
    b,
    'KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI - HUYỆN TRÀ CÚ',
    '(Theo Quyết định số 1039/QĐ-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh Trà Vinh)',
  );
  b.add('header', ['STT', 'Bộ tiêu chí', 'Mã', 'Nội dung', 'Đánh giá', 'Dự kiến đạt', 'Ghi chú']);
  for (const crit of HUYEN_NTM_2021) {
    const contents = DISTRICT_CONTENTS.filter((c) => c.code.split('.')[0] === crit.code);
    const met = contents.every((c) => c.achieved === true);
    b.add(met ? 'body' : 'group', [
      Number(crit.code),
      DISTRICT_SET_LABEL,
      crit.code,
      `Tiêu chí ${crit.code} về ${crit.name}`,
      met ? 'Đạt' : 'Chưa đạt',
      met ? null : `Quý ${DISTRICT_ALL_BY.replace(/^quý /, '')}`,
      NOTES[crit.code] ?? null,
    ]);
    for (const c of contents) {
      const verdict = c.achieved === undefined ? null : c.achieved ? 'Đạt' : 'Chưa đạt';
      b.add('body', [null, DISTRICT_SET_LABEL, c.code, `Nội dung ${c.code}. ${c.text}`, verdict, c.achieved ? null : quarterOf(c.deadline), NOTES[c.code] ?? null]);
    }
  }
  return b.build('Tiêu chí huyện', {
    widths: [6, 20, 7, 70, 12, 14, 34],
    centered: [0, 2, 4, 5],
    freeze: { rows: 5, cols: 0 },
    landscape: true,
  });
}
