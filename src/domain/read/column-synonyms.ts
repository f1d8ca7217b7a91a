// Header wording offices use for each column, as patterns on matchKey(header text).
// Order matters inside a role: the first field whose pattern matches a header claims it.

export type FieldName =
  | 'stt'
  | 'set'
  | 'code'
  | 'name'
  | 'content'
  | 'lead'
  | 'coordinators'
  | 'communes'
  | 'deadline'
  | 'note'
  | 'commune'
  | 'value'
  | 'assessment'
  | 'expected'
  | 'achievedOn'
  | 'norm'
  | 'kind'
  | 'region'
  | 'group'
  | 'province'
  | 'target'
  | 'year'
  | 'unit'
  | 'direction'
  | 'threshold'
  | 'from'
  | 'to'
  | 'department'
  | 'aliases'
  | 'subcode'
  | 'applies';

export interface FieldPattern {
  field: FieldName;
  re: RegExp;
}

const STT: FieldPattern = { field: 'stt', re: /^(stt|tt|số tt|số thứ tự)$/ };
const NOTE: FieldPattern = { field: 'note', re: /^ghi chú/ };
const SET: FieldPattern = { field: 'set', re: /^(bộ tiêu chí|bộ tc|loại tiêu chí|bộ tiêu chí áp dụng)$/ };

export const ASSIGNMENT_FIELDS: FieldPattern[] = [
  STT,
  SET,
  // "Cơ quan chủ trì", "Ngành phụ trách", "Cơ quan tham mưu", "Đơn vị thực hiện" (alone), "Phân công".
  { field: 'lead', re: /(chủ trì|phụ trách|tham mưu|^(?:cơ quan|đơn vị|cơ quan, đơn vị|ngành) thực hiện$|^(?:(?:cơ quan|đơn vị) )?(?:được )?phân công$)/ },
  { field: 'coordinators', re: /(phối hợp)/ },
  { field: 'communes', re: /^(xã áp dụng|phạm vi|địa bàn|xã thực hiện|áp dụng cho|đơn vị áp dụng|xã)/ },
  { field: 'deadline', re: /(thời hạn|thời gian hoàn thành|hạn hoàn thành|thời gian thực hiện|^hạn\b|tiến độ|thời điểm hoàn thành|^thời gian$)/ },
  { field: 'code', re: /^(tiêu chí|chỉ tiêu|mã|tc|nội dung tiêu chí|tiêu chí\/chỉ tiêu|tiêu chí, chỉ tiêu|mã tiêu chí|mã chỉ tiêu|số hiệu)/ },
  { field: 'subcode', re: /^(chỉ tiêu|mã chỉ tiêu|số hiệu chỉ tiêu)$/ },
  { field: 'content', re: /^(nội dung|tên tiêu chí|tên chỉ tiêu|nhiệm vụ|nội dung công việc|nội dung thực hiện)/ },
  NOTE,
];

export const STATUS_LONG_FIELDS: FieldPattern[] = [
  STT,
  SET,
  { field: 'commune', re: /^(xã|tên xã|đơn vị|địa phương|xã, thị trấn|tên đơn vị|xã\/thị trấn)$/ },
  // "Mã TC", "Mã số": the abbreviations the matrix and assignment headers already accept.
  { field: 'code', re: /^(mã|mã tiêu chí|mã chỉ tiêu|mã tc|mã số|tiêu chí|chỉ tiêu|tc|tiêu chí\/chỉ tiêu|số hiệu)$/ },
  { field: 'subcode', re: /^(chỉ tiêu|mã chỉ tiêu|số hiệu chỉ tiêu)$/ },
  { field: 'name', re: /^(tên tiêu chí|tên chỉ tiêu|nội dung|tên)/ },
  { field: 'assessment', re: /(đánh giá|đạt\/chưa đạt|đạt \/ chưa đạt|tình trạng|kết quả đánh giá)/ },
  { field: 'value', re: /^(kết quả|giá trị|hiện trạng|kết quả thực hiện|số liệu)/ },
  { field: 'expected', re: /(dự kiến|thời hạn|kế hoạch đạt|hạn)/ },
  { field: 'achievedOn', re: /(ngày đạt|thời điểm đạt|ngày hoàn thành)/ },
  { field: 'norm', re: /(theo quy định|mức đạt|chỉ tiêu theo|yêu cầu)/ },
  NOTE,
];

/** Status with one row per commune and one column per criterion / indicator (the "theo xã" table). */
export const TRANSPOSED_FIELDS: FieldPattern[] = [
  STT,
  { field: 'commune', re: /^(xã|tên xã|đơn vị|địa phương|xã, thị trấn|tên đơn vị|xã\/thị trấn|tên xã, thị trấn)$/ },
  NOTE,
];

/** The workbook's own departments: name and the other ways the plan writes it. */
export const DEPARTMENTS_FIELDS: FieldPattern[] = [
  STT,
  { field: 'department', re: /^(tên cơ quan|cơ quan|cơ quan, đơn vị|tên cơ quan, đơn vị|phòng, ban, ngành|tên phòng, ban)$/ },
  { field: 'aliases', re: /(tên gọi khác|tên viết tắt|viết tắt|cách viết khác|tên khác|cách ghi khác)/ },
  NOTE,
];

export const MATRIX_FIXED_FIELDS: FieldPattern[] = [
  STT,
  // "Tiêu chí/Chỉ tiêu" beside a "Nội dung" column holds the codes; without a code column before
  // it, it is taken as the code column (its "Tiêu chí 1: Quy hoạch" cells parse as code and name).
  { field: 'code', re: /^(mã|mã số|mã tc|tiêu chí|chỉ tiêu|tc|số hiệu|mã tiêu chí|mã chỉ tiêu|tiêu chí ?\/ ?chỉ tiêu|tiêu chí, chỉ tiêu)$/ },
  // A second code column: "Tiêu chí" (merged down over its rows) beside "Chỉ tiêu" (2.1, 2.2, …).
  { field: 'subcode', re: /^(chỉ tiêu|mã chỉ tiêu|số hiệu chỉ tiêu)$/ },
  { field: 'name', re: /^(tên tiêu chí|tên chỉ tiêu|tiêu chí \/ chỉ tiêu|tiêu chí\/chỉ tiêu|tiêu chí, chỉ tiêu|nội dung|tên|nội dung tiêu chí)/ },
  { field: 'norm', re: /(theo quy định|mức đạt|chỉ tiêu theo|yêu cầu|chuẩn|^chỉ tiêu chung$)/ },
  { field: 'unit', re: /^(đơn vị tính|đvt)$/ },
  NOTE,
];

export const COMMUNES_FIELDS: FieldPattern[] = [
  STT,
  { field: 'kind', re: /^(loại|loại đơn vị|cấp)/ },
  { field: 'region', re: /^(vùng|khu vực|vùng kinh tế)/ },
  { field: 'group', re: /^(nhóm xã|xã nhóm)$/ },
  { field: 'target', re: /(bộ tiêu chí|phấn đấu|mục tiêu|loại hình đạt chuẩn)/ },
  { field: 'year', re: /(năm được công nhận|năm công nhận|năm đạt chuẩn|năm đạt)/ },
  { field: 'commune', re: /^(tên xã|tên|xã|tên đơn vị|đơn vị hành chính|xã, thị trấn|tên xã, thị trấn|xã\/thị trấn)/ },
  NOTE,
];

export const DEFINITIONS_FIELDS: FieldPattern[] = [
  STT,
  SET,
  { field: 'code', re: /^(mã|mã tiêu chí|mã chỉ tiêu|tiêu chí|chỉ tiêu|số hiệu)$/ },
  { field: 'name', re: /^(tên|tên tiêu chí|tên chỉ tiêu|nội dung)/ },
  { field: 'unit', re: /^(đơn vị tính|đvt|đơn vị)$/ },
  { field: 'direction', re: /^(chiều|so sánh|điều kiện|loại ngưỡng|hướng)/ },
  // "Chỉ tiêu chung": the general norm column of the official annex, beside one column per region.
  { field: 'threshold', re: /(mức đạt|ngưỡng|giá trị chuẩn|mức chuẩn|chỉ tiêu đạt|^chỉ tiêu chung$)/ },
  { field: 'region', re: /^(vùng|khu vực)$|^(vùng|khu vực) (áp dụng|miền)$/ },
  { field: 'province', re: /^(tỉnh|áp dụng tỉnh)/ },
  // The 2026 - 2030 set's levels by commune group (QĐ 51/2025/QĐ-TTg): one column naming the group.
  { field: 'group', re: /^(nhóm xã|xã nhóm|nhóm xã áp dụng)$/ },
  { field: 'from', re: /(hiệu lực từ|từ ngày|áp dụng từ|hiệu lực)/ },
  { field: 'to', re: /(đến ngày|hết hiệu lực)/ },
  // "Áp dụng: Không" takes a shipped code out of the set (a later period's set without it).
  { field: 'applies', re: /^(áp dụng|còn áp dụng|có áp dụng)$/ },
  NOTE,
];
