// Objects on the office's sheets that ExcelJS drops or changes when it writes the copy, counted
// from the original package so the user is told (package-parts.ts adds them to `notKept`).
// ExcelJS's drawing model is uncropped pictures anchored to cells, its notes hidden boxes of one size,
// and it has no model at all for header pictures, form controls, ActiveX or embedded objects.
import type JSZip from 'jszip';
import type { Bilingual } from '../../domain/model/finding';

type Say = (n: number, vi: string, en: string) => void;

export const textOf = async (zip: JSZip, re: RegExp): Promise<string[]> =>
  Promise.all(Object.keys(zip.files).filter((n) => re.test(n)).map((n) => zip.file(n)!.async('string')));

const countIn = (xmls: string[], re: RegExp) => xmls.reduce((n, x) => n + (x.match(re) ?? []).length, 0);

export const VML_PARTS = /^xl\/drawings\/[^/]+\.vml$/;

/** What the copy will lack of the sheets' objects, worded for the user (empty when nothing); `vmlParts`: the VML drawings, when already read. */
export async function objectsNotKept(zip: JSZip, vmlParts?: string[]): Promise<Bilingual[]> {
  const out: Bilingual[] = [];
  const say: Say = (n, vi, en) => {
    if (n > 0) out.push({ vi: `${n} ${vi}`, en: `${n} ${en}` });
  };
  const drawings = await textOf(zip, /^xl\/drawings\/[^/]+\.xml$/);
  // Shapes, text boxes and arrows the copy cannot have are counted by package-parts.ts (drawn-shapes.ts).
  // A picture placed at a fixed position on the page rather than on cells: ExcelJS drops it (one
  // in a group comes back with the group: restore-shapes.ts).
  const fixed = drawings.flatMap((x) => x.match(/<xdr:absoluteAnchor\b[\s\S]*?<\/xdr:absoluteAnchor>/g) ?? []);
  say(fixed.filter((a) => /<xdr:pic\b/.test(a) && !/<xdr:grpSp\b/.test(a)).length, 'ảnh đặt cố định trên trang (không gắn với ô)', 'picture(s) placed at a fixed position (not on cells)');
  // ExcelJS names every picture it keeps "Picture N", with no alt text and shown: the Selection
  // Pane's names, the alt text read aloud for a seal or a chart picture, a hidden picture's state go.
  const pictures = drawings.flatMap((x) => x.match(/<xdr:(twoCellAnchor|oneCellAnchor)\b[\s\S]*?<\/xdr:\1>/g) ?? []).filter((a) => /<xdr:pic[\s>]/.test(a) && !/<xdr:grpSp\b/.test(a));
  const picProps = pictures.map((a) => /<xdr:pic[\s>][\s\S]*?(<xdr:cNvPr\b[^>]*>)/.exec(a)?.[1] ?? '');
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  // A name of Excel's (or LibreOffice's) own making is a word and a number: "Picture 3", "Hình 2".
  say(picProps.filter((p) => attr(p, 'descr') || attr(p, 'title') || !/^\S+ \d+$/.test(attr(p, 'name') ?? 'Picture 1')).length, 'tên và văn bản thay thế (alt text) của ảnh', "picture name(s) and alt text");
  say(picProps.filter((p) => /^(?:1|true)$/.test(attr(p, 'hidden') ?? '')).length, 'ảnh đang ẩn (sẽ hiện ra)', 'hidden picture(s) (they will show)');
  // A cropped picture (a scanned seal or signature cut to size) comes back whole; one in a group
  // comes back with the group as it was (restore-shapes.ts).
  say(countIn(pictures, /<a:srcRect\b[^>]*\b[ltrb]="-?[1-9]/g), 'ảnh đã cắt xén (sẽ hiện cả ảnh gốc)', 'cropped picture(s) (the whole picture will show)');
  const sheets = await textOf(zip, /^xl\/worksheets\/sheet[^/]*\.xml$/);
  say(sheets.filter((x) => /<legacyDrawingHF\b/.test(x)).length, 'trang có ảnh ở đầu trang / chân trang', 'sheet(s) with a picture in the header or footer');
  // Embedded documents (a Word or PDF file shown as an icon); the Fallback repeats each one.
  say(countIn(sheets.map((x) => x.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '')), /<oleObject\b/g), 'đối tượng nhúng (tệp Word, PDF… đặt trong trang)', 'embedded object(s) (Word, PDF… files placed on a sheet)');
  const vml = vmlParts ?? (await textOf(zip, VML_PARTS));
  // Form controls (check boxes, buttons, drop-downs) are VML shapes beside the notes.
  say(countIn(vml, /<x:ClientData\b(?![^>]*ObjectType="Note")[^>]*ObjectType="/g), 'điều khiển biểu mẫu (ô đánh dấu, nút, danh sách…)', 'form control(s) (check boxes, buttons, lists…)');
  say(Object.keys(zip.files).filter((n) => /^xl\/activeX\/[^/]+\.xml$/.test(n)).length, 'điều khiển ActiveX', 'ActiveX control(s)');
  // A note set to show all the time (Show/Hide Note) is written hidden (its size comes back: note-details.ts).
  // Notes shown all the time are shown again in the copy (note-details.ts).
  // Internal links (to a cell or another sheet), which ExcelJS drops, are copied back (hyperlinks.ts).
  // Pictures placed in a cell (Excel 365): the cell keeps only its #VALUE! fallback.
  if (Object.keys(zip.files).some((n) => n.startsWith('xl/richData/'))) say(countIn(sheets, /<c\b[^>]*\bvm="/g), 'ảnh đặt trong ô (ô sẽ thành #VALUE!)', 'picture(s) placed in a cell (the cell becomes #VALUE!)');
  // Cell styles the office named (Home › Cell Styles): cells keep their look, the names go.
  const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
  say((styles.match(/<cellStyle\b[^>]*>/g) ?? []).filter((s) => !/\bbuiltinId="/.test(s)).length, 'kiểu ô tự đặt tên (ô giữ định dạng, tên kiểu bị bỏ)', 'named cell style(s) (cells keep their format, the style names go)');
  return out;
}
