// Workbook.functions (ExcelApi 1.2): worksheet functions evaluated without a cell. Only DATE, which
// the Office adapter asks to learn the workbook's date system: DATE(1904,1,1) is 0 in a workbook
// counting from 1904 and 1462 in one counting from 1900, as Excel answers it.
import { FakeClientObject, type FakeContextCore } from './context';

const DAY_MS = 86400000;

/** The serial Excel gives a date in the workbook's system (1900's counts 29/02/1900). */
export function serialOf(year: number, month: number, day: number, date1904: boolean): number {
  const t = Date.UTC(year, month - 1, day);
  if (date1904) return (t - Date.UTC(1904, 0, 1)) / DAY_MS;
  return (t - Date.UTC(1899, 11, 30)) / DAY_MS - (t < Date.UTC(1900, 2, 1) ? 1 : 0);
}

export class FakeFunctionResult extends FakeClientObject<number> {
  constructor(core: FakeContextCore, private readonly compute: () => number) {
    super(core);
  }
  resolve(): number {
    return this.compute();
  }
  protected scalars(): Record<string, (t: number) => unknown> {
    return { value: (t) => t, error: () => null };
  }
  get value(): number {
    return this.read('value');
  }
  get error(): string | null {
    return this.read('error');
  }
}

export class FakeFunctions {
  constructor(private readonly core: FakeContextCore) {
    core.state.stats.proxies++;
  }
  date(year: number, month: number, day: number): FakeFunctionResult {
    this.core.state.requireApi('1.2', 'Functions.date');
    return new FakeFunctionResult(this.core, () => serialOf(year, month, day, this.core.state.workbook.properties.date1904 === true));
  }
}
