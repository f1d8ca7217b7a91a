// Every string the task pane shows, Vietnamese first, English second. Components take
// them from here only (via useT), so a pseudo-localized catalog can replace both in tests.
import type { SheetRole } from '../domain/check-types';
import type { Bilingual, Severity } from '../domain/model/finding';
import { SET_NAMES_EN } from '../domain/criteria/set-names-en';
import type { Band } from '../domain/summary/types';

export type UiLang = 'vi' | 'en';

type Fn<A extends unknown[]> = (...args: A) => string;

export interface Catalog {
  appTitle: string;
  langSwitch: string;
  langSwitchLabel: string;
  // Settings
  settingsHeading: string;
  asOfLabel: string;
  /** Under the date: how to write it and what it does. */
  asOfHint: string;
  /** In place of the hint when the text is no date (the date in force, as an example). */
  asOfInvalid: Fn<[string]>;
  /** The date is after the period of sets it judges by: period(s) and set names. */
  periodEnded: Fn<[string]>;
  regionLabel: string;
  regionNone: string;
  /** Under the region: the choice in full (a closed select cuts it at 175 px) and what it does. */
  regionHint: Fn<[string | undefined]>;
  sheetsHeading: string;
  sheetsBeforeCheck: string;
  sheetRoleLabel: Fn<[string]>;
  roles: Record<SheetRole | 'none', string>;
  roleAuto: string;
  /** The select's value for a sheet the check could not read (not the user's "skip"): picking "Bỏ
   * qua trang này" must be a change, or it could not settle the sheet. */
  roleUnrecognized: string;
  /** The same in a hint, before why. */
  roleUnrecognizedShort: string;
  /** Over the folded list (in place of its heading): how many sheets have a kind, and the first names given. */
  sheetsSummary: Fn<[number, string[]]>;
  /** After the summary: the sheets the check could not recognize. */
  sheetsUnrecognized: Fn<[string[]]>;
  /** In place of both when no sheet has a kind: one sentence, not "none recognized. Not recognized: …". */
  sheetsNoneRecognized: Fn<[string[]]>;
  /** The heading's button that opens the list of sheet kinds. */
  sheetsToggle: string;
  /** Under a sheet's select, the kind in force in full (a closed select cuts it at 175 px), then why:
   * as the add-in recognized it (kind, reason)… */
  sheetKindFound: Fn<[string, string]>;
  /** … as the user chose it (kind, reason; none for "skip")… */
  sheetKindChosen: Fn<[string, string?]>;
  /** … or skipped, the kind the user chose not fitting the sheet (kind in force, kind chosen, reason). */
  sheetKindUnreadable: Fn<[string, string, string]>;
  /** … or not recognized, nothing chosen (reason): what the user can do. */
  sheetKindUnrecognized: Fn<[string]>;
  /** … the same in a workbook that cannot be checked: the results say what was looked for, once. */
  sheetKindUnrecognizedBrief: string;
  // Actions
  actionsHeading: string;
  check: string;
  createSummary: string;
  clearMarks: string;
  exportFindings: string;
  /** Adds the "Bộ tiêu chí áp dụng" sheet (the shipped sets, to edit). */
  addTemplate: string;
  download: string;
  /** Link to the help page served next to the pane (help.html). */
  help: string;
  steps: { read: string; check: string; save: string; write: string; clear: string; export: string; download: string };
  progressLabel: string;
  // File mode
  fileModeNote: string;
  openFile: string;
  dropHint: string;
  useSample: string;
  fileLoaded: Fn<[string]>;
  notXlsx: string;
  /** A file that could not be opened (name, why and what to do). */
  notOpened: Fn<[string, string]>;
  noFile: string;
  // Results
  resultsHeading: string;
  /** Nothing could be checked: the results' error (over the engine's reason) and the announcement. */
  unusable: string;
  /** Under the reason: what the user can do about it. */
  unusableNext: string;
  /** `town`: the set counts towns (thị trấn), not communes. */
  fullCommunes: Fn<[number, number, number, boolean?]>;
  average: Fn<[string, boolean?]>;
  noData: Fn<[number, boolean?]>;
  overdue: Fn<[number]>;
  /** The district set's precondition: district set, xã meeting the commune set, all xã, commune set, met. */
  districtCondition: Fn<[string, number, number, string, boolean]>;
  bandsCaption: Fn<[string, boolean?]>;
  bands: Record<Band, string>;
  /** Sets other than the 19-criteria ones: full or not (see usesNationalBands). */
  fullBand: Fn<[number]>;
  notFullBand: string;
  communesCount: Fn<[number, boolean?]>;
  setNames: Record<string, string>;
  // Findings
  findingsHeading: Fn<[number]>;
  noFindings: string;
  severities: Record<Severity, string>;
  groupCount: Fn<[number, number]>;
  filterSheet: string;
  filterCommune: string;
  filterDepartment: string;
  filterSeverity: string;
  filterAll: string;
  search: string;
  /** Under the search field: what it finds (was a placeholder, cut at 175 px and gone once typing). */
  searchHint: string;
  matching: Fn<[number]>;
  previous: string;
  next: string;
  position: Fn<[number, number]>;
  /** Said after "Trước" / "Tiếp": the position in words ("3/12" reads as a date) and the finding. */
  positionAnnounce: Fn<[number, number, Bilingual]>;
  /** Said after a filter change: the matches and, when the viewed finding is among them, its position. */
  matchingAnnounce: Fn<[number, number?]>;
  goTo: string;
  ignore: string;
  ignoreLabel: Fn<[string]>;
  /** Brings back every ignored finding. */
  restoreIgnored: string;
  ignoredCount: Fn<[number]>;
  /** The folded list of ignored findings, each with its own "show again". */
  ignoredList: Fn<[number]>;
  restoreOne: string;
  restoreOneLabel: Fn<[string]>;
  selectedCell: Fn<[string, string]>;
  cellValue: Fn<[string]>;
  /** The cell being viewed is blank (a missing lead department): said, not left as nothing. */
  cellEmpty: string;
  codeNames: Record<string, string>;
  /** Checks about the district itself, named with the office's unit ("Thị xã chưa có kết quả đánh giá"). */
  districtCodeNames: Partial<Record<string, Fn<[string]>>>;
  // Outcomes and errors
  checkedAnnounce: Fn<[number, number, number]>;
  wroteAnnounce: Fn<[number]>;
  notWritten: Fn<[string]>;
  clearedAnnounce: string;
  exportedAnnounce: string;
  downloadedAnnounce: Fn<[string]>;
  /** What the downloaded copy lacks (chart sheets, macros…), named in this catalog's language. */
  notKeptNote: Fn<[Bilingual[]]>;
  /** The template sheet added (`file`: kept only in the downloaded copy). */
  templateAdded: Fn<[string, boolean]>;
  /** Why no template sheet was added (the engine's words). */
  templateReason: Fn<[Bilingual]>;
  errorTitle: string;
  genericError: string;
  dismiss: string;
}

const VI_DISTRICT_CODES: Record<string, Fn<[string]>> = {
  'district.condition-unmet': (unit) => `${unit} chưa đủ điều kiện (các xã đạt chuẩn)`,
  'status.district-missing': (unit) => `${unit} chưa có kết quả đánh giá`,
};

const vi: Catalog = {
  appTitle: 'Kiểm tra Nông thôn mới',
  langSwitch: 'English',
  langSwitchLabel: 'Chuyển giao diện sang tiếng Anh',
  settingsHeading: 'Thiết lập',
  asOfLabel: 'Tính đến ngày',
  asOfHint: 'Ghi ngày/tháng/năm. Các thời hạn được so với ngày này.',
  asOfInvalid: (example) => `Chưa phải ngày: ghi ngày/tháng/năm, ví dụ ${example}.`,
  periodEnded: (what) => `Lưu ý: ngày này đã sau ${what}: kết quả theo các bộ tiêu chí đó. Kế hoạch 2026 - 2030: ghi "năm 2026" hoặc "giai đoạn 2026 - 2030" vào tiêu đề trang (bộ tiêu chí mới, QĐ 51/2025/QĐ-TTg); chỉ tiêu và mức đạt của tỉnh: nút "Thêm trang bộ tiêu chí".`,
  regionLabel: 'Vùng',
  regionNone: 'Chưa chọn vùng',
  regionHint: (name) => (name ? `${name}: dùng mức đạt riêng của vùng này (nếu có).` : 'Chưa chọn vùng: không dùng mức đạt riêng của vùng nào.'),
  sheetsHeading: 'Các trang tính đã nhận',
  sheetsBeforeCheck: 'Bấm "Kiểm tra" để nhận diện các trang tính.',
  sheetRoleLabel: (s) => `Loại trang "${s}"`,
  roles: {
    assignment: 'Phân công',
    'status-matrix': 'Hiện trạng (ma trận)',
    'status-transposed': 'Hiện trạng (mỗi xã một dòng)',
    'status-long': 'Hiện trạng (danh sách)',
    'status-commune': 'Hiện trạng một xã (hoặc huyện)',
    communes: 'Danh sách xã',
    departments: 'Danh sách cơ quan',
    definitions: 'Bộ tiêu chí',
    none: 'Bỏ qua trang này',
  },
  roleAuto: 'Để phần bổ trợ tự nhận',
  roleUnrecognized: 'Chưa nhận ra — hãy chọn loại',
  roleUnrecognizedShort: 'Chưa nhận ra',
  sheetsSummary: (n, names) => (n === 0 ? 'Chưa nhận ra trang nào.' : `Đã nhận ${n} trang: ${names.join(', ')}${n > names.length ? ` và ${n - names.length} trang khác` : ''}.`),
  sheetsUnrecognized: (names) => `Chưa nhận ra: ${names.join(', ')}.`,
  sheetsNoneRecognized: (names) => `Chưa nhận ra trang nào: ${names.join(', ')}.`,
  sheetsToggle: 'Xem / sửa loại trang',
  sheetKindFound: (kind, why) => `${kind} — ${why}`,
  sheetKindChosen: (kind, why) => `${kind} (bạn chọn)${why ? ` — ${why}` : '.'}`,
  sheetKindUnreadable: (kind, chosen, why) => `${kind} — trang không đọc được theo loại bạn chọn ("${chosen}"). ${why}`,
  sheetKindUnrecognized: (why) => `${why} Chọn loại của trang, hoặc "Bỏ qua trang này" nếu trang không cần kiểm tra.`,
  sheetKindUnrecognizedBrief: 'Chưa nhận ra (lý do ở phần Kết quả). Chọn loại của trang, hoặc "Bỏ qua trang này" nếu trang không cần kiểm tra.',
  actionsHeading: 'Thao tác',
  check: 'Kiểm tra',
  createSummary: 'Tạo biểu tổng hợp',
  clearMarks: 'Xóa đánh dấu',
  exportFindings: 'Xuất kết quả',
  addTemplate: 'Thêm trang bộ tiêu chí',
  download: 'Tải tệp đã kiểm tra',
  help: 'Hướng dẫn sử dụng',
  steps: {
    read: 'Đang đọc sổ làm việc…',
    check: 'Đang kiểm tra…',
    save: 'Đang lưu thiết lập…',
    write: 'Đang ghi biểu tổng hợp và đánh dấu…',
    clear: 'Đang xóa đánh dấu…',
    export: 'Đang xuất kết quả…',
    download: 'Đang tạo tệp tải về…',
  },
  progressLabel: 'Tiến độ',
  fileModeNote: 'Đang chạy ngoài Excel: mở một sổ làm việc .xlsx để kiểm tra ngay trong trình duyệt; tệp .xls, .ods hay .csv thì phần bổ trợ chỉ cách lưu lại thành .xlsx. Tệp không rời khỏi máy của bạn.',
  openFile: 'Mở tệp Excel',
  dropHint: 'hoặc kéo thả tệp vào đây',
  useSample: 'Dùng tệp mẫu',
  fileLoaded: (n) => `Đã mở tệp "${n}".`,
  notXlsx: 'Tệp này không phải sổ làm việc .xlsx. Hãy lưu tệp bằng Excel dưới dạng .xlsx rồi mở lại.',
  notOpened: (name, why) => `Không mở được tệp "${name}". ${why}`,
  noFile: 'Chưa mở tệp nào. Hãy mở một tệp .xlsx hoặc bấm "Dùng tệp mẫu".',
  resultsHeading: 'Kết quả',
  unusable: 'Không kiểm tra được sổ làm việc này.',
  unusableNext: 'Nếu một trang có bảng nhưng dòng tiêu đề ghi khác, hãy chọn loại của trang ở "Xem / sửa loại trang" phía trên; nếu không, hãy mở sổ có bảng phân công hoặc bảng hiện trạng.',
  fullCommunes: (full, all, criteria, town) => `${full}/${all} ${town ? 'thị trấn' : 'xã'} đạt ${criteria}/${criteria} tiêu chí`,
  average: (avg, town) => `Bình quân ${avg} tiêu chí/${town ? 'thị trấn' : 'xã'}`,
  noData: (n, town) => `${n} ${town ? 'thị trấn' : 'xã'} chưa có số liệu (không tính vào nhóm và bình quân)`,
  overdue: (n) => `${n} nội dung quá hạn`,
  districtCondition: (set, full, total, communeSet, met) => `Điều kiện ${set}: ${full}/${total} xã đạt đủ các tiêu chí ${communeSet}${met ? ' — đủ điều kiện' : ' — chưa đủ điều kiện'}`,
  bandsCaption: (set, town) => `Số ${town ? 'thị trấn' : 'xã'} theo nhóm tiêu chí đạt — ${set}`,
  bands: { '19': '19 tiêu chí', '15-18': '15–18 tiêu chí', '10-14': '10–14 tiêu chí', '5-9': '5–9 tiêu chí', '<5': 'Dưới 5 tiêu chí' },
  fullBand: (n) => `Đủ ${n} tiêu chí`,
  notFullBand: 'Chưa đủ',
  communesCount: (n, town) => `${n} ${town ? 'thị trấn' : 'xã'}`,
  setNames: {
    'xa-ntm-2021': 'Xã NTM',
    'xa-ntm-2026': 'Xã NTM 2026 - 2030',
    'xa-ntm-nang-cao-2021': 'Xã NTM nâng cao',
    'xa-ntm-kieu-mau-2021': 'Xã NTM kiểu mẫu',
    'huyen-ntm-2021': 'Huyện NTM',
    'do-thi-van-minh-2022': 'Đô thị văn minh',
  },
  findingsHeading: (n) => `Phát hiện (${n})`,
  noFindings: 'Không có phát hiện nào khớp bộ lọc.',
  severities: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  groupCount: (shown, total) => (shown < total ? `${shown} / ${total}` : `${total}`),
  filterSheet: 'Trang tính',
  filterCommune: 'Xã',
  filterDepartment: 'Cơ quan',
  filterSeverity: 'Mức độ',
  filterAll: 'Tất cả',
  search: 'Tìm trong phát hiện',
  searchHint: 'Gõ tên xã, cơ quan, mã tiêu chí hay ô; không dấu cũng được.',
  matching: (n) => `${n} phát hiện khớp`,
  previous: 'Trước',
  next: 'Tiếp',
  position: (i, n) => `${i}/${n}`,
  positionAnnounce: (i, n, m) => `Phát hiện ${i} trên ${n}: ${m.vi}`,
  matchingAnnounce: (n, at) => `${n} phát hiện khớp.${at ? ` Đang xem phát hiện ${at} trên ${n}.` : ''}`,
  goTo: 'Đến ô',
  ignore: 'Bỏ qua',
  ignoreLabel: (m) => `Bỏ qua phát hiện: ${m}`,
  restoreIgnored: 'Hiện lại tất cả',
  ignoredCount: (n) => `Đã bỏ qua ${n} phát hiện.`,
  ignoredList: (n) => `Các phát hiện đã bỏ qua (${n})`,
  restoreOne: 'Hiện lại',
  restoreOneLabel: (m) => `Hiện lại phát hiện: ${m}`,
  selectedCell: (sheet, cell) => `Ô đang xem: ${sheet}!${cell}`,
  cellValue: (v) => `Nội dung ô: ${v}`,
  cellEmpty: 'Nội dung ô: (trống)',
  codeNames: {
    'assign.no-lead': 'Chưa có cơ quan chủ trì',
    'assign.multiple-leads': 'Nhiều cơ quan chủ trì',
    'assign.duplicate-department': 'Cơ quan được giao trùng',
    'assign.set-missing': 'Thiếu bộ tiêu chí',
    'assign.set-no-communes': 'Bộ tiêu chí không có xã',
    'assign.scope-unclear': 'Không rõ xã áp dụng',
    'assign.general-row': 'Dòng "tất cả các tiêu chí"',
    'assign.general-only-lead': 'Dòng "tất cả các tiêu chí" là chủ trì duy nhất',
    'code.name-only': 'Mã ghi bằng tên',
    'assign.mark-unreadable': 'Ký hiệu phân công không đọc được',
    'assign.commune-no-status': 'Xã phân công không có hiện trạng',
    'code.name-mismatch': 'Tên không khớp mã',
    'code.unknown': 'Mã không có trong bộ tiêu chí',
    'code.unreadable': 'Mã không đọc được',
    'code.number-tenth': 'Mã kiểu số đọc theo thứ tự (17.1 → 17.10)',
    'code.other-set': 'Mã của bộ tiêu chí khác',
    'code.old-name': 'Tên cũ của tiêu chí (bộ 2016–2020)',
    'code.withdrawn': 'Mã không áp dụng (trang bộ tiêu chí)',
    'code.open': 'Mã chưa có định nghĩa',
    'commune.variant': 'Tên xã viết khác nhau',
    'commune.unknown': 'Xã không có trong danh sách',
    'commune.duplicate': 'Xã bị trùng',
    'commune.prefix': 'Xã / thị trấn',
    'commune.bad-kind': 'Loại đơn vị không rõ',
    'commune.bad-group': 'Nhóm xã không rõ',
    'deadline.overdue': 'Quá hạn',
    'deadline.due-soon': 'Sắp đến hạn',
    'deadline.status-later': 'Hiện trạng lùi hạn',
    'deadline.missing': 'Chưa có thời hạn',
    'deadline.unreadable': 'Thời hạn không đọc được',
    'deadline.said-met': 'Phân công ghi đã đạt, hiện trạng chưa đạt',
    'deadline.year-from-title': 'Thời hạn lấy năm theo tiêu đề',
    'deadline.ongoing': 'Việc thường xuyên, không có hạn',
    'deadline.met-late': 'Hoàn thành muộn',
    'program.unmet': 'Chưa đạt',
    'district.condition-unmet': VI_DISTRICT_CODES['district.condition-unmet']('Huyện'),
    'set.period-ended': 'Bộ tiêu chí đã hết giai đoạn',
    'set.title-period': 'Tiêu đề ghi giai đoạn khác bộ tiêu chí',
    'status.missing': 'Thiếu hiện trạng',
    'status.unreadable': 'Hiện trạng không đọc được',
    'status.contradicts-threshold': 'Đánh giá trái với mức đạt',
    'status.criterion-inconsistent': 'Tiêu chí và chỉ tiêu không khớp',
    'status.value-unreadable': 'Số liệu không đọc được',
    'status.value-unjudged': 'Giá trị chưa đánh giá được',
    'status.no-commune': 'Dòng không ghi xã',
    'status.commune-from-above': 'Xã lấy theo dòng trên',
    'status.blank-unmet': 'Ô trống là chưa đạt (theo ghi chú)',
    'status.numeric-legend': 'Ô ghi 1/0 là đạt/chưa đạt (theo ghi chú)',
    'status.mark-legend': 'Ô ghi x là chưa đạt (theo ghi chú)',
    'status.conflict': 'Hai nơi ghi khác nhau',
    'status.achieved-after-as-of': 'Ngày đạt sau ngày báo cáo',
    'status.year-columns': 'Cột theo năm: dùng năm mới nhất',
    'status.year-columns-none': 'Cột theo năm: không năm nào đến ngày báo cáo',
    'status.period-sheets': 'Trang theo năm/quý: chỉ đọc trang mới nhất',
    'status.period-older': 'Lấy số liệu cũ cho xã trang mới không có',
    'status.district-missing': VI_DISTRICT_CODES['status.district-missing']('Huyện'),
    'sheet.unrecognized': 'Trang tính không nhận ra',
    'sheet.hidden-skipped': 'Trang ẩn không kiểm tra',
    'sheet.user-skipped': 'Trang bạn chọn bỏ qua',
    'read.hidden-set-aside': 'Dòng/cột ẩn không đọc',
    'summary.edited-kept': 'Biểu tổng hợp đã sửa tay được giữ lại',
    'set.unknown': 'Bộ tiêu chí không rõ',
    'set.not-shipped': 'Mục thuộc bộ tiêu chí chưa có trong công cụ',
    'set.assumed': 'Bộ tiêu chí được suy ra',
    'department.unknown': 'Cơ quan không rõ',
    'text.legacy-encoding': 'Phông chữ cũ (TCVN3/VNI)',
    'definitions.bad-code': 'Trang bộ tiêu chí: mã không đọc được',
    'definitions.province-assumed': 'Trang bộ tiêu chí: áp dụng mức đạt của tỉnh',
    'definitions.bad-date': 'Trang bộ tiêu chí: ngày hiệu lực sai',
    'definitions.bad-direction': 'Trang bộ tiêu chí: chiều so sánh không rõ',
    'definitions.bad-threshold': 'Trang bộ tiêu chí: mức đạt không đọc được',
    'definitions.direction-conflict': 'Trang bộ tiêu chí: chiều so sánh mâu thuẫn',
    'definitions.duplicate': 'Trang bộ tiêu chí: dòng trùng',
    'definitions.invalid': 'Trang bộ tiêu chí: dòng không hợp lệ',
    'definitions.new-criterion': 'Trang bộ tiêu chí: tiêu chí mới',
    'definitions.new-indicator': 'Trang bộ tiêu chí: chỉ tiêu mới',
    'definitions.new-set': 'Trang bộ tiêu chí: bộ tiêu chí mới',
    'definitions.set-period': 'Trang bộ tiêu chí: bộ tiêu chí của giai đoạn mới',
    'definitions.withdrawn': 'Trang bộ tiêu chí: mã không áp dụng',
    'definitions.withdrawn-unknown': 'Trang bộ tiêu chí: bỏ mã không có',
    'definitions.bad-applies': 'Trang bộ tiêu chí: cột Áp dụng không đọc được',
    'definitions.no-code': 'Trang bộ tiêu chí: thiếu mã',
    'definitions.no-direction': 'Trang bộ tiêu chí: thiếu chiều so sánh',
    'definitions.percent-scaled': 'Trang bộ tiêu chí: tỷ lệ đã quy đổi',
    'definitions.threshold-ignored': 'Trang bộ tiêu chí: mức đạt bị bỏ qua',
    'definitions.threshold-on-criterion': 'Trang bộ tiêu chí: mức đạt ghi cho tiêu chí',
    'definitions.unknown-criterion': 'Trang bộ tiêu chí: tiêu chí không rõ',
    'definitions.unknown-region': 'Trang bộ tiêu chí: vùng không rõ',
    'definitions.unknown-group': 'Trang bộ tiêu chí: nhóm xã không rõ',
    'definitions.unknown-set': 'Trang bộ tiêu chí: bộ tiêu chí không rõ',
  },
  districtCodeNames: VI_DISTRICT_CODES,
  checkedAnnounce: (e, w, i) => `Đã kiểm tra xong: ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
  wroteAnnounce: (n) => `Đã tạo ${n} biểu tổng hợp và đánh dấu các ô.`,
  notWritten: (s) => `Chưa ghi được: ${s}`,
  clearedAnnounce: 'Đã xóa các đánh dấu của phần bổ trợ.',
  exportedAnnounce: 'Đã xuất danh sách phát hiện vào trang "TH_Kết quả kiểm tra".',
  downloadedAnnounce: (n) => `Đã tải về tệp "${n}".`,
  notKeptNote: (items) => `Lưu ý: bản tải về không giữ được: ${items.map((i) => i.vi).join('; ')}. Hãy giữ và tiếp tục làm việc trên tệp gốc.`,
  templateAdded: (sheet, file) => `Đã thêm trang "${sheet}": bộ tiêu chí có sẵn để sửa theo văn bản của tỉnh (mức đạt, tên, giai đoạn mới). Sửa xong bấm Kiểm tra.${file ? ' Trang có trong tệp tải về.' : ''}`,
  templateReason: (b) => b.vi,
  errorTitle: 'Chưa làm được',
  genericError: 'Có lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người phụ trách kèm tệp.',
  dismiss: 'Đóng thông báo',
};

const en: Catalog = {
  appTitle: 'New Rural Development check',
  langSwitch: 'Tiếng Việt',
  langSwitchLabel: 'Switch the interface to Vietnamese',
  settingsHeading: 'Settings',
  asOfLabel: 'As of',
  asOfHint: 'Day/month/year. Deadlines are judged against this date.',
  asOfInvalid: (example) => `Not a date: write day/month/year, e.g. ${example}.`,
  periodEnded: (what) => `Note: this date is after ${what}: results follow those sets. For a 2026 - 2030 plan, write "năm 2026" or "giai đoạn 2026 - 2030" in the sheet's title (the new set, QĐ 51/2025/QĐ-TTg); the province's indicators and levels: "Add criteria sheet".`,
  regionLabel: 'Region',
  regionNone: 'No region chosen',
  regionHint: (name) => (name ? `${name}: this region's own thresholds apply, where it has any.` : "No region chosen: no region's own thresholds apply."),
  sheetsHeading: 'Sheets recognized',
  sheetsBeforeCheck: 'Press "Check" to recognize the sheets.',
  sheetRoleLabel: (s) => `Kind of sheet "${s}"`,
  roles: {
    assignment: 'Assignment',
    'status-matrix': 'Status (matrix)',
    'status-transposed': 'Status (one row per commune)',
    'status-long': 'Status (list)',
    'status-commune': 'Status of one commune (or the district)',
    communes: 'Communes',
    departments: 'Departments',
    definitions: 'Criteria definitions',
    none: 'Skip this sheet',
  },
  roleAuto: 'Let the add-in decide',
  roleUnrecognized: 'Not recognized — choose a kind',
  roleUnrecognizedShort: 'Not recognized',
  sheetsSummary: (n, names) => (n === 0 ? 'No sheet recognized.' : `${n} ${n === 1 ? 'sheet' : 'sheets'} recognized: ${names.join(', ')}${n > names.length ? ` and ${n - names.length} more` : ''}.`),
  sheetsUnrecognized: (names) => `Not recognized: ${names.join(', ')}.`,
  sheetsNoneRecognized: (names) => `No sheet recognized: ${names.join(', ')}.`,
  sheetsToggle: 'View / correct sheet kinds',
  sheetKindFound: (kind, why) => `${kind} — ${why}`,
  sheetKindChosen: (kind, why) => `${kind} (your choice)${why ? ` — ${why}` : '.'}`,
  sheetKindUnreadable: (kind, chosen, why) => `${kind} — the sheet cannot be read as the kind you chose ("${chosen}"). ${why}`,
  sheetKindUnrecognized: (why) => `${why} Choose the sheet's kind, or "Skip this sheet" if it needs no check.`,
  sheetKindUnrecognizedBrief: 'Not recognized (why: see Results). Choose the sheet\'s kind, or "Skip this sheet" if it needs no check.',
  actionsHeading: 'Actions',
  check: 'Check',
  createSummary: 'Create summary sheets',
  clearMarks: 'Clear marks',
  exportFindings: 'Export findings',
  addTemplate: 'Add criteria sheet',
  download: 'Download checked file',
  help: 'Help',
  steps: {
    read: 'Reading the workbook…',
    check: 'Checking…',
    save: 'Saving settings…',
    write: 'Writing summary sheets and marks…',
    clear: 'Clearing marks…',
    export: 'Exporting findings…',
    download: 'Preparing the download…',
  },
  progressLabel: 'Progress',
  fileModeNote: 'Running outside Excel: open an .xlsx workbook to check it in the browser; for an .xls, .ods or .csv file the pane says how to save it as .xlsx. The file never leaves your computer.',
  openFile: 'Open Excel file',
  dropHint: 'or drop a file here',
  useSample: 'Use the sample workbook',
  fileLoaded: (n) => `Opened "${n}".`,
  notXlsx: 'This file is not an .xlsx workbook. Save it as .xlsx in Excel and open it again.',
  notOpened: (name, why) => `Could not open "${name}". ${why}`,
  noFile: 'No file is open. Open an .xlsx file or press "Use the sample workbook".',
  resultsHeading: 'Results',
  unusable: 'This workbook could not be checked.',
  unusableNext: 'If a sheet has a table whose header row reads differently, choose the sheet\'s kind under "View / correct sheet kinds" above; otherwise open a workbook with an assignment or status table.',
  fullCommunes: (full, all, criteria, town) => `${full}/${all} ${town ? 'towns' : 'communes'} meet all ${criteria} criteria`,
  average: (avg, town) => `Average ${avg} criteria per ${town ? 'town' : 'commune'}`,
  noData: (n, town) => `${n} ${town ? 'town(s)' : 'commune(s)'} with no status (left out of the bands and the average)`,
  overdue: (n) => `${n} overdue items`,
  districtCondition: (set, full, total, communeSet, met) => `${set} condition: ${full} of ${total} communes meet every criterion of ${communeSet}${met ? ' — met' : ' — not met yet'}`,
  bandsCaption: (set, town) => `${town ? 'Towns' : 'Communes'} by criteria met — ${set}`,
  bands: { '19': '19 criteria', '15-18': '15–18 criteria', '10-14': '10–14 criteria', '5-9': '5–9 criteria', '<5': 'Under 5 criteria' },
  fullBand: (n) => `All ${n} criteria`,
  notFullBand: 'Not all',
  communesCount: (n, town) => `${n} ${town ? 'towns' : 'communes'}`,
  setNames: SET_NAMES_EN,
  findingsHeading: (n) => `Findings (${n})`,
  noFindings: 'No finding matches the filters.',
  severities: { error: 'Error', warning: 'Warning', info: 'Information' },
  groupCount: (shown, total) => (shown < total ? `${shown} / ${total}` : `${total}`),
  filterSheet: 'Sheet',
  filterCommune: 'Commune',
  filterDepartment: 'Department',
  filterSeverity: 'Severity',
  filterAll: 'All',
  search: 'Search findings',
  searchHint: 'A commune, department, criterion code or cell; accents optional.',
  matching: (n) => `${n} matching findings`,
  previous: 'Previous',
  next: 'Next',
  position: (i, n) => `${i}/${n}`,
  positionAnnounce: (i, n, m) => `Finding ${i} of ${n}: ${m.en}`,
  matchingAnnounce: (n, at) => `${n} matching findings.${at ? ` Viewing finding ${at} of ${n}.` : ''}`,
  goTo: 'Go to cell',
  ignore: 'Ignore',
  ignoreLabel: (m) => `Ignore finding: ${m}`,
  restoreIgnored: 'Show all again',
  ignoredCount: (n) => `${n} findings ignored.`,
  ignoredList: (n) => `Ignored findings (${n})`,
  restoreOne: 'Show again',
  restoreOneLabel: (m) => `Show finding again: ${m}`,
  selectedCell: (sheet, cell) => `Cell shown: ${sheet}!${cell}`,
  cellValue: (v) => `Cell content: ${v}`,
  cellEmpty: 'Cell content: (empty)',
  codeNames: {
    'assign.no-lead': 'No lead department',
    'assign.multiple-leads': 'Several lead departments',
    'assign.duplicate-department': 'Department listed twice',
    'assign.set-missing': 'Criteria set missing',
    'assign.set-no-communes': 'Set with no commune',
    'assign.scope-unclear': 'Unclear commune scope',
    'assign.general-row': '"All criteria" row',
    'assign.general-only-lead': '"All criteria" row is the only lead',
    'code.name-only': 'Code written as a name',
    'assign.mark-unreadable': 'Unreadable assignment mark',
    'assign.commune-no-status': 'Assigned commune without status',
    'code.name-mismatch': 'Name does not match code',
    'code.unknown': 'Code not in the criteria set',
    'code.unreadable': 'Unreadable code',
    'code.number-tenth': 'Number code read from its order (17.1 → 17.10)',
    'code.other-set': 'Code of another set',
    'code.old-name': 'Former criterion name (2016–2020 set)',
    'code.withdrawn': 'Code not applied (definitions sheet)',
    'code.open': 'Code not yet defined',
    'commune.variant': 'Commune spelt two ways',
    'commune.unknown': 'Commune not in the list',
    'commune.duplicate': 'Duplicate commune',
    'commune.prefix': 'Commune / town',
    'commune.bad-kind': 'Unclear unit kind',
    'commune.bad-group': 'Unclear commune group',
    'deadline.overdue': 'Overdue',
    'deadline.due-soon': 'Due soon',
    'deadline.status-later': 'Status row moves the deadline later',
    'deadline.missing': 'No deadline',
    'deadline.unreadable': 'Unreadable deadline',
    'deadline.said-met': 'Said met, status not met',
    'deadline.year-from-title': 'Deadline year from the title',
    'deadline.ongoing': 'Ongoing task, no deadline',
    'deadline.met-late': 'Met late',
    'program.unmet': 'Not met',
    'district.condition-unmet': 'District precondition not met (every commune meeting its set)',
    'set.period-ended': 'Criteria set past its period',
    'set.title-period': 'Title names another period',
    'status.missing': 'Status missing',
    'status.unreadable': 'Unreadable status',
    'status.contradicts-threshold': 'Status contradicts threshold',
    'status.criterion-inconsistent': 'Criterion and indicators disagree',
    'status.value-unreadable': 'Unreadable value',
    'status.value-unjudged': 'Value not judged',
    'status.no-commune': 'Row without a commune',
    'status.commune-from-above': 'Commune taken from the row above',
    'status.blank-unmet': 'Blank read as not met (sheet note)',
    'status.numeric-legend': '1/0 read as met/not met (sheet note)',
    'status.mark-legend': 'x read as not met (sheet note)',
    'status.conflict': 'Two cells disagree',
    'status.achieved-after-as-of': 'Met after the report date',
    'status.year-columns': 'Year columns: latest year used',
    'status.year-columns-none': 'Year columns: none up to the report date',
    'status.period-sheets': 'Sheets per year/quarter: latest read',
    'status.period-older': 'Older figures used where the newer sheet lacks a commune',
    'status.district-missing': 'No district result',
    'sheet.unrecognized': 'Sheet not recognized',
    'sheet.hidden-skipped': 'Hidden sheet not checked',
    'sheet.user-skipped': 'Sheet you chose to skip',
    'read.hidden-set-aside': 'Hidden row/column not read',
    'summary.edited-kept': 'Summary sheet edited by hand, kept',
    'set.unknown': 'Unknown criteria set',
    'set.not-shipped': 'Section of a set the tool does not ship',
    'set.assumed': 'Criteria set assumed',
    'department.unknown': 'Unknown department',
    'text.legacy-encoding': 'Legacy font (TCVN3/VNI)',
    'definitions.bad-code': 'Definitions sheet: unreadable code',
    'definitions.province-assumed': 'Definitions sheet: province thresholds applied',
    'definitions.bad-date': 'Definitions sheet: bad effective date',
    'definitions.bad-direction': 'Definitions sheet: unclear direction',
    'definitions.bad-threshold': 'Definitions sheet: unreadable threshold',
    'definitions.direction-conflict': 'Definitions sheet: conflicting direction',
    'definitions.duplicate': 'Definitions sheet: duplicate row',
    'definitions.invalid': 'Definitions sheet: invalid row',
    'definitions.new-criterion': 'Definitions sheet: new criterion',
    'definitions.new-indicator': 'Definitions sheet: new indicator',
    'definitions.new-set': 'Definitions sheet: new set',
    'definitions.set-period': 'Definitions sheet: set of a new period',
    'definitions.withdrawn': 'Definitions sheet: code taken out',
    'definitions.withdrawn-unknown': 'Definitions sheet: taking out a code the set lacks',
    'definitions.bad-applies': 'Definitions sheet: unreadable Áp dụng cell',
    'definitions.no-code': 'Definitions sheet: no code',
    'definitions.no-direction': 'Definitions sheet: no direction',
    'definitions.percent-scaled': 'Definitions sheet: rate rescaled',
    'definitions.threshold-ignored': 'Definitions sheet: threshold ignored',
    'definitions.threshold-on-criterion': 'Definitions sheet: threshold on a criterion',
    'definitions.unknown-criterion': 'Definitions sheet: unknown criterion',
    'definitions.unknown-region': 'Definitions sheet: unknown region',
    'definitions.unknown-group': 'Definitions sheet: unknown commune group',
    'definitions.unknown-set': 'Definitions sheet: unknown set',
  },
  // English names the level ("district") whatever the kind of unit.
  districtCodeNames: {},
  checkedAnnounce: (e, w, i) => `Check finished: ${e} errors, ${w} warnings, ${i} notes.`,
  wroteAnnounce: (n) => `Created ${n} summary sheets and marked the cells.`,
  notWritten: (s) => `Not written: ${s}`,
  clearedAnnounce: 'The add-in’s marks were removed.',
  exportedAnnounce: 'Findings exported to the sheet "TH_Kết quả kiểm tra".',
  downloadedAnnounce: (n) => `Downloaded "${n}".`,
  notKeptNote: (items) => `Note: the downloaded copy does not keep: ${items.map((i) => i.en).join('; ')}. Keep working in the original file.`,
  templateAdded: (sheet, file) => `Added the sheet "${sheet}": the shipped criteria sets, to edit after the province's documents (thresholds, names, a new period). Then press Check.${file ? ' The sheet is in the downloaded file.' : ''}`,
  templateReason: (b) => b.en,
  errorTitle: 'Could not finish',
  genericError: 'Something unexpected went wrong. Try again; if it persists, report it with the file.',
  dismiss: 'Dismiss message',
};

export const CATALOGS: Record<UiLang, Catalog> = { vi, en };

/** Office's display language ("vi-VN") to the pane's language: Vietnamese unless clearly another. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): UiLang {
  if (!displayLanguage) return 'vi';
  return displayLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** Decimal comma for Vietnamese ("16,4"), point for English. */
export function formatDecimal(n: number, lang: UiLang): string {
  const s = (Math.round(n * 10) / 10).toFixed(1);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/** A check's name in the pane; one about the district itself says the office's unit ("Thị xã …"). */
export function codeName(t: Catalog, code: string, districtUnit: string | undefined): string {
  const own = t.districtCodeNames[code];
  return own && districtUnit ? own(districtUnit) : (t.codeNames[code] ?? code);
}
