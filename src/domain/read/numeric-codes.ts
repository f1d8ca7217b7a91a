// A code column formatted as numbers cannot hold "17.10": Excel keeps 17.1. Where 17.1 follows
// 17.9 in the same column (and the same commune), the office typed 17.10; the sheet says so once.
import type { CellValue } from '../model/grid';
import type { CodeRef } from '../model/program';
import { CellRef } from '../model/program';
import type { FindingSink } from '../rules/finding-sink';

export class NumericCodeSequence {
  private previous?: { code: string; scope: string };
  private fixed = 0;
  private first?: { row: number; col: number; from: string; to: string };

  constructor(private readonly sheetName: string) {}

  /**
   * The code a row is about, given the cell it was read from. `scope` separates sequences that
   * must not run into each other (the commune of a long table's row).
   */
  read(code: CodeRef, cell: CellValue, at: { row: number; col: number }, scope = ''): CodeRef {
    let out = code;
    const prev = this.previous;
    if (typeof cell === 'number' && prev && prev.scope === scope) {
      const m = /^(\d{1,2})\.(\d)$/.exec(code.code);
      const p = /^(\d{1,2})\.(\d{1,2})$/.exec(prev.code);
      // 17.1 right after 17.9 is 17.10; 17.2 right after 17.19 is 17.20.
      if (m && p && m[1] === p[1] && Number(p[2]) + 1 === Number(m[2]) * 10) {
        out = { ...code, code: `${m[1]}.${m[2]}0` };
        this.fixed++;
        this.first ??= { ...at, from: code.code, to: out.code };
      }
    }
    this.previous = { code: out.code, scope };
    return out;
  }

  report(sink: FindingSink): void {
    if (!this.first) return;
    sink.add('code.number-tenth', 'info', new CellRef(this.sheetName, this.first.row, this.first.col), {
      vi: `${this.fixed} mã ghi dạng số được hiểu theo thứ tự (${this.first.from} ngay sau mã trước đó là ${this.first.to}): ô kiểu số không giữ số 0 cuối. Nên định dạng cột mã là Văn bản (Text).`,
      en: `${this.fixed} code(s) stored as numbers are read from their order (${this.first.from} right after the previous code is ${this.first.to}): a number cell drops the trailing 0. Format the code column as Text.`,
    }, { found: String(this.fixed), keyHint: this.sheetName });
  }
}
