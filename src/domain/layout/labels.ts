// Words on the summary sheets, Vietnamese first. The national motto, the agency block and
// the signature block are the legal form of an administrative document (NĐ 30/2020) and stay
// Vietnamese in every language; table words, notes and titles follow the chosen language.
import type { Band, DeadlineState } from '../summary/types';
import type { Severity } from '../model/finding';
import type { MarkKind } from '../plan/highlight-plan';
import type { DataSource, Lang } from './types';
import { STATE_LABELS } from '../rules/deadline-state';

export const MOTTO_1 = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO_2 = 'Độc lập - Tự do - Hạnh phúc';
export const ATTACHED_TO = '(Kèm theo Báo cáo số …/BC-UBND ngày …)';
export const SIGN_LEFT = 'NGƯỜI LẬP BIỂU';
export const SIGN_RIGHT = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];

/** Cell marks of the commune matrix. */
export const MARK_MET = 'x';
export const MARK_UNKNOWN = '?';

const VI = {
  asOf: (d: string) => `Tính đến ngày ${d}`,
  dataFrom: (xs: DataSource[]) => `; số liệu ${xs.map((x) => `${x.vi} (trang "${x.sheet}")`).join(', ')}`,
  tt: 'TT',
  commune: 'Tên xã',
  criteria: 'Tiêu chí',
  criteriaMetCount: 'Tổng số tiêu chí đạt',
  indicatorsMet: 'Số chỉ tiêu đạt/ tổng số',
  band: 'Nhóm (số tiêu chí đạt)',
  note: 'Ghi chú',
  communesMetRow: 'Số xã đạt',
  percentRow: 'Tỷ lệ %',
  matrixNote: `Ghi chú: ${MARK_MET}: đạt; để trống: chưa đạt; ${MARK_UNKNOWN}: chưa có số liệu đánh giá.`,
  unmetList: (codes: string) => `Chưa đạt: ${codes}`,
  unknownList: (codes: string) => `Chưa có số liệu: ${codes}`,
  indicatorsUnknown: (n: number) => `${n} chỉ tiêu chưa có kết quả riêng`,
  indicatorsIncomplete: (n: string) => `Cột số chỉ tiêu đạt để trống: chưa có đủ danh sách ${n} chỉ tiêu của bộ tiêu chí này (thêm các chỉ tiêu còn thiếu vào trang bộ tiêu chí của tệp để tính).`,
  totalMet: (n: string) => `Tổng số tiêu chí đạt: ${n}`,
  average: (x: string) => `Bình quân: ${x} tiêu chí/xã`,
  fullCount: (total: number, n: string) => `Số xã đạt ${total}/${total} tiêu chí: ${n} xã`,
  bandCount: (label: string, n: string) => `Số xã đạt ${label} tiêu chí: ${n} xã`,
  notFullCount: (total: number, n: string) => `Số xã chưa đạt đủ ${total} tiêu chí: ${n} xã`,
  fullBand: 'Đạt đủ',
  notFullBand: 'Chưa đủ',
  noDataBand: 'Chưa có số liệu',
  noDataCount: (n: string) => `Số xã chưa có số liệu đánh giá (không tính vào các nhóm và bình quân): ${n} xã`,
  communeTitle: 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ THEO XÃ',
  criterionTitle: 'BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN THEO TỪNG TIÊU CHÍ',
  criterionName: 'Tên tiêu chí',
  communesMet: 'Số xã đạt',
  communesTotal: 'Tổng số xã',
  percent: 'Tỷ lệ %',
  communesUnmet: 'Số xã chưa đạt',
  communesUnmetNames: 'Tên các xã chưa đạt',
  leads: 'Cơ quan chủ trì',
  coordinators: 'Cơ quan phối hợp',
  /** `town`: the set counts towns (thị trấn), not communes. */
  unmetSentence: (n: number, names: string, town?: boolean) => `Có ${n} ${town ? 'thị trấn' : 'xã'} chưa đạt, gồm: ${names}.`,
  unmetByStateSentence: (n: number, groups: string, town?: boolean) => `Có ${n} ${town ? 'thị trấn' : 'xã'} chưa đạt, trong đó ${groups}.`,
  unmetStateGroup: (state: string, n: number, names: string) => `${state} ${n} (${names})`,
  /** `unit`: the office's own ("Huyện", "Thị xã"). */
  districtUnmet: (unit: string) => `${unit} chưa đạt.`,
  noResult: (names: string) => `Chưa có kết quả: ${names}.`,
  criterionUnmet: (criterion: string, names: string) => `Chưa đạt tiêu chí ${criterion} (không ghi riêng chỉ tiêu): ${names}.`,
  noDataNames: (names: string) => `Chưa có số liệu: ${names}.`,
  districtNotAssessed: 'Chưa có kết quả đánh giá.',
  criterionNote: 'Ghi chú: tỷ lệ % = số xã đạt / số xã có số liệu (xã chưa có số liệu được ghi tên riêng, như ở bảng theo xã); số xã chưa đạt được đếm từ danh sách tên xã.',
  departmentTitle: 'BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN CỦA CÁC CƠ QUAN, ĐƠN VỊ',
  item: 'Tiêu chí/chỉ tiêu',
  set: 'Bộ tiêu chí',
  role: 'Vai trò',
  deadline: 'Thời hạn',
  statusRowDeadline: (labels: string) => `(dòng hiện trạng ghi: ${labels})`,
  state: 'Trạng thái',
  itemCommunesUnmet: 'Xã chưa đạt',
  lead: 'Chủ trì',
  coordinator: 'Phối hợp',
  departmentCounts: (led: number, met: number, soon: number, overdue: number, coordinating: number) =>
    [led ? `chủ trì ${led} nội dung: đã đạt ${met}; sắp đến hạn ${soon}; quá hạn ${overdue}` : '', coordinating ? `phối hợp ${coordinating} nội dung` : ''].filter(Boolean).join('; '),
  departmentNote: 'Ghi chú: trạng thái tính theo ngày báo cáo; "Quá hạn": đã qua thời hạn mà chưa đạt; "Sắp đến hạn": đến hạn trong quý của ngày báo cáo; "Đạt đúng hạn": ngày đạt (cột "Ngày đạt") không sau thời hạn; "Đã đạt": đạt, nhưng chưa có ngày đạt hay thời hạn để so. Xã có thời hạn riêng trên trang hiện trạng ("Dự kiến đạt") được tính theo thời hạn đó.',
  criterionWord: 'Tiêu chí',
  indicatorWord: 'Chỉ tiêu',
  contentWord: 'Nội dung',
  districtTitle: 'KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ HUYỆN NÔNG THÔN MỚI',
  districtCondition: (text: string, full: number, total: number, communeSet: string, notFull: string, noData: string) =>
    `Điều kiện: ${text}. Theo số liệu hiện trạng: ${full}/${total} xã đạt đủ các tiêu chí ${communeSet}` +
    (notFull ? `; chưa đạt: ${notFull}` : '') + (noData ? `; chưa có số liệu: ${noData}` : '') + (full === total && total > 0 ? ' (đủ điều kiện).' : '.'),
  code: 'Mã',
  districtItem: 'Tiêu chí/nội dung',
  result: 'Kết quả',
  achieved: 'Đạt',
  notAchieved: 'Chưa đạt',
  notAssessed: 'Chưa đánh giá',
  findingsTitle: 'KẾT QUẢ KIỂM TRA DỮ LIỆU',
  severity: 'Mức độ',
  checkCode: 'Mã kiểm tra',
  sheet: 'Trang tính',
  cell: 'Ô',
  message: 'Nội dung',
  found: 'Giá trị gặp',
  expected: 'Mong đợi',
  suggestion: 'Gợi ý',
  noFindings: 'Không phát hiện vấn đề nào.',
  findingsNote: 'Ghi chú: bấm vào địa chỉ ô để đến ô đó.',
  legendTitle: 'CHÚ GIẢI CÁC Ô ĐƯỢC ĐÁNH DẤU',
  colour: 'Màu',
  markKind: 'Loại đánh dấu',
  meaning: 'Ý nghĩa',
  cellCount: 'Số ô',
  markedCells: 'DANH SÁCH CÁC Ô ĐƯỢC ĐÁNH DẤU',
  cue: 'Nội dung ghi chú',
  noMarks: 'Chưa có ô nào được đánh dấu.',
  legendNote: (order: string) =>
    `Mỗi ô được tô màu đều có ghi chú (note) ghi rõ loại đánh dấu, nên đọc được cả khi in đen trắng. Một ô có nhiều loại thì tô theo thứ tự ưu tiên: ${order}.`,
};

export type Labels = typeof VI;

const EN: Labels = {
  asOf: (d) => `As of ${d}`,
  dataFrom: (xs) => `; figures of ${xs.map((x) => `${x.en} (sheet "${x.sheet}")`).join(', ')}`,
  tt: 'No.',
  commune: 'Commune',
  criteria: 'Criteria',
  criteriaMetCount: 'Criteria met',
  indicatorsMet: 'Indicators met/ total',
  band: 'Band (criteria met)',
  note: 'Notes',
  communesMetRow: 'Communes meeting',
  percentRow: 'Rate %',
  matrixNote: `Notes: ${MARK_MET}: met; blank: not met; ${MARK_UNKNOWN}: no status recorded.`,
  unmetList: (codes) => `Not met: ${codes}`,
  unknownList: (codes) => `No status: ${codes}`,
  indicatorsUnknown: (n) => `${n} indicator(s) without a result of their own`,
  indicatorsIncomplete: (n) => `Indicators met left blank: the list of this set's ${n} indicators is not complete (add the missing ones to the workbook's criteria sheet to count them).`,
  totalMet: (n) => `Criteria met in total: ${n}`,
  average: (x) => `Average: ${x} criteria per commune`,
  fullCount: (total, n) => `Communes meeting ${total}/${total} criteria: ${n}`,
  bandCount: (label, n) => `Communes meeting ${label} criteria: ${n}`,
  notFullCount: (total, n) => `Communes not meeting all ${total} criteria: ${n}`,
  fullBand: 'All met',
  notFullBand: 'Not all',
  noDataBand: 'No status',
  noDataCount: (n) => `Communes with no status recorded (left out of the bands and the average): ${n}`,
  communeTitle: 'CRITERIA RESULTS BY COMMUNE',
  criterionTitle: 'RESULTS BY CRITERION',
  criterionName: 'Criterion',
  communesMet: 'Communes meeting',
  communesTotal: 'Communes in total',
  percent: 'Rate %',
  communesUnmet: 'Communes not meeting',
  communesUnmetNames: 'Communes not meeting, by name',
  leads: 'Lead department',
  coordinators: 'Supporting departments',
  unmetSentence: (n, names, town) => `${n} ${town ? (n === 1 ? 'town does' : 'towns do') : n === 1 ? 'commune does' : 'communes do'} not meet it: ${names}.`,
  unmetByStateSentence: (n, groups, town) => `${n} ${town ? (n === 1 ? 'town does' : 'towns do') : n === 1 ? 'commune does' : 'communes do'} not meet it: ${groups}.`,
  unmetStateGroup: (state, n, names) => `${state} ${n} (${names})`,
  districtUnmet: () => 'The district does not meet it.',
  noResult: (names: string) => `No result yet: ${names}.`,
  criterionUnmet: (criterion: string, names: string) => `Criterion ${criterion} not met (no row for the indicator): ${names}.`,
  noDataNames: (names: string) => `No status yet: ${names}.`,
  districtNotAssessed: 'Not assessed yet.',
  criterionNote: 'Notes: rate % = communes meeting / communes with a status recorded (those without are named apart, as on the commune sheet); the count of communes not meeting comes from the list of names.',
  departmentTitle: 'PROGRESS BY DEPARTMENT',
  item: 'Criterion/indicator',
  set: 'Criteria set',
  role: 'Role',
  deadline: 'Deadline',
  statusRowDeadline: (labels: string) => `(status rows say: ${labels})`,
  state: 'State',
  itemCommunesUnmet: 'Communes not meeting',
  lead: 'Lead',
  coordinator: 'Supporting',
  departmentCounts: (led, met, soon, overdue, coordinating) =>
    [led ? `leads ${led} item(s): met ${met}; due soon ${soon}; overdue ${overdue}` : '', coordinating ? `supports ${coordinating} item(s)` : ''].filter(Boolean).join('; '),
  departmentNote: 'Notes: states are judged at the report date; "Overdue": deadline passed and not met; "Due soon": due in the report date\'s quarter; "Met on time": the date met ("Ngày đạt") is not after the deadline; "Met": met, with no date met or no deadline to compare. A commune with its own deadline on the status sheet ("Dự kiến đạt") is judged by it.',
  criterionWord: 'Criterion',
  indicatorWord: 'Indicator',
  contentWord: 'Content',
  districtTitle: 'DISTRICT NEW RURAL CRITERIA: RESULTS',
  districtCondition: (text: string, full: number, total: number, communeSet: string, notFull: string, noData: string) =>
    `Condition: ${text}. By the status data: ${full} of ${total} communes meet every criterion of ${communeSet}` +
    (notFull ? `; not yet: ${notFull}` : '') + (noData ? `; no status: ${noData}` : '') + (full === total && total > 0 ? ' (condition met).' : '.'),
  code: 'Code',
  districtItem: 'Criterion/content',
  result: 'Result',
  achieved: 'Met',
  notAchieved: 'Not met',
  notAssessed: 'Not assessed',
  findingsTitle: 'DATA CHECK RESULTS',
  severity: 'Severity',
  checkCode: 'Check',
  sheet: 'Sheet',
  cell: 'Cell',
  message: 'Message',
  found: 'Found',
  expected: 'Expected',
  suggestion: 'Suggestion',
  noFindings: 'No problems found.',
  findingsNote: 'Notes: click a cell address to go to that cell.',
  legendTitle: 'LEGEND OF MARKED CELLS',
  colour: 'Colour',
  markKind: 'Mark',
  meaning: 'Meaning',
  cellCount: 'Cells',
  markedCells: 'MARKED CELLS',
  cue: 'Note text',
  noMarks: 'No cell is marked.',
  legendNote: (order) =>
    `Every coloured cell carries a note naming its mark, so the meaning survives black-and-white printing. A cell with several marks takes the colour of the most urgent: ${order}.`,
};

export function labels(lang: Lang): Labels {
  return lang === 'en' ? EN : VI;
}

/** The state word; "Đạt đúng hạn" needs a deadline and a date met by it: a met item without either
 * (no "hạn", or no "Ngày đạt" known) is "Đã đạt". */
export function stateLabel(state: DeadlineState, lang: Lang, onTimeKnown = true): string {
  if (state === 'met-on-time' && !onTimeKnown) return lang === 'en' ? 'Met' : 'Đã đạt';
  return STATE_LABELS[state][lang];
}

/** Band labels in the matrix ("15–18"); en dash as in printed reports. */
const BAND: Record<Band, { vi: string; en: string }> = {
  '19': { vi: '19', en: '19' },
  '15-18': { vi: '15–18', en: '15–18' },
  '10-14': { vi: '10–14', en: '10–14' },
  '5-9': { vi: '5–9', en: '5–9' },
  '<5': { vi: 'Dưới 5', en: 'Under 5' },
};

/** Band labels inside a sentence ("Số xã đạt từ 15 đến 18 tiêu chí"). */
const BAND_PROSE: Record<Exclude<Band, '19'>, { vi: string; en: string }> = {
  '15-18': { vi: 'từ 15 đến 18', en: '15 to 18' },
  '10-14': { vi: 'từ 10 đến 14', en: '10 to 14' },
  '5-9': { vi: 'từ 5 đến 9', en: '5 to 9' },
  '<5': { vi: 'dưới 5', en: 'under 5' },
};

export const BANDS: Band[] = ['19', '15-18', '10-14', '5-9', '<5'];

export function bandLabel(band: Band, lang: Lang): string {
  return BAND[band][lang];
}

export function bandProse(band: Exclude<Band, '19'>, lang: Lang): string {
  return BAND_PROSE[band][lang];
}

const SEVERITY: Record<Severity, { vi: string; en: string }> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
};

export function severityLabel(s: Severity, lang: Lang): string {
  return SEVERITY[s][lang];
}

const MARK_MEANING: Record<MarkKind, { vi: string; en: string }> = {
  'data-error': {
    vi: 'Dữ liệu trong ô sai hoặc không đọc được (mã, tên xã, thời hạn…); xem ghi chú của ô và trang kết quả kiểm tra.',
    en: 'The cell holds wrong or unreadable data (code, commune name, deadline…); see the cell note and the check results sheet.',
  },
  overdue: {
    vi: 'Đã qua thời hạn hoàn thành mà chưa đạt.',
    en: 'The deadline has passed and the item is not met.',
  },
  'due-soon': {
    vi: 'Đến hạn trong quý của ngày báo cáo, chưa đạt.',
    en: "Due in the report date's quarter and not met yet.",
  },
  unmet: { vi: 'Tiêu chí/chỉ tiêu chưa đạt.', en: 'Criterion/indicator not met.' },
};

export function markMeaning(kind: MarkKind, lang: Lang): string {
  return MARK_MEANING[kind][lang];
}
