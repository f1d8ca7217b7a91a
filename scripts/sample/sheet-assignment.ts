// "Phân công": who leads and who coordinates each criterion, per set, with deadlines (DOMAIN §4.1).
// Rows come from seed 000 sections III.1.2, III.1.4, III.1.5, III.1.6 and IV; wording kept as the seed writes it.
import { addTitleBlock, SheetBuilder, type StyledSheet } from './layout';
import { ADVANCED, DISTRICT_CONTENTS, NTM_UNMET, TOWN_UNMET } from './seed-000';

interface AssignmentRow {
  codes: string;
  content: string;
  lead: string;
  coordinators?: string;
  communes?: string;
  deadline?: string;
  note?: string;
}

const list = (names: string[]) => names.join(', ');
const union = (...lists: string[][]) => ADVANCED.filter((c) => lists.some((l) => l.includes(c)));
const MET_NOTE = 'Các xã đã đạt, tiếp tục duy trì, nâng chất';

const LDTBXH_DASH = 'Phòng Lao động – Thương binh và Xã hội';
const NN = 'Phòng Nông nghiệp và Phát triển nông thôn';

/** I. xa-ntm-2021: one row per assignment of seed IV, with III.1.2's deadline and communes where given. */
const NTM_ROWS: AssignmentRow[] = [
  { codes: 'Tiêu chí 1, 2, 4, 7, 9', content: 'Quy hoạch; Giao thông; Điện; Cơ sở hạ tầng thương mại nông thôn; Nhà ở dân cư', lead: 'Phòng Kinh tế và Hạ tầng', note: MET_NOTE },
  { codes: 'Tiêu chí 3', content: 'Thủy lợi và Phòng chống thiên tai', lead: NN, note: MET_NOTE },
  { codes: 'Tiêu chí 5, 14', content: 'Trường học; Giáo dục và Đào tạo', lead: 'Phòng Giáo dục và Đào tạo', note: MET_NOTE },
  { codes: 'Tiêu chí 6', content: 'Cơ sở vật chất Văn hóa', lead: 'Phòng Văn hóa và Thông tin', note: MET_NOTE },
  { codes: 'Tiêu chí 8', content: 'Thông tin và truyền thông', lead: 'Trung tâm Văn hóa - Thông tin và Thể thao huyện', coordinators: 'Phòng Văn hóa và Thông tin', note: MET_NOTE },
  { codes: 'Tiêu chí 10', content: 'Thu nhập', lead: 'Chi cục Thống kê khu vực Tiểu Cần - Trà Cú', note: MET_NOTE },
  { codes: 'Tiêu chí 11', content: 'Nghèo đa chiều', lead: LDTBXH_DASH, communes: list(NTM_UNMET['11']), deadline: 'đầu quý IV/2023' },
  { codes: 'Tiêu chí 11, 12', content: 'Nghèo đa chiều; Lao động (mục IV.5: chủ trì cho mọi xã)', lead: 'Phòng Lao động - Thương binh và Xã hội', note: MET_NOTE },
  {
    codes: 'Tiêu chí 13',
    content: 'Tổ chức sản xuất và phát triển kinh tế nông thôn',
    lead: NN,
    coordinators: 'Phòng Tài chính - Kế hoạch',
    communes: list(NTM_UNMET['13']),
    deadline: 'quý II/2023',
    note: 'Phòng Tài chính - Kế hoạch phối hợp chỉ tiêu 13.1 (HTX)',
  },
  { codes: 'Tiêu chí 15', content: 'Y tế', lead: 'Phòng Y tế', coordinators: 'Trung tâm Y tế huyện', communes: list(NTM_UNMET['15']), deadline: 'quý II/2023' },
  { codes: 'Tiêu chí 16', content: 'Văn hóa', lead: 'Phòng Văn hóa và Thông tin', note: MET_NOTE },
  { codes: 'Tiêu chí 17', content: 'Môi trường và an toàn thực phẩm', lead: 'Phòng Tài nguyên và Môi trường', coordinators: NN, communes: list(NTM_UNMET['17']), deadline: 'quý II/2023' },
  { codes: 'Tiêu chí 18', content: 'Hệ thống chính trị và Tiếp cận Pháp luật', lead: 'Phòng Nội vụ', coordinators: 'Phòng Tư pháp', note: MET_NOTE },
  { codes: 'Chỉ tiêu 19.1', content: 'Xây dựng lực lượng dân quân “vững mạnh, rộng khắp” và hoàn thành các chỉ tiêu quân sự, quốc phòng', lead: 'Ban chỉ huy Quân sự', note: MET_NOTE },
  { codes: 'Chỉ tiêu 19.2', content: 'An ninh, trật tự xã hội', lead: 'Công an huyện', note: MET_NOTE },
];

const NC_DEADLINE = 'hoàn thành hồ sơ trong quý III/2023';

/** II. xa-ntm-nang-cao-2021: seed III.1.4 rows, communes from III.1.3; criteria all met from seed IV. */
const NANG_CAO_ROWS: AssignmentRow[] = [
  { codes: 'Tiêu chí 1,2,7,9', content: 'Quy hoạch; Giao thông; Cơ sở hạ tầng thương mại nông thôn; Nhà ở dân cư', lead: 'Phòng Kinh tế - Hạ tầng', communes: list(ADVANCED), deadline: NC_DEADLINE },
  { codes: 'Tiêu chí 3', content: 'Thủy lợi và phòng, chống thiên tai', lead: NN, note: MET_NOTE },
  { codes: 'Tiêu chí 4', content: 'Điện', lead: 'Phòng Kinh tế và Hạ tầng', note: MET_NOTE },
  { codes: 'Tiêu chí 5', content: 'Giáo dục', lead: 'Phòng Giáo dục và Đào tạo', note: MET_NOTE },
  { codes: 'Tiêu chí 6', content: 'Văn hóa', lead: 'Phòng Văn hóa và Thông tin', note: MET_NOTE },
  { codes: 'Tiêu chí 8', content: 'Thông tin và Truyền thông', lead: 'Trung tâm Văn hóa – thông tin và thể thao', coordinators: 'Phòng Văn hóa và thông tin', communes: 'Long Hiệp', deadline: NC_DEADLINE },
  { codes: 'Tiêu chí 10', content: 'Thu nhập', lead: 'Chi Cục Thống kê Khu vực Tiểu Cần – Trà Cú', coordinators: 'UBND xã', communes: 'Long Hiệp', deadline: NC_DEADLINE },
  { codes: 'Tiêu chí 11, 12', content: 'Nghèo đa chiều; Lao động', lead: LDTBXH_DASH, communes: list(union(['Ngọc Biên', 'Đại An', 'Long Hiệp'], ['Đại An'])), deadline: 'hoàn thành hồ sơ trong đầu quý IV/2023' },
  { codes: 'Tiêu chí 13', content: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', lead: NN, coordinators: 'phòng Tài chính - Kế hoạch', communes: list(ADVANCED), deadline: 'hoàn thành hồ sơ trong quý II/2023' },
  { codes: 'Tiêu chí 14', content: 'Y tế', lead: 'Phòng Y tế', coordinators: 'Trung tâm Y tế', communes: list(ADVANCED), deadline: 'hoàn thành hồ sơ trong quý II/2023' },
  { codes: 'Tiêu chí 15', content: 'Hành chính công', lead: 'UBND xã Ngọc Biên', coordinators: 'đơn vị có liên quan', communes: 'Ngọc Biên', deadline: 'hoàn hành trong quý II/2023' },
  { codes: 'Tiêu chí 16', content: 'Tiếp cận pháp luật', lead: 'Phòng Tư Pháp', communes: 'Long Hiệp', deadline: 'hoàn thành hồ sơ trong quý IV/2023', note: 'Mục IV.10 của Kế hoạch giao Phòng Nội vụ chủ trì tiêu chí 16' },
  {
    codes: 'Tiêu chí 17, 18',
    content: 'Môi trường; Chất lượng môi trường sống',
    lead: 'Phòng Nông nghiệp và Phát triển nông thôn,\nphòng Tài Nguyên và Môi trường,\nphòng Kinh tế và Hạ tầng,\nHội Liên hiệp Phụ nữ huyện',
    communes: 'Đại An, Tập Sơn, Long Hiệp',
    deadline: NC_DEADLINE,
  },
  { codes: 'Chỉ tiêu 19.1', content: 'Nâng cao chất lượng hoạt động của Ban chỉ huy quân sự xã và lực lượng dân quân', lead: 'Ban chỉ huy Quân sự', note: MET_NOTE },
  { codes: 'Chỉ tiêu 19.2', content: 'An ninh, trật tự xã hội', lead: 'Công an huyện', note: MET_NOTE },
];

const content = (code: string) => DISTRICT_CONTENTS.find((c) => c.code === code)!;
const CRIT6_COORD = 'Phòng Nông nghiệp và Phát triển nông thôn, Phòng Kinh tế và Hạ tầng, Phòng Tài chính - Kế hoạch';
const CRIT7_COORD = 'phòng Tài Nguyên và Môi trường';
const CRIT8_COORD = 'Phòng Nông nghiệp và Phát triển nông thôn, Phòng Kinh tế và Hạ tầng, Phòng Tài nguyên và Môi trường';
/** Seed IV names coordinators only for district criteria 5–8: the lead cell stays empty (assumption A9). */
const districtContent = (code: string, coordinators?: string): AssignmentRow => ({
  codes: `Nội dung ${code}`,
  content: content(code).text,
  lead: '',
  coordinators,
  deadline: content(code).deadline,
});

/** III. huyen-ntm-2021: seed IV district bullets, unmet contents and deadlines from III.1.6. */
const DISTRICT_ROWS: AssignmentRow[] = [
  // The seed's own mistake (IV.2): criteria 1, 2, 4 given the name of criterion 3.
  { codes: 'Tiêu chí 1,2,4. Thủy lợi và Phòng chống thiên tai', content: 'Quy hoạch; Giao thông; Điện', lead: 'Phòng Kinh tế và Hạ tầng', coordinators: '', note: 'Đã đạt' },
  { codes: 'Tiêu chí 3', content: 'Thủy lợi và Phòng chống thiên tai', lead: NN, note: 'Đã đạt' },
  districtContent('5.2', 'Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin và Thể thao huyện'),
  districtContent('5.3', 'Phòng Giáo dục và Đào tạo'),
  districtContent('5.4'),
  districtContent('6.1', CRIT6_COORD),
  districtContent('6.2', CRIT6_COORD),
  districtContent('6.4', CRIT6_COORD),
  districtContent('7.2', CRIT7_COORD),
  districtContent('7.4', CRIT7_COORD),
  districtContent('8.3', CRIT8_COORD),
  districtContent('8.4', CRIT8_COORD),
  districtContent('8.5', CRIT8_COORD),
  { codes: 'Tiêu chí 9', content: 'Hệ thống chính trị - An ninh trật tự - Hành chính công', lead: 'Phòng Nội vụ', coordinators: 'Phòng Tư pháp, Công an huyện (nội dung 9.4)' },
  { codes: 'Nội dung 9.5', content: content('9.5').text, lead: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', note: 'Đã đạt' },
  { codes: 'Nội dung 9.6', content: content('9.6').text, lead: 'Phòng Nội vụ', coordinators: 'Phòng Tư pháp', deadline: content('9.6').deadline },
];

const TOWN_COORD = (town: string) => `UBND ${town}, Trung tâm Văn hóa – Thông tin và Thể thao, Phòng Giáo dục và Đào tạo huyện`;

/** IV. do-thi-van-minh-2022: seed III.1.5 (heading "thi trấn" kept) and IV.4 (Phòng Văn hóa và Thông tin chủ trì). */
const TOWN_ROWS: AssignmentRow[] = Object.entries(TOWN_UNMET).map(([town, codes], i) => ({
  codes: `Nội dung ${codes.join(', ')}`,
  content: i === 0 ? 'Đối với thi trấn đạt chuẩn Đô thị Văn minh' : 'Đô thị Văn minh',
  lead: 'Phòng Văn hóa và Thông tin',
  coordinators: TOWN_COORD(town),
  communes: town,
  deadline: 'hoàn thành hồ sơ trong quý III/2023',
}));

export const ASSIGNMENT_SECTIONS: { title: string; rows: AssignmentRow[] }[] = [
  { title: 'I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI', rows: NTM_ROWS },
  { title: 'II. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO', rows: NANG_CAO_ROWS },
  { title: 'III. TIÊU CHÍ HUYỆN NÔNG THÔN MỚI', rows: DISTRICT_ROWS },
  { title: 'IV. ĐÔ THỊ VĂN MINH', rows: TOWN_ROWS },
];

export function buildAssignmentSheet(): StyledSheet {
  const b = new SheetBuilder(8);
  addTitleBlock(
    b,
    'BẢNG PHÂN CÔNG THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2023',
    '(Kèm theo Kế hoạch số 17/KH-UBND ngày 02/3/2023 của Ủy ban nhân dân huyện Trà Cú)',
  );
  b.add('header', ['STT', 'Tiêu chí/chỉ tiêu', 'Nội dung', 'Đơn vị chủ trì', 'Cơ quan phối hợp', 'Xã áp dụng', 'Thời hạn hoàn thành', 'Ghi chú']);
  for (const section of ASSIGNMENT_SECTIONS) {
    b.addMerged('section', section.title);
    section.rows.forEach((r, i) => {
      b.add('body', [i + 1, r.codes, r.content, r.lead || null, r.coordinators || null, r.communes || null, r.deadline || null, r.note || null]);
    });
  }
  return b.build('Phân công', {
    widths: [6, 18, 40, 30, 34, 30, 20, 26],
    centered: [0, 1],
    freeze: { rows: 5, cols: 0 },
    landscape: true,
  });
}
