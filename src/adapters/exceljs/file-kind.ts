// What a file given as a workbook really is, from its bytes: offices pass on .xls files from
// Excel 97–2003, workbooks locked with a password to open, LibreOffice .ods files, and "Excel"
// exports of other software that are web pages or XML 2003 with an .xls name. ExcelJS reads
// .xlsx only and fails on the rest with zip-library errors ("Can't find end of central
// directory"), or reads an .ods as a workbook with no sheets. Each kind gets a reason and the
// step that makes the file readable (Save As .xlsx, remove the password), before ExcelJS runs.
import JSZip from 'jszip';
import type { Bilingual } from '../../domain/model/finding';
import { AdapterError } from './errors';

export type NotWorkbookKind =
  | 'empty'
  | 'xls'
  | 'encrypted'
  | 'ole-other'
  | 'spreadsheet-xml-2003'
  | 'html'
  | 'pdf'
  | 'text'
  | 'ods'
  | 'xlsb'
  | 'word'
  | 'image'
  | 'zip-other'
  | 'damaged-zip'
  | 'unknown';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Picture formats by their first bytes: a photo or scan of a table renamed .xlsx (PNG, JPEG, GIF,
 * TIFF, WebP; a phone's HEIC and AVIF by their "ftyp" brand). BMP ("BM") only as binary content, below. */
function isPicture(bytes: Uint8Array): boolean {
  const ascii = (at: number, s: string) => startsWith(bytes, [...s].map((c) => c.charCodeAt(0)), at);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return true;
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a') || startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return true;
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return true;
  return ascii(4, 'ftyp') && ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1', 'avif'].some((brand) => ascii(8, brand));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

/** Where `needle` occurs in `bytes`, or -1 (a plain scan: the browser build has no Buffer). */
function indexOfBytes(bytes: Uint8Array, needle: readonly number[]): number {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** A compound-file stream name as the directory stores it (UTF-16LE). */
const utf16 = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

/**
 * The kind of a file that is not a zip package, or `'zip'` for one (then `zipKind` says which).
 * Only the bytes are looked at, never the file's name: a web page named .xls is a web page.
 */
export function sniffBytes(bytes: Uint8Array): NotWorkbookKind | 'zip' {
  if (bytes.length === 0) return 'empty';
  // PK\3\4: a zip (every .xlsx, .xlsm, .xlsb, .ods, .docx); PK\5\6: an empty zip.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, OLE2)) {
    // A workbook with a password to open is an OLE compound file holding the encrypted package.
    if (indexOfBytes(bytes, utf16('EncryptedPackage')) !== -1) return 'encrypted';
    if (indexOfBytes(bytes, utf16('Workbook')) !== -1 || indexOfBytes(bytes, utf16('Book')) !== -1) return 'xls';
    if (indexOfBytes(bytes, utf16('WordDocument')) !== -1) return 'word';
    return 'ole-other';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (isPicture(bytes)) return 'image';
  const head = textHead(bytes);
  if (head === undefined) return startsWith(bytes, [0x42, 0x4d]) ? 'image' : 'unknown';
  if (/urn:schemas-microsoft-com:office:spreadsheet/i.test(head) && /<\?xml|<Workbook\b/i.test(head)) return 'spreadsheet-xml-2003';
  // Anywhere in the head: an export may open with an XML declaration or a comment before <html>.
  if (/^\s*<(?:!doctype html|head|body|meta|style)\b/i.test(head) || /<(?:html|table)\b/i.test(head)) return 'html';
  return 'text';
}

/**
 * The first 4 KB as text when they read as text, else undefined. Only ASCII matters to the
 * tests above (markup, control characters), so any other character reads as "x": no decoder
 * needed (UTF-8, or UTF-16 with its byte-order mark).
 */
function textHead(bytes: Uint8Array): string | undefined {
  const slice = bytes.subarray(0, 4096);
  const units: number[] = [];
  if (startsWith(slice, [0xff, 0xfe]) || startsWith(slice, [0xfe, 0xff])) {
    const little = slice[0] === 0xff;
    for (let i = 2; i + 1 < slice.length; i += 2) {
      const code = little ? slice[i] | (slice[i + 1] << 8) : (slice[i] << 8) | slice[i + 1];
      units.push(code < 0x80 ? code : 0x78);
    }
  } else {
    for (const b of slice) units.push(b < 0x80 ? b : 0x78);
  }
  const text = String.fromCharCode(...units);
  // Control characters other than tab and line ends mean binary content.
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
  return controls > text.length / 100 ? undefined : text;
}

/** The kind of a zip package from its part names: `'xlsx'` for a workbook ExcelJS reads (.xlsx, .xlsm, .xltx). */
export function zipKind(partNames: readonly string[], mimetype?: string): NotWorkbookKind | 'xlsx' {
  const has = (n: string) => partNames.includes(n);
  if (has('xl/workbook.xml')) return 'xlsx';
  if (has('xl/workbook.bin')) return 'xlsb';
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.spreadsheet') || (has('content.xml') && has('META-INF/manifest.xml'))) return 'ods';
  if (has('word/document.xml')) return 'word';
  return 'zip-other';
}

const SAVE_AS: Bilingual = {
  vi: 'Hãy mở tệp bằng Excel (hoặc LibreOffice Calc), chọn Lưu thành (Save As) → Sổ làm việc Excel (*.xlsx), rồi kiểm tra tệp .xlsx vừa lưu.',
  en: 'Open it in Excel (or LibreOffice Calc), choose Save As → Excel Workbook (*.xlsx), then check the .xlsx file.',
};

/** For a file that is no table at all: pick the right one (a picture cannot be saved as a workbook). */
const CHOOSE_WORKBOOK: Bilingual = {
  vi: 'Hãy chọn đúng tệp Excel (.xlsx) của bảng; nếu Excel mở được tệp này, hãy lưu lại thành Sổ làm việc Excel (*.xlsx) rồi kiểm tra tệp vừa lưu.',
  en: 'Choose the table\'s Excel file (.xlsx); if Excel opens this file, save it as an Excel Workbook (*.xlsx) and check that file.',
};

const WHAT: Record<NotWorkbookKind, Bilingual> = {
  empty: { vi: 'Tệp rỗng (0 byte): có thể tệp chưa được chép hoặc tải về xong.', en: 'The file is empty (0 bytes): it may not have finished copying or downloading.' },
  xls: { vi: 'Tệp là sổ làm việc Excel 97–2003 (.xls), dạng cũ mà chương trình không đọc được.', en: 'The file is an Excel 97–2003 workbook (.xls), an old format the program cannot read.' },
  encrypted: {
    vi: 'Tệp được đặt mật khẩu mở (đã mã hóa) nên không đọc được nội dung. Hãy mở tệp bằng Excel, nhập mật khẩu, rồi lưu một bản không có mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu: xóa mật khẩu) và kiểm tra bản đó.',
    en: 'The file has a password to open (it is encrypted), so its content cannot be read. Open it in Excel with the password, save a copy without one (File → Info → Protect Workbook → Encrypt with Password: clear it) and check that copy.',
  },
  'ole-other': { vi: 'Tệp là một tài liệu Office dạng cũ nhưng không phải sổ làm việc Excel.', en: 'The file is an old-format Office document, but not an Excel workbook.' },
  'spreadsheet-xml-2003': { vi: 'Tệp là bảng tính XML 2003 (thường do phần mềm khác xuất ra, mang đuôi .xls), không phải sổ làm việc .xlsx.', en: 'The file is an XML 2003 spreadsheet (often exported by other software under an .xls name), not an .xlsx workbook.' },
  html: { vi: 'Tệp là một trang web (HTML) mang tên của tệp Excel (thường do phần mềm khác xuất ra), không phải sổ làm việc .xlsx.', en: 'The file is a web page (HTML) named like an Excel file (often exported by other software), not an .xlsx workbook.' },
  pdf: { vi: 'Tệp là tài liệu PDF, không phải sổ làm việc Excel: hãy dùng tệp Excel gốc của bảng.', en: 'The file is a PDF document, not an Excel workbook: use the table\'s original Excel file.' },
  text: { vi: 'Tệp là văn bản thuần (CSV hoặc TXT), không có trang, ô gộp hay định dạng của sổ làm việc.', en: 'The file is plain text (CSV or TXT), without the sheets, merged cells or formatting of a workbook.' },
  ods: { vi: 'Tệp là bảng tính OpenDocument (.ods, của LibreOffice Calc), không phải sổ làm việc .xlsx.', en: 'The file is an OpenDocument spreadsheet (.ods, LibreOffice Calc), not an .xlsx workbook.' },
  xlsb: { vi: 'Tệp là sổ làm việc nhị phân Excel (.xlsb), dạng chương trình không đọc được.', en: 'The file is an Excel binary workbook (.xlsb), a format the program cannot read.' },
  word: { vi: 'Tệp là văn bản Word, không phải sổ làm việc Excel: hãy dùng tệp Excel của bảng.', en: 'The file is a Word document, not an Excel workbook: use the table\'s Excel file.' },
  image: {
    vi: 'Tệp là một hình ảnh (ảnh chụp hay ảnh quét), không phải sổ làm việc Excel. Hãy chọn tệp Excel (.xlsx) của bảng; nếu chỉ có ảnh, cần nhập bảng vào Excel và lưu thành .xlsx.',
    en: 'The file is a picture (a photo or scan), not an Excel workbook. Choose the table\'s Excel file (.xlsx); if there is only the picture, the table must be typed into Excel and saved as .xlsx.',
  },
  'zip-other': { vi: 'Tệp là một tệp nén (zip) nhưng không chứa sổ làm việc Excel.', en: 'The file is a zip archive but holds no Excel workbook.' },
  'damaged-zip': { vi: 'Tệp .xlsx bị hỏng hoặc chưa được chép, tải về xong (thiếu phần cuối của tệp). Hãy lấy lại tệp từ nơi gửi, hoặc mở bằng Excel để Excel sửa rồi lưu lại.', en: 'The .xlsx file is damaged or did not finish copying or downloading (its end is missing). Fetch it again, or open it in Excel to let Excel repair it and save it again.' },
  unknown: { vi: 'Nội dung tệp không phải sổ làm việc Excel.', en: 'The file\'s content is not an Excel workbook.' },
};

/** Kinds whose content is a table Excel opens: the fix is to save it as .xlsx. */
const SAVE_AS_FIXES = new Set<NotWorkbookKind>(['xls', 'spreadsheet-xml-2003', 'html', 'text', 'ods', 'xlsb']);

/** Kinds whose sentence says what the file is and nothing more: the next step is to choose the workbook. */
const CHOOSE_FIXES = new Set<NotWorkbookKind>(['ole-other', 'zip-other', 'unknown']);

/** Why the file cannot be read, and what to do, in both languages. */
export function notWorkbookReason(kind: NotWorkbookKind): Bilingual {
  const what = WHAT[kind];
  const next = SAVE_AS_FIXES.has(kind) ? SAVE_AS : CHOOSE_FIXES.has(kind) ? CHOOSE_WORKBOOK : undefined;
  return next ? { vi: `${what.vi} ${next.vi}`, en: `${what.en} ${next.en}` } : what;
}

export function notWorkbookError(kind: NotWorkbookKind): AdapterError {
  return new AdapterError('not-a-workbook', notWorkbookReason(kind));
}

/**
 * The file's package, once its bytes are known to be a workbook ExcelJS reads (.xlsx, .xlsm);
 * any other file throws an AdapterError `not-a-workbook` saying what it is and what to do.
 */
export async function openWorkbookPackage(data: ArrayBuffer | Uint8Array): Promise<JSZip> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const sniffed = sniffBytes(bytes);
  if (sniffed !== 'zip') throw notWorkbookError(sniffed);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notWorkbookError('damaged-zip');
  }
  const names = Object.keys(zip.files);
  const mimetype = names.includes('mimetype') ? await zip.file('mimetype')!.async('string') : undefined;
  const kind = zipKind(names, mimetype);
  if (kind !== 'xlsx') throw notWorkbookError(kind);
  return zip;
}
