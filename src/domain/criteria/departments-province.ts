// Provincial bodies, for a province's own plan (the provincial NTM office assigning criteria to
// the Sở). Each has its own id: a Sở is never the district Phòng of the same sector.
// Names: the specialised agencies of a provincial People's Committee (NĐ 24/2014/NĐ-CP as
// amended by NĐ 107/2020/NĐ-CP; NĐ 45/2025/NĐ-CP for the two 2025 ones), and the provincial
// bodies NTM plans name beside them. departmentKey() drops "tỉnh" after a Sở and keeps
// "… tỉnh" for the rest, so "Sở Y tế tỉnh Trà Vinh" and "Công an tỉnh An Giang" need no alias.
import type { DepartmentEntry } from './departments-data';

export const PROVINCE_DEPARTMENTS: readonly DepartmentEntry[] = [
  { id: 'so-noi-vu', name: 'Sở Nội vụ', shortName: 'Sở Nội vụ', aliases: [] },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', shortName: 'Sở Tư pháp', aliases: [] },
  { id: 'so-kh-dt', name: 'Sở Kế hoạch và Đầu tư', shortName: 'Sở KH&ĐT', aliases: ['Sở KHĐT'] },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', shortName: 'Sở Tài chính', aliases: [] },
  { id: 'so-cong-thuong', name: 'Sở Công Thương', shortName: 'Sở Công Thương', aliases: [] },
  {
    id: 'so-nn-ptnt', name: 'Sở Nông nghiệp và Phát triển nông thôn', shortName: 'Sở NN&PTNT',
    aliases: ['Sở Nông nghiệp và PTNT', 'Sở NNPTNT'],
  },
  { id: 'so-gtvt', name: 'Sở Giao thông vận tải', shortName: 'Sở GTVT', aliases: ['Sở GT-VT'] },
  { id: 'so-xay-dung', name: 'Sở Xây dựng', shortName: 'Sở Xây dựng', aliases: [] },
  { id: 'so-tn-mt', name: 'Sở Tài nguyên và Môi trường', shortName: 'Sở TN&MT', aliases: ['Sở TNMT'] },
  { id: 'so-tt-tt', name: 'Sở Thông tin và Truyền thông', shortName: 'Sở TT&TT', aliases: ['Sở TTTT'] },
  {
    id: 'so-ld-tbxh', name: 'Sở Lao động - Thương binh và Xã hội', shortName: 'Sở LĐ-TB&XH',
    aliases: ['Sở LĐTBXH', 'Sở LĐ-TBXH', 'Sở LĐTB&XH', 'Sở Lao động - TB&XH'],
  },
  {
    // The comma is part of the name: split() keeps "Sở Văn hóa, Thể thao và Du lịch" whole because it resolves.
    id: 'so-vh-tt-dl', name: 'Sở Văn hóa, Thể thao và Du lịch', shortName: 'Sở VHTTDL',
    aliases: ['Sở VH-TT&DL', 'Sở VHTT&DL'],
  },
  // Provinces that keep tourism apart from culture have these two instead of the one above.
  { id: 'so-vh-tt', name: 'Sở Văn hóa và Thể thao', shortName: 'Sở VH&TT', aliases: ['Sở VHTT'] },
  { id: 'so-du-lich', name: 'Sở Du lịch', shortName: 'Sở Du lịch', aliases: [] },
  { id: 'so-kh-cn', name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', aliases: ['Sở KHCN'] },
  { id: 'so-gd-dt', name: 'Sở Giáo dục và Đào tạo', shortName: 'Sở GD&ĐT', aliases: ['Sở GDĐT'] },
  { id: 'so-y-te', name: 'Sở Y tế', shortName: 'Sở Y tế', aliases: [] },
  // 2025 (NĐ 45/2025/NĐ-CP): NN&PTNT and TN&MT merged; Ban Dân tộc became a Sở.
  { id: 'so-nn-mt', name: 'Sở Nông nghiệp và Môi trường', shortName: 'Sở NN&MT', aliases: ['Sở NNMT'] },
  { id: 'so-dt-tg', name: 'Sở Dân tộc và Tôn giáo', shortName: 'Sở Dân tộc và Tôn giáo', aliases: [] },
  // Before 2025 the province's ethnic-affairs body was a Ban. No bare "Ban Dân tộc": a People's
  // Council (even a district's) may have a committee of that name.
  { id: 'ban-dan-toc-tinh', name: 'Ban Dân tộc tỉnh', shortName: 'Ban Dân tộc tỉnh', aliases: [] },
  { id: 'thanh-tra-tinh', name: 'Thanh tra tỉnh', shortName: 'Thanh tra tỉnh', aliases: [] },
  // The provincial People's Committee itself: a province's own plan names it as lead or coordinator.
  { id: 'ubnd-tinh', name: 'UBND tỉnh', shortName: 'UBND tỉnh', aliases: ['Ủy ban nhân dân tỉnh'] },
  { id: 'vp-ubnd-tinh', name: 'Văn phòng Ủy ban nhân dân tỉnh', shortName: 'VP UBND tỉnh', aliases: ['Văn phòng UBND tỉnh'] },
  {
    id: 'vpdp-ntm-tinh', name: 'Văn phòng Điều phối nông thôn mới tỉnh', shortName: 'VPĐP NTM tỉnh',
    aliases: [
      'Văn phòng Điều phối NTM tỉnh', 'Văn phòng nông thôn mới tỉnh', 'Văn phòng NTM tỉnh', 'Văn phòng Điều phối tỉnh',
      'Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới tỉnh',
      'Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh',
      'Văn phòng Điều phối các Chương trình MTQG tỉnh',
    ],
  },
  { id: 'cong-an-tinh', name: 'Công an tỉnh', shortName: 'Công an tỉnh', aliases: ['CA tỉnh'] },
  // "Bộ" Chỉ huy is the province's; the district's is "Ban" Chỉ huy, so the bare name is this one.
  {
    id: 'bchqs-tinh', name: 'Bộ Chỉ huy Quân sự tỉnh', shortName: 'Bộ CHQS tỉnh',
    aliases: ['Bộ Chỉ huy Quân sự', 'Bộ CHQS', 'BCH Quân sự tỉnh', 'BCHQS tỉnh'],
  },
  {
    id: 'mttq-tinh', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', shortName: 'UB MTTQ tỉnh',
    aliases: [
      'Ủy ban Mặt trận Tổ quốc tỉnh', 'Ủy ban MTTQ tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh', 'UBMTTQ tỉnh', 'UBMTTQ Việt Nam tỉnh',
      'MTTQ tỉnh', 'Mặt trận Tổ quốc tỉnh', 'UBMTTQVN tỉnh',
    ],
  },
  { id: 'hoi-nong-dan-tinh', name: 'Hội Nông dân tỉnh', shortName: 'Hội ND tỉnh', aliases: [] },
  { id: 'hlhpn-tinh', name: 'Hội Liên hiệp Phụ nữ tỉnh', shortName: 'Hội LHPN tỉnh', aliases: ['Hội Phụ nữ tỉnh', 'Hội LH Phụ nữ tỉnh'] },
  { id: 'tinh-doan', name: 'Tỉnh đoàn', shortName: 'Tỉnh đoàn', aliases: ['Đoàn Thanh niên tỉnh', 'Đoàn TNCS Hồ Chí Minh tỉnh'] },
  { id: 'hoi-ccb-tinh', name: 'Hội Cựu chiến binh tỉnh', shortName: 'Hội CCB tỉnh', aliases: [] },
  // Only a province has a Liên minh HTX: the bare name is the province's.
  { id: 'lmhtx-tinh', name: 'Liên minh Hợp tác xã tỉnh', shortName: 'Liên minh HTX tỉnh', aliases: ['Liên minh Hợp tác xã', 'Liên minh HTX'] },
  {
    id: 'nhcsxh-tinh', name: 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh', shortName: 'NHCSXH tỉnh',
    aliases: [
      'Ngân hàng Chính sách xã hội tỉnh', 'Ngân hàng Chính sách xã hội chi nhánh tỉnh', 'Ngân hàng CSXH tỉnh',
      'Chi nhánh Ngân hàng CSXH tỉnh', 'Chi nhánh NHCSXH tỉnh', 'NHCSXH chi nhánh tỉnh',
    ],
  },
  { id: 'cuc-thong-ke-tinh', name: 'Cục Thống kê tỉnh', shortName: 'Cục Thống kê tỉnh', aliases: [] },
  { id: 'kbnn-tinh', name: 'Kho bạc Nhà nước tỉnh', shortName: 'KBNN tỉnh', aliases: ['Kho bạc tỉnh'] },
  // The province's power company ("Công ty Điện lực Trà Vinh"); a district has an "Điện lực huyện".
  { id: 'dien-luc-tinh', name: 'Công ty Điện lực tỉnh', shortName: 'Điện lực tỉnh', aliases: ['Công ty Điện lực'] },
  { id: 'dai-pt-th-tinh', name: 'Đài Phát thanh và Truyền hình tỉnh', shortName: 'Đài PT-TH tỉnh', aliases: ['Đài PTTH tỉnh'] },
];
