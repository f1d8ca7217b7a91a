// Office errors turned into sentences a district officer can act on. We branch on
// error.code (never localized) and keep Office's own message only as detail.
import type { Bilingual } from '../../domain/model/finding';

export interface OfficeErrorInfo {
  /** Office's code, or "Unknown". */
  code: string;
  message: Bilingual;
  /** Office's (possibly localized) message, for support. */
  detail?: string;
}

/** What a multi-step write managed to do, so a failure half way is never silent. */
export interface WriteReport {
  /** What now is in the workbook as intended (sheet names, "Đánh dấu trên trang …"). */
  written: string[];
  /** What was skipped or not finished. */
  notWritten: string[];
  error?: OfficeErrorInfo;
}

export function emptyReport(): WriteReport {
  return { written: [], notWritten: [] };
}

const MESSAGES: Record<string, Bilingual> = {
  InvalidOperationInCellEditMode: {
    vi: 'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để rời ô đang gõ, rồi bấm lại.',
    en: 'Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.',
  },
  AccessDenied: {
    vi: 'Trang tính hoặc sổ làm việc đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi chạy lại.',
    en: 'The sheet or workbook is protected, so nothing could be written. Unprotect it (Review › Unprotect Sheet) and run again.',
  },
  ItemAlreadyExists: {
    vi: 'Đã có một trang tính trùng tên với biểu tổng hợp cần tạo. Hãy đổi tên trang đó rồi chạy lại.',
    en: 'A sheet with the same name as a summary sheet already exists. Rename it and run again.',
  },
  ItemNotFound: {
    vi: 'Không tìm thấy trang tính cần dùng (có thể vừa bị xóa hoặc đổi tên). Hãy chạy lại kiểm tra.',
    en: 'A sheet the add-in needs was not found (it may have been deleted or renamed). Run the check again.',
  },
  RequestPayloadSizeLimitExceeded: {
    vi: 'Lượng dữ liệu ghi một lần vượt giới hạn của Excel trên web. Hãy chạy lại; nếu vẫn lỗi, hãy mở tệp bằng Excel trên máy tính.',
    en: 'Too much data was sent to Excel on the web at once. Run again; if it still fails, open the file in desktop Excel.',
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: 'Sổ làm việc quá lớn để đọc một lần trên Excel trên web. Hãy chạy lại; nếu vẫn lỗi, hãy mở tệp bằng Excel trên máy tính.',
    en: 'The workbook is too large to read at once in Excel on the web. Run again; if it still fails, open the file in desktop Excel.',
  },
  ApiNotFound: {
    vi: 'Phiên bản Excel này không hỗ trợ chức năng cần thiết. Hãy cập nhật Office (Microsoft 365) hoặc dùng Excel trên web.',
    en: 'This version of Excel does not support a feature the add-in needs. Update Office (Microsoft 365) or use Excel on the web.',
  },
  Conflict: {
    vi: 'Trang tính đang được người khác sửa cùng lúc. Hãy đợi một chút rồi chạy lại.',
    en: 'Someone else is editing the sheet at the same time. Wait a moment and run again.',
  },
  InsertDeleteConflict: {
    vi: 'Trang tính vừa bị chèn hoặc xóa hàng/cột ở nơi khác trong lúc ghi. Hãy chạy lại.',
    en: 'Rows or columns were inserted or deleted elsewhere while writing. Run again.',
  },
  MergedRangeConflict: {
    vi: 'Vùng cần ghi chồng lên ô đã gộp. Hãy bỏ gộp ô ở vùng đó rồi chạy lại.',
    en: 'The target overlaps merged cells. Unmerge them and run again.',
  },
  RequestAborted: {
    vi: 'Excel đã hủy yêu cầu (có thể do tệp vừa đóng hoặc mất kết nối). Hãy chạy lại.',
    en: 'Excel cancelled the request (the file may have closed or the connection dropped). Run again.',
  },
  InvalidArgument: {
    vi: 'Excel từ chối dữ liệu ghi vào (tham số không hợp lệ). Đây là lỗi của add-in; hãy báo lại cho người phụ trách kèm tệp.',
    en: 'Excel rejected the data written (invalid argument). This is an add-in bug; please report it with the file.',
  },
  InvalidOperation: {
    vi: 'Excel không cho phép thao tác này lúc này. Hãy kiểm tra trang tính có đang được bảo vệ hay đang lọc/sửa không, rồi chạy lại.',
    en: 'Excel does not allow this operation right now. Check whether the sheet is protected, filtered or being edited, then run again.',
  },
  GeneralException: {
    vi: 'Excel gặp lỗi nội bộ khi ghi. Hãy lưu tệp, mở lại rồi chạy lại.',
    en: 'Excel hit an internal error while writing. Save, reopen the file and run again.',
  },
};

const UNKNOWN: Bilingual = {
  vi: 'Có lỗi không xác định khi làm việc với Excel. Hãy chạy lại; nếu vẫn lỗi, hãy báo cho người phụ trách.',
  en: 'An unexpected error occurred while working with Excel. Run again; if it persists, report it.',
};

function codeOf(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string') return (e as { code: string }).code;
  return undefined;
}

/** Maps any thrown value to a message; unknown codes still say what to do. */
export function describeOfficeError(e: unknown): OfficeErrorInfo {
  const code = codeOf(e) ?? 'Unknown';
  const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : undefined;
  // Some hosts report protection as InvalidOperation with this text; prefer the clearer message.
  const protectedText = detail !== undefined && /protected/i.test(detail);
  const message = protectedText && code !== 'AccessDenied' ? MESSAGES.AccessDenied : (MESSAGES[code] ?? UNKNOWN);
  return { code, message, detail };
}

export function isCode(e: unknown, ...codes: string[]): boolean {
  const c = codeOf(e);
  return c !== undefined && codes.includes(c);
}

/** One line for the user about a report: what failed, and what was and was not written. */
export function reportSentence(report: WriteReport, lang: 'vi' | 'en' = 'vi'): string {
  const parts: string[] = [];
  if (report.error) parts.push(report.error.message[lang]);
  if (report.notWritten.length) {
    parts.push(lang === 'vi' ? `Chưa ghi được: ${report.notWritten.join('; ')}.` : `Not written: ${report.notWritten.join('; ')}.`);
  }
  if (report.error && report.written.length) {
    parts.push(lang === 'vi' ? `Đã ghi: ${report.written.join('; ')}.` : `Written: ${report.written.join('; ')}.`);
  }
  return parts.join(' ');
}

/** Shown for a mark skipped on a protected sheet. */
export function protectedSheetNote(sheet: string, lang: 'vi' | 'en' = 'vi'): string {
  return lang === 'vi' ? `đánh dấu trên trang "${sheet}" (trang đang được bảo vệ)` : `marks on sheet "${sheet}" (the sheet is protected)`;
}
