// The district's own result table with a row left without its result ("9.5 | … | (blank) | Quý
// IV/2023"): the district has not assessed that code yet. Said once per sheet at the first blank
// cell, since a district's missing result is not "chưa đạt" (probe notes: it was counted as such).
import type { SourceRef, StatusEntry } from '../model/program';
import type { FindingSink } from '../rules/finding-sink';

export class DistrictBlanks {
  private readonly blanks: { code: string; setId: string; at: SourceRef }[] = [];

  /** `unit`: the district as its rows name it ("Huyện", "Thị xã"). */
  constructor(private readonly unit: string) {}

  add(code: string, setId: string, at: SourceRef): void {
    this.blanks.push({ code, setId, at });
  }

  /** A criterion row left blank above indicator rows that have results is a heading, not missing. */
  report(sink: FindingSink, read: readonly StatusEntry[]): void {
    // Nothing blank (every commune table, a national long one included): no pass over the entries.
    if (!this.blanks.length) return;
    const withResults = new Set(read.filter((e) => e.achieved !== undefined || e.value !== undefined).map((e) => `${e.setId}|${e.code}`));
    const missing = this.blanks.filter((b) => b.code.includes('.') || ![...withResults].some((k) => k.startsWith(`${b.setId}|${b.code}.`)));
    if (!missing.length) return;
    const codes = missing.map((b) => b.code).join(', ');
    const cells = missing.map((b) => b.at.cell).join(', ');
    sink.add('status.district-missing', 'warning', missing[0].at, {
      vi: `Chưa có kết quả đánh giá của ${this.unit.toLocaleLowerCase('vi')} cho ${missing.length} mã: ${codes} (ô ${cells}). Các mã này được tính là chưa có kết quả, không phải chưa đạt.`,
      en: `No district result for ${missing.length} code(s): ${codes} (cells ${cells}). They are counted as not assessed, not as not met.`,
    }, { setId: missing[0].setId, found: codes, expected: 'Đạt / Chưa đạt', keyHint: missing[0].at.sheet });
  }
}
