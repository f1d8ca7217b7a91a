// Commune-level bodies that commune plans name as members (seeds 001, 002): "Trạm Y tế xã",
// "Công an xã", "Hội Nông dân xã". They are not the district's bodies of the same name.

/** District bodies every commune has its own of, by registry id: the commune's one's name. */
export const COMMUNE_COUNTERPARTS: Readonly<Record<string, string>> = {
  mttq: 'Ủy ban MTTQ xã',
  'hoi-nong-dan': 'Hội Nông dân xã',
  'hoi-ccb': 'Hội Cựu chiến binh xã',
  hlhpn: 'Hội Liên hiệp Phụ nữ xã',
  'hoi-nct': 'Hội Người cao tuổi xã',
  'doan-tn': 'Đoàn Thanh niên xã',
  'cong-an': 'Công an xã',
  bchqs: 'Ban Chỉ huy Quân sự xã',
  'vp-hdnd-ubnd': 'Văn phòng UBND xã',
};

export interface CommuneBody {
  name: string;
  /** Written without "xã" it is still the commune's ("Trạm Y tế": only communes have one). */
  bare: boolean;
  aliases: string[];
}

/** The hamlet words plans use, South ("ấp", "khóm") and North ("thôn", "bản", "xóm") alike. */
const HAMLET_KINDS = ['thôn', 'ấp', 'xóm', 'bản', 'khóm', 'buôn', 'tổ dân phố', 'khu phố'];
/** Two kinds in one name ("Các thôn, bản"): the plan's first word names the group. */
const HAMLET_PAIRS: Record<string, string[]> = { thôn: ['bản', 'xóm', 'tổ dân phố'], ấp: ['khóm'], khóm: ['ấp'], bản: ['thôn'] };

/**
 * "Các thôn", "Các ấp" (seed 001 III.5: the hamlets carry the plan out with the commune's officers):
 * every hamlet of the commune, one member named in the plan's own word. In a district's plan they
 * are no one the office follows up (read/departments-cell.ts).
 */
export const ALL_HAMLETS: readonly CommuneBody[] = HAMLET_KINDS.map((w) => ({
  name: `Các ${w}`,
  bare: true,
  aliases: [`Tất cả các ${w}`, `Những ${w}`, `Các ${w} trên địa bàn xã`, `Các ${w} trong xã`, ...(HAMLET_PAIRS[w] ?? []).map((o) => `Các ${w}, ${o}`)],
}));

/** Bodies only a commune has, or named for the commune only with "xã" ("Chủ tịch UBND xã"). */
export const COMMUNE_ONLY_BODIES: readonly CommuneBody[] = [
  ...ALL_HAMLETS,
  { name: 'Trạm Y tế xã', bare: true, aliases: ['Trạm Y tế', 'TYT', 'Trạm Y tế cấp xã'] },
  { name: 'Ban Văn hóa xã', bare: true, aliases: ['Ban Văn hóa', 'Ban Văn hóa - Thông tin', 'Ban VH-TT', 'Ban VHTT'] },
  { name: 'Bưu điện văn hóa xã', bare: true, aliases: ['Bưu điện văn hóa', 'Điểm Bưu điện văn hóa', 'BĐVH', 'Điểm BĐVH'] },
  { name: 'Ban Thanh tra nhân dân xã', bare: true, aliases: ['Ban Thanh tra nhân dân', 'Ban TTND'] },
  { name: 'Bộ phận Một cửa xã', bare: false, aliases: ['Bộ phận Một cửa', 'Bộ phận tiếp nhận và trả kết quả', 'Bộ phận TN&TKQ'] },
  { name: 'Chủ tịch UBND xã', bare: false, aliases: ['Chủ tịch UBND', 'Chủ tịch Ủy ban nhân dân', 'CT UBND'] },
  { name: 'Phó Chủ tịch UBND xã', bare: false, aliases: ['Phó Chủ tịch UBND', 'Phó Chủ tịch Ủy ban nhân dân', 'PCT UBND'] },
  { name: 'Đảng ủy xã', bare: false, aliases: ['Đảng ủy', 'Đảng uỷ'] },
  // Schools in the commune (seed 001: "Trường Mầm non, Tiểu học, THCS xã" support criterion 5).
  { name: 'Trường Mầm non', bare: true, aliases: ['Mầm non', 'Trường MN', 'Trường mẫu giáo', 'Mẫu giáo'] },
  { name: 'Trường Tiểu học', bare: true, aliases: ['Tiểu học', 'Trường TH'] },
  { name: 'Trường THCS', bare: true, aliases: ['THCS', 'Trường Trung học cơ sở', 'Trung học cơ sở'] },
  { name: 'Hợp tác xã', bare: true, aliases: ['HTX', 'Các hợp tác xã', 'Hợp tác xã nông nghiệp', 'HTX nông nghiệp', 'HTX-NN', 'HTX NN'] },
  // Seed 001: "Hợp tác xã, tổ hợp tác" (13), "Ban Chỉ huy PCTT&TKCN" (3), the schools as a group (5, 14).
  { name: 'Tổ hợp tác', bare: true, aliases: ['Các tổ hợp tác', 'THT'] },
  { name: 'Ban Chỉ huy PCTT&TKCN xã', bare: true, aliases: ['Ban Chỉ huy PCTT&TKCN', 'Ban Chỉ huy PCTT và TKCN', 'BCH PCTT&TKCN', 'Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn', 'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn'] },
  { name: 'Các trường học trên địa bàn xã', bare: true, aliases: ['Các trường học', 'Các trường', 'Các trường học trên địa bàn', 'Các trường trên địa bàn xã'] },
  // The commune's NTM officer (seed 002: "Cán bộ phụ trách NTM (Đ/c …)").
  { name: 'Cán bộ chuyên trách NTM xã', bare: true, aliases: ['Cán bộ chuyên trách NTM', 'Cán bộ phụ trách NTM', 'Cán bộ chuyên trách nông thôn mới', 'Cán bộ phụ trách nông thôn mới', 'Cán bộ NTM'] },
  { name: 'Công chức Văn phòng - Thống kê', bare: true, aliases: ['Văn phòng - Thống kê', 'Văn phòng Thống kê', 'VP-TK'] },
  // The commune board's working group (seed 002: "Tổ giúp việc NTM, chịu trách nhiệm đôn đốc …").
  { name: 'Tổ giúp việc BQL NTM xã', bare: true, aliases: ['Tổ giúp việc NTM', 'Tổ giúp việc nông thôn mới', 'Tổ giúp việc BQL', 'Tổ giúp việc Ban quản lý', 'Tổ giúp việc BQL NTM'] },
];

/**
 * "Hội Nông dân xã", "Trạm Y tế cấp xã", "Công an xã Tân Thạnh": the body and what follows "xã".
 * "xã hội", "xã viên", "xã đội" are words, not the commune ("Thương binh và Xã hội").
 */
const WITH_XA = /^(.+?)\s+(?:cấp\s+)?xã(?:\s+(\S.*))?$/iu;
const NOT_A_NAME = /^(?:hội|viên|đội)(?![\p{L}])/iu;

/** The body named before "xã", or undefined when the text is not "<body> xã [name]". */
export function bodyBeforeXa(text: string): string | undefined {
  const m = WITH_XA.exec(text);
  if (!m || (m[2] && NOT_A_NAME.test(m[2]))) return undefined;
  return m[1];
}
