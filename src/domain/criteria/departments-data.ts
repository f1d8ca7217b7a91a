// District departments (and the few commune bodies) as the five seed plans write them; the
// provincial bodies are in departments-province.ts.
// Aliases need not list dash, "&"/"và", case, tone-placement or trailing "huyện …" variants:
// departmentKey() makes those equal.
import { PROVINCE_DEPARTMENTS } from './departments-province';

export interface DepartmentEntry {
  id: string;
  /** Canonical name shown in summaries. */
  name: string;
  /** For narrow columns. */
  shortName: string;
  aliases: string[];
}

export const DISTRICT_DEPARTMENTS: readonly DepartmentEntry[] = [
  {
    id: 'nn-ptnt', name: 'Phòng Nông nghiệp và Phát triển nông thôn', shortName: 'Phòng NN&PTNT',
    aliases: ['Phòng Nông nghiệp và PTNT', 'Phòng NN và PTNT', 'Phòng NNPTNT', 'Phòng Nông nghiệp', 'Phòng NN'],
  },
  {
    id: 'kt-ht', name: 'Phòng Kinh tế và Hạ tầng', shortName: 'Phòng KT&HT',
    aliases: ['Phòng Kinh tế - Hạ tầng', 'Phòng KTHT', 'Phòng KT-HT'],
  },
  { id: 'kinh-te', name: 'Phòng Kinh tế', shortName: 'Phòng Kinh tế', aliases: [] },
  { id: 'ql-do-thi', name: 'Phòng Quản lý đô thị', shortName: 'Phòng QLĐT', aliases: ['Phòng QLĐT'] },
  {
    id: 'ld-tbxh', name: 'Phòng Lao động - Thương binh và Xã hội', shortName: 'Phòng LĐ-TB&XH',
    aliases: ['Phòng Lao động – Thương binh và Xã hội', 'Phòng Lao động - Thương binh - Xã hội', 'Phòng LĐTBXH', 'Phòng LĐ-TBXH', 'Phòng LĐTB&XH', 'Phòng Lao động', 'Phòng Lao động TB&XH', 'Phòng Lao động - TB&XH'],
  },
  {
    id: 'vh-tt', name: 'Phòng Văn hóa và Thông tin', shortName: 'Phòng VH-TT',
    aliases: ['Phòng Văn hóa - Thông tin', 'Phòng VHTT', 'Phòng VH&TT', 'Phòng Văn hóa'],
  },
  {
    id: 'tt-vh-tt-tt', name: 'Trung tâm Văn hóa - Thông tin và Thể thao', shortName: 'TT VH-TT&TT',
    aliases: [
      'Trung tâm Văn hóa – Thông tin và Thể thao', 'Trung tâm Văn hóa TT&TT', 'Trung tâm VH-TT&TT', 'Trung tâm VHTT&TT',
      'TTVH-TT&TT', 'TT VHTT&TT', 'Trung tâm Văn hóa - Thể thao', 'Trung tâm Văn hóa Thể thao', 'Trung tâm Văn hóa',
    ],
  },
  { id: 'y-te', name: 'Phòng Y tế', shortName: 'Phòng Y tế', aliases: [] },
  { id: 'tt-y-te', name: 'Trung tâm Y tế', shortName: 'TTYT', aliases: ['TTYT', 'TT Y tế'] },
  {
    id: 'tn-mt', name: 'Phòng Tài nguyên và Môi trường', shortName: 'Phòng TN&MT',
    aliases: ['Phòng TN-MT', 'Phòng TNMT', 'Phòng Tài nguyên - Môi trường'],
  },
  {
    id: 'tc-kh', name: 'Phòng Tài chính - Kế hoạch', shortName: 'Phòng TC-KH',
    aliases: ['Phòng Tài chính – Kế hoạch', 'Phòng TCKH', 'Phòng TC&KH', 'Phòng Tài chính', 'Phòng Tài chính - KH'],
  },
  {
    id: 'gd-dt', name: 'Phòng Giáo dục và Đào tạo', shortName: 'Phòng GD&ĐT',
    aliases: ['Phòng GD-ĐT', 'Phòng GDĐT', 'Phòng Giáo dục - Đào tạo', 'Phòng Giáo dục'],
  },
  { id: 'noi-vu', name: 'Phòng Nội vụ', shortName: 'Phòng Nội vụ', aliases: [] },
  { id: 'tu-phap', name: 'Phòng Tư pháp', shortName: 'Phòng Tư pháp', aliases: [] },
  { id: 'dan-toc', name: 'Phòng Dân tộc', shortName: 'Phòng Dân tộc', aliases: [] },
  // The 2025 reorganisation's district names, as offices write them (district plans of March to
  // June 2025; no document in this repository gives them). Each has its own id, never an alias of
  // the Phòng it replaced: the summaries show the name the office wrote. Their commas are part of
  // the name (split() keeps them whole because the whole resolves).
  { id: 'nn-mt', name: 'Phòng Nông nghiệp và Môi trường', shortName: 'Phòng NN&MT', aliases: ['Phòng NNMT'] },
  { id: 'kt-ht-dt', name: 'Phòng Kinh tế, Hạ tầng và Đô thị', shortName: 'Phòng KT,HT&ĐT', aliases: [] },
  { id: 'vh-kh-tt', name: 'Phòng Văn hóa, Khoa học và Thông tin', shortName: 'Phòng VH,KH&TT', aliases: [] },
  { id: 'dt-tg', name: 'Phòng Dân tộc và Tôn giáo', shortName: 'Phòng Dân tộc và Tôn giáo', aliases: [] },
  // The commune's own offices since 1/7/2025 (NĐ 150/2025/NĐ-CP: Văn phòng HĐND và UBND, Phòng Kinh
  // tế or, in a ward, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội; NQ 332/NQ-CP: the
  // commune's Trung tâm Phục vụ hành chính công). 2026 plans assign the criteria to them.
  { id: 'vh-xh', name: 'Phòng Văn hóa - Xã hội', shortName: 'Phòng VH-XH', aliases: ['Phòng VHXH', 'Phòng VH-XH', 'Phòng VH - XH'] },
  { id: 'tt-pvhcc', name: 'Trung tâm Phục vụ hành chính công', shortName: 'TT PVHCC', aliases: ['TT Phục vụ hành chính công', 'TT PVHCC', 'Trung tâm PVHCC', 'Trung tâm Phục vụ hành chính công xã', 'Trung tâm Phục vụ hành chính công phường'] },
  {
    id: 'thong-ke', name: 'Chi cục Thống kê', shortName: 'CCTK',
    aliases: ['Chi cục Thống kê huyện', 'CCTK', 'Chi cục TK'],
  },
  {
    id: 'bchqs', name: 'Ban Chỉ huy Quân sự huyện', shortName: 'Ban CHQS',
    aliases: ['Ban Chỉ huy Quân sự', 'Ban CHQS', 'BCHQS', 'BCH Quân sự', 'Quân sự'],
  },
  { id: 'cong-an', name: 'Công an huyện', shortName: 'Công an', aliases: ['Công an', 'CA huyện'] },
  {
    id: 'vp-hdnd-ubnd', name: 'Văn phòng HĐND và UBND huyện', shortName: 'VP HĐND-UBND',
    aliases: [
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Văn phòng UBND và HĐND', 'Văn phòng UBND&HĐND',
      'VP HĐND và UBND', 'VP UBND và HĐND', 'VP HĐND-UBND', 'VP UBND-HĐND', 'Văn phòng UBND', 'VP UBND',
    ],
  },
  { id: 'thanh-tra', name: 'Thanh tra huyện', shortName: 'Thanh tra', aliases: ['Thanh tra'] },
  // District branches of national bodies that NTM plans name for credit (13, 11) and electricity (4).
  {
    id: 'nhcsxh', name: 'Phòng giao dịch Ngân hàng Chính sách xã hội huyện', shortName: 'NHCSXH',
    aliases: ['Ngân hàng Chính sách xã hội', 'Ngân hàng CSXH', 'NHCSXH', 'Phòng giao dịch NHCSXH', 'PGD NHCSXH', 'Phòng giao dịch Ngân hàng CSXH'],
  },
  { id: 'dien-luc', name: 'Điện lực huyện', shortName: 'Điện lực', aliases: ['Điện lực', 'Chi nhánh Điện lực', 'Đội Quản lý điện'] },
  // Criterion 8 (post, telecoms): the district's post office and network operators (not in the
  // seeds; the seed 004 probe's plan named "Bưu điện huyện").
  { id: 'buu-dien', name: 'Bưu điện huyện', shortName: 'Bưu điện', aliases: ['Bưu điện', 'Bưu điện huyện'] },
  { id: 'vien-thong', name: 'Trung tâm Viễn thông huyện', shortName: 'Viễn thông', aliases: ['Viễn thông huyện', 'Trung tâm Viễn thông', 'VNPT huyện', 'VNPT'] },
  { id: 'viettel', name: 'Viettel huyện', shortName: 'Viettel', aliases: ['Chi nhánh Viettel huyện', 'Viettel'] },
  { id: 'tt-dvnn', name: 'Trung tâm Dịch vụ nông nghiệp huyện', shortName: 'TT DVNN', aliases: ['Trung tâm Dịch vụ nông nghiệp', 'TT DVNN', 'Trạm Khuyến nông'] },
  { id: 'kiem-lam', name: 'Hạt Kiểm lâm huyện', shortName: 'Hạt Kiểm lâm', aliases: ['Hạt Kiểm lâm', 'Kiểm lâm'] },
  {
    id: 'hlhpn', name: 'Hội Liên hiệp Phụ nữ huyện', shortName: 'Hội LHPN',
    aliases: ['Hội Liên hiệp Phụ nữ', 'Hội LHPN', 'Hội Phụ nữ', 'Hội LH Phụ nữ'],
  },
  {
    id: 'mttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', shortName: 'UB MTTQ',
    aliases: [
      'Ủy ban Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban MTTQ', 'Ủy ban MTTQ Việt Nam', 'UBMTTQ',
      'UBMTTQ Việt Nam', 'UB MTTQ', 'MTTQ', 'Mặt trận Tổ quốc', 'Mặt trận', 'UBMTTQVN',
    ],
  },
  { id: 'hoi-nong-dan', name: 'Hội Nông dân huyện', shortName: 'Hội ND', aliases: ['Hội Nông dân', 'Hội ND'] },
  { id: 'hoi-ccb', name: 'Hội Cựu chiến binh huyện', shortName: 'Hội CCB', aliases: ['Hội Cựu chiến binh', 'Hội CCB'] },
  { id: 'hoi-nct', name: 'Hội Người cao tuổi huyện', shortName: 'Hội NCT', aliases: ['Hội Người cao tuổi', 'Hội NCT'] },
  {
    id: 'doan-tn', name: 'Huyện Đoàn', shortName: 'Huyện Đoàn',
    aliases: ['Huyện đoàn', 'Thị đoàn', 'Thành đoàn', 'Quận đoàn', 'Đoàn Thanh niên', 'Đoàn TNCS Hồ Chí Minh', 'Đoàn TN'],
  },
  { id: 'ldld', name: 'Liên đoàn Lao động huyện', shortName: 'LĐLĐ', aliases: ['Liên đoàn Lao động', 'LĐLĐ'] },
  { id: 'bhxh', name: 'Bảo hiểm xã hội huyện', shortName: 'BHXH', aliases: ['Bảo hiểm xã hội', 'BHXH'] },
  { id: 'kbnn', name: 'Kho bạc Nhà nước huyện', shortName: 'KBNN', aliases: ['Kho bạc Nhà nước', 'Kho bạc', 'KBNN'] },
  { id: 'dai-truyen-thanh', name: 'Đài Truyền thanh huyện', shortName: 'Đài Truyền thanh', aliases: ['Đài Truyền thanh', 'Đài Truyền thanh - Truyền hình', 'Đài TT-TH', 'Đài phát thanh'] },
  {
    id: 'vpdp-ntm', name: 'Văn phòng Điều phối nông thôn mới huyện', shortName: 'VPĐP NTM',
    aliases: [
      'Văn phòng Điều phối NTM', 'Văn phòng Điều phối nông thôn mới', 'Văn phòng nông thôn mới', 'Văn phòng NTM', 'VPĐP',
      'VPĐP NTM', 'VP ĐP NTM', 'VPĐP XDNTM', 'Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới',
      'Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới', 'Văn phòng Điều phối',
    ],
  },
  {
    id: 'bcd', name: 'Ban Chỉ đạo các Chương trình MTQG huyện', shortName: 'BCĐ',
    aliases: ['Ban Chỉ đạo', 'BCĐ', 'Ban Chỉ đạo nông thôn mới', 'Ban Chỉ đạo các CTMTQG', 'BCĐ các CTMTQG', 'Ban Chỉ đạo các Chương trình MTQG'],
  },
  { id: 'ubnd-huyen', name: 'UBND huyện', shortName: 'UBND huyện', aliases: ['Ủy ban nhân dân huyện', 'UBND huyện'] },
  {
    id: 'bql-ntm-xa', name: 'Ban quản lý xây dựng nông thôn mới xã', shortName: 'BQL NTM xã',
    aliases: ['Ban quản lý xây dựng nông thôn mới của xã', 'BQL xã', 'Ban quản lý xây dựng NTM xã', 'BQL xây dựng NTM', 'BQL NTM xã', 'BQL NTM', 'Ban quản lý NTM', 'Ban quản lý xây dựng nông thôn mới'],
  },
  { id: 'ban-phat-trien-thon', name: 'Ban phát triển thôn', shortName: 'Ban PT thôn', aliases: ['Ban phát triển xóm', 'Ban phát triển thôn, bản', 'Ban phát triển các thôn'] },
  // The South's word is "ấp" (seed 002): its plans keep it, a separate entry so the summaries do too.
  { id: 'ban-phat-trien-ap', name: 'Ban phát triển ấp', shortName: 'Ban PT ấp', aliases: ['Ban phát triển các ấp', 'Ban phát triển khóm, ấp', 'Ban phát triển ấp, khóm'] },
  // A district's vocational school (seed 002: "kết hợp với trường Trung cấp Nghề … mở các lớp dạy nghề").
  { id: 'truong-trung-cap-nghe', name: 'Trường Trung cấp nghề', shortName: 'Trường TC nghề', aliases: ['Trường TC nghề', 'Trường Trung cấp Nghề', 'Trung cấp nghề'] },
];

/** District entries first: a name both could claim stays the district's, as before. */
export const DEPARTMENTS: readonly DepartmentEntry[] = [...DISTRICT_DEPARTMENTS, ...PROVINCE_DEPARTMENTS];
