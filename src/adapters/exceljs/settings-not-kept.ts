// Settings of the office's workbook that ExcelJS drops and the package pass does not copy back,
// counted from the original so the user is told (package-parts.ts adds them to `notKept`).
// Custom views (View › Custom Views) tie each sheet's view and print settings to a view's GUID,
// kept in parts ExcelJS rewrites: copying them back piecemeal could leave a view Excel rejects.
// Consolidation settings with a source in another workbook name it through a relationship of the
// sheet the copy does not have (the others are copied back: dropped-elements.ts). Sheet tabs the
// office hid are shown in the copy, whose summary sheets must be found (book-view-flags.ts).
import type { Bilingual } from '../../domain/model/finding';
import { hidesSheetTabs } from './book-view-flags';
import { hasLinkedConsolidation } from './dropped-elements';
import { afterCells } from './worksheet-regions';

/** Counts, sheet by sheet as inspectPackage reads them, then worded. */
export class SettingsNotKept {
  private views = new Set<string>();
  private scenarios = 0;
  private formattedRows = 0;
  private permissions = 0;
  private linkedConsolidations = 0;

  /** One original worksheet part. Cheap string tests first: most sheets have none of these. */
  sheet(xml: string): void {
    const tail = afterCells(xml);
    if (tail.includes('<customSheetView ')) for (const m of tail.matchAll(/<customSheetView\b[^>]*\bguid="([^"]*)"/g)) this.views.add(m[1].toUpperCase());
    // What-If Analysis › Scenario Manager.
    if (tail.includes('<scenario ')) this.scenarios += (tail.match(/<scenario\b/g) ?? []).length;
    // A row formatted as a whole (a coloured separator row) with no cells and no height: ExcelJS
    // drops the row, so its format goes (empty-rows.ts puts hidden or grouped ones back, unformatted).
    if (/ customFormat="/.test(xml)) this.formattedRows += (xml.match(/<row\b(?![^>]*\sht="[1-9])(?![^>]*\ss="0")[^>]*\scustomFormat="(?:1|true)"[^>]*\/>/g) ?? []).length;
    // Edit ranges with Windows user permissions (Excel 2010+ writes them in the sheet's extension list).
    if (tail.includes('<x14:protectedRange ')) this.permissions += (tail.match(/<x14:protectedRange\b/g) ?? []).length;
    if (hasLinkedConsolidation(tail)) this.linkedConsolidations++;
  }

  /** What the copy lacks, with the workbook part's own custom views. */
  notKept(workbookXml: string): Bilingual[] {
    for (const m of workbookXml.matchAll(/<customWorkbookView\b[^>]*\bguid="([^"]*)"/g)) this.views.add(m[1].toUpperCase());
    const out: Bilingual[] = [];
    const say = (n: number, vi: string, en: string) => {
      if (n > 0) out.push({ vi: `${n} ${vi}`, en: `${n} ${en}` });
    };
    say(this.views.size, 'chế độ xem tùy chỉnh (custom view)', 'custom view(s)');
    say(this.scenarios, 'kịch bản (What-If › Scenario Manager)', 'scenario(s) (What-If › Scenario Manager)');
    say(this.formattedRows, 'dòng trống được định dạng cả dòng (định dạng của dòng bị bỏ)', 'empty row(s) formatted as a whole (the row format is dropped)');
    say(this.permissions, 'vùng cho phép sửa theo quyền người dùng Windows', 'edit range(s) with Windows user permissions');
    say(this.linkedConsolidations, 'trang có thiết lập Hợp nhất dữ liệu (Data › Consolidate) lấy nguồn từ tệp khác', 'sheet(s) with Data › Consolidate settings drawing on another workbook');
    if (hidesSheetTabs(workbookXml)) out.push({ vi: 'tab trang tính bị ẩn (bản đã kiểm tra hiện lại để thấy các trang tổng hợp)', en: 'hidden sheet tabs (the checked copy shows them, so that its summary sheets can be found)' });
    return out;
  }
}
