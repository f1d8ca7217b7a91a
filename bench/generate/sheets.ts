// The sheets of a synthetic district/national workbook, shaped like the bundled sample.
import type { CellValue, SheetData } from '../../src/domain/model/grid';
import { ntmIndicators, XA_NTM_2021 } from '../../scripts/sample/catalog';
import { addTitleBlock, SheetBuilder } from '../../scripts/sample/layout';
import { pick, type Rng } from './prng';

export const MET = 'Đạt';
export const UNMET = 'Chưa đạt';
export const SET_LABEL = 'Nông thôn mới';
/** Matrix status sheets hold at most this many commune columns, like one province's table. */
export const MATRIX_COMMUNES_PER_SHEET = 100;

const REGIONS = [
  'Trung du miền núi phía Bắc',
  'Đồng bằng sông Hồng',
  'Bắc Trung Bộ',
  'Duyên hải Nam Trung Bộ',
  'Tây Nguyên',
  'Đông Nam Bộ',
  'Đồng bằng sông Cửu Long',
];

/** Leads per criterion as seed 000 section IV assigns them. */
const LEADS: [string, string, string | null][] = [
  ['1', 'Phòng Kinh tế và Hạ tầng', null],
  ['2', 'Phòng Kinh tế và Hạ tầng', null],
  ['3', 'Phòng Nông nghiệp và Phát triển nông thôn', null],
  ['4', 'Phòng Kinh tế và Hạ tầng', null],
  ['5', 'Phòng Giáo dục và Đào tạo', null],
  ['6', 'Phòng Văn hóa và Thông tin', null],
  ['7', 'Phòng Kinh tế và Hạ tầng', null],
  ['8', 'Trung tâm Văn hóa - Thông tin và Thể thao huyện', 'Phòng Văn hóa và Thông tin'],
  ['9', 'Phòng Kinh tế và Hạ tầng', null],
  ['10', 'Chi cục Thống kê', null],
  ['11', 'Phòng Lao động - Thương binh và Xã hội', null],
  ['12', 'Phòng Lao động - Thương binh và Xã hội', null],
  ['13', 'Phòng Nông nghiệp và Phát triển nông thôn', 'Phòng Tài chính - Kế hoạch'],
  ['14', 'Phòng Giáo dục và Đào tạo', null],
  ['15', 'Phòng Y tế', 'Trung tâm Y tế huyện'],
  ['16', 'Phòng Văn hóa và Thông tin', null],
  ['17', 'Phòng Tài nguyên và Môi trường', 'Phòng Nông nghiệp và Phát triển nông thôn'],
  ['18', 'Phòng Nội vụ', 'Phòng Tư pháp'],
  ['19', 'Ban Chỉ huy Quân sự huyện', 'Công an huyện'],
];

const QUARTERS = ['I', 'II', 'III', 'IV'];
/** Deadline wordings seen in the seeds. */
function deadline(rng: Rng): string {
  const q = pick(rng, QUARTERS);
  const forms = [`quý ${q}/2023`, `trong quý ${q}/2023`, `Quý ${q}/2023`, `hoàn thành trong quý ${q}/2023`];
  return pick(rng, forms);
}

const asData = (name: string, b: SheetBuilder): SheetData => ({ name, rows: b.rows, merges: b.merges });

export function assignmentSheet(rng: Rng): SheetData {
  const b = new SheetBuilder(8);
  addTitleBlock(b, 'BẢNG PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2023', '(Kèm theo Kế hoạch số 25/KH-UBND ngày 10/3/2023)');
  b.add('header', ['STT', 'Tiêu chí/chỉ tiêu', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Xã áp dụng', 'Thời hạn hoàn thành', 'Ghi chú']);
  b.addMerged('section', 'I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI');
  const names = new Map(XA_NTM_2021.flatMap((g) => g.criteria.map((c) => [c.code, c.name] as const)));
  LEADS.forEach(([code, lead, coord], i) => {
    b.add('body', [i + 1, `Tiêu chí ${code}`, names.get(code) ?? '', lead, coord, null, deadline(rng), null]);
  });
  return asData('Phân công', b);
}

export function communesSheet(names: string[]): SheetData {
  const b = new SheetBuilder(6);
  addTitleBlock(b, 'DANH SÁCH CÁC XÃ VÀ BỘ TIÊU CHÍ PHẤN ĐẤU');
  b.add('header', ['STT', 'Tên xã', 'Loại', 'Vùng', 'Bộ tiêu chí phấn đấu', 'Năm được công nhận']);
  names.forEach((name, i) => {
    const region = REGIONS[Math.floor(i / MATRIX_COMMUNES_PER_SHEET) % REGIONS.length];
    b.add('body', [i + 1, name, 'Xã', region, SET_LABEL, null]);
  });
  return asData('Danh sách xã', b);
}

/** Verdict of commune c on indicator i: ~80 % Đạt, fixed by the seed. */
export type Verdicts = (commune: number, indicator: number) => boolean;

export function matrixSheets(names: string[], met: Verdicts): SheetData[] {
  const sheets: SheetData[] = [];
  const indicatorIndex = new Map(ntmIndicators().map((ind, k) => [ind.code, k]));
  const chunks = Math.ceil(names.length / MATRIX_COMMUNES_PER_SHEET);
  for (let s = 0; s < chunks; s++) {
    const from = s * MATRIX_COMMUNES_PER_SHEET;
    const part = names.slice(from, from + MATRIX_COMMUNES_PER_SHEET);
    const cells = (code: string) => part.map((_, j) => (met(from + j, indicatorIndex.get(code)!) ? MET : UNMET));
    const b = new SheetBuilder(3 + part.length);
    addTitleBlock(b, 'BẢNG TỔNG HỢP HIỆN TRẠNG TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2023', `(Bảng ${s + 1}/${chunks})`);
    b.add('header', ['TT', 'Mã', 'Tiêu chí / chỉ tiêu', ...part]);
    let tt = 0;
    for (const group of XA_NTM_2021) {
      b.addBand('section', group.roman, group.name);
      for (const crit of group.criteria) {
        tt++;
        if (crit.indicators.length === 1 && crit.indicators[0].code === crit.code) {
          b.add('group', [tt, crit.code, crit.name, ...cells(crit.code)]);
          continue;
        }
        b.add('group', [tt, crit.code, crit.name]);
        for (const ind of crit.indicators) b.add('body', [null, ind.code, ind.name, ...cells(ind.code)]);
      }
    }
    sheets.push(asData(chunks === 1 ? 'Hiện trạng NTM' : `Hiện trạng NTM ${s + 1}`, b));
  }
  return sheets;
}

export function longSheet(names: string[], met: Verdicts, rng: Rng): SheetData {
  const b = new SheetBuilder(7);
  addTitleBlock(b, 'KẾT QUẢ THỰC HIỆN TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2023');
  b.add('header', ['STT', 'Xã', 'Bộ tiêu chí', 'Mã', 'Nội dung', 'Đánh giá', 'Dự kiến đạt']);
  const indicators = ntmIndicators();
  const expected = QUARTERS.map((q) => `Quý ${q}/2023`);
  let n = 0;
  names.forEach((name, c) => {
    indicators.forEach((ind, k) => {
      const ok = met(c, k);
      const row: CellValue[] = [++n, name, SET_LABEL, ind.code, ind.name, ok ? MET : UNMET, ok ? null : pick(rng, expected)];
      b.add('body', row);
    });
  });
  return asData('Kết quả thực hiện', b);
}
