// 2,000 generated malformed workbooks: no exception escapes, every result is well formed.
import { MAX_CELL_CHARS, MAX_ROW_POINTS } from '../../src/domain/layout/excel-limits';
import type { CellRect, CellValue, SheetData } from '../../src/domain/model/grid';
import { checkWorkbook } from '../../src/domain/check';
import type { CheckResult } from '../../src/domain/check-types';
import { ASSIGN_HEADER, NTM_INDICATORS } from '../support/sheets';
import { mulberry32 } from '../../bench/generate/prng';

const prng = mulberry32;

const SYLLABLES = ['Tân', 'Sơn', 'Đại', 'An', 'Ngọc', 'Biên', 'Long', 'Hiệp', 'Tập', 'Phước', 'Hưng', 'Hàm', 'Giang', 'xã', 'thị trấn', 'Phòng', 'Y tế', 'Nông nghiệp', 'quý', 'III/2023', 'Đạt', 'Chưa đạt', 'đạt?', 'x', '17.10', 'Tiêu chí', 'chỉ tiêu', '1,2,7,9', '(', ')', '=SUM(A1)', '\u00A0', 'Ð', 'Tân Sơn'.normalize('NFD'), '\u200B', '#', 'µ¸', 'Quy ho¹ch', ';', '–', '\n'];
const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?'];

function randomCell(rnd: () => number): CellValue {
  const p = rnd();
  if (p < 0.15) return null;
  if (p < 0.3) return Math.round((rnd() - 0.3) * 1e5) / (rnd() < 0.5 ? 1 : 100);
  if (p < 0.35) return { error: ERRORS[Math.floor(rnd() * ERRORS.length)] };
  if (p < 0.4) return new Date(Date.UTC(1990 + Math.floor(rnd() * 50), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
  if (p < 0.43) return rnd() < 0.5;
  if (p < 0.45) return [NaN, Infinity, -0, 1e308][Math.floor(rnd() * 4)];
  const n = 1 + Math.floor(rnd() * 5);
  return Array.from({ length: n }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join(rnd() < 0.8 ? ' ' : '');
}

function template(rnd: () => number): CellValue[][] {
  const communes = ['Tân Sơn', 'Tập sơn', 'Đại An', 'thị trấn Định An', 'Ngọc Biên'].slice(0, 1 + Math.floor(rnd() * 5));
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return [['UBND HUYỆN'], ASSIGN_HEADER, ['I. BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI'], ...Array.from({ length: 1 + Math.floor(rnd() * 25) }, (_, i) => [i + 1, `Tiêu chí ${1 + Math.floor(rnd() * 21)}`, randomCell(rnd), 'Phòng Y tế, Trung tâm Y tế', randomCell(rnd), rnd() < 0.5 ? null : communes.join(', '), randomCell(rnd), null])];
    case 1:
      return [['HIỆN TRẠNG NÂNG CAO'], ['Mã', 'Tiêu chí / chỉ tiêu', ...communes], ...NTM_INDICATORS.slice(0, Math.floor(rnd() * 57)).map((c) => [c, randomCell(rnd), ...communes.map(() => (rnd() < 0.7 ? (rnd() < 0.7 ? 'Đạt' : 'Chưa đạt') : randomCell(rnd)))])];
    case 2:
      return [['Xã', 'Bộ tiêu chí', 'Mã', 'Kết quả', 'Đánh giá', 'Dự kiến đạt', 'Ngày đạt'], ...Array.from({ length: Math.floor(rnd() * 40) }, () => [communes[Math.floor(rnd() * communes.length)], randomCell(rnd), NTM_INDICATORS[Math.floor(rnd() * 57)], randomCell(rnd), randomCell(rnd), randomCell(rnd), randomCell(rnd)])];
    case 3:
      return [['Tên xã', 'Loại', 'Vùng', 'Bộ tiêu chí phấn đấu', 'Năm được công nhận'], ...communes.map((c) => [c, randomCell(rnd), randomCell(rnd), rnd() < 0.5 ? 'nâng cao' : randomCell(rnd), randomCell(rnd)])];
    default:
      return [['Bộ tiêu chí', 'Mã', 'Tên', 'Đơn vị tính', 'Chiều', 'Mức đạt', 'Vùng', 'Tỉnh', 'Hiệu lực từ', 'Đến ngày'], ...Array.from({ length: Math.floor(rnd() * 10) }, () => Array.from({ length: 10 }, () => randomCell(rnd)))];
  }
}

function mutate(rows: CellValue[][], rnd: () => number): { rows: CellValue[][]; merges: CellRect[] } {
  let out = rows.map((r) => [...r]);
  const ops = Math.floor(rnd() * 8);
  for (let i = 0; i < ops; i++) {
    const op = Math.floor(rnd() * 7);
    const r = Math.floor(rnd() * Math.max(1, out.length));
    if (op === 0) out.splice(r, 0, []); // empty row
    else if (op === 1 && out[r]) out.splice(r, 0, [...out[r]]); // duplicate row
    else if (op === 2) {
      const c = Math.floor(rnd() * 8);
      out = out.map((row) => row.filter((_, j) => j !== c)); // missing column
    } else if (op === 3 && out[r]) out[r][Math.floor(rnd() * 10)] = randomCell(rnd);
    else if (op === 4) out.unshift([randomCell(rnd)]); // extra title row
    else if (op === 5) out = out.map((row) => (rnd() < 0.3 ? row.map(() => randomCell(rnd)) : row));
    else if (op === 6) out.splice(r, 1);
  }
  const merges: CellRect[] = [];
  const n = Math.floor(rnd() * 4);
  for (let i = 0; i < n; i++) {
    const top = Math.floor(rnd() * (out.length + 3));
    const left = Math.floor(rnd() * 10);
    // Overlapping, huge and out-of-range merges are all fair game.
    merges.push({ top, left, bottom: top + Math.floor(rnd() * 3), right: left + Math.floor(rnd() * (rnd() < 0.05 ? 5000 : 8)) });
  }
  return { rows: out, merges };
}

/**
 * A definitions sheet that takes codes out, renames a set for another period and adds codes: from a
 * stream of its own (`rnd`), so the other sheets of a seed stay what they were.
 */
function appliesSheet(rnd: () => number, name: string): SheetData {
  const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const sets = ['Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030', 'Xã NTM nâng cao', 'Huyện NTM', 'Xã NTM', String(randomCell(rnd))];
  const code = () => pick([() => pick(NTM_INDICATORS), () => `Tiêu chí ${1 + Math.floor(rnd() * 22)}`, () => `${1 + Math.floor(rnd() * 21)}.${1 + Math.floor(rnd() * 14)}`, () => randomCell(rnd)])();
  const rows: CellValue[][] = [['STT', 'Mã', 'Tên tiêu chí, chỉ tiêu', 'Chiều đánh giá', 'Mức đạt', 'Áp dụng']];
  for (let i = 0; i < 1 + Math.floor(rnd() * 30); i++) {
    if (rnd() < 0.1) rows.push([null, null, pick(sets)]);
    else rows.push([i, code(), rnd() < 0.7 ? randomCell(rnd) : null, rnd() < 0.5 ? pick(['≥', '≤', 'Đạt/Không']) : null, rnd() < 0.3 ? pick(['50%', '≤ 4%', 12]) : null, pick(['Không', 'Có', 'Bỏ', 'không áp dụng', null, randomCell(rnd)])]);
  }
  return { name, rows, merges: [] };
}

/** Problems with a result, as text (one jest assertion per workbook keeps 2,000 runs fast). */
function wellFormedProblems(r: CheckResult, sheets: SheetData[]): string[] {
  const p: string[] = [];
  const bad = (cond: boolean, what: string) => {
    if (!cond) p.push(what);
  };
  bad(typeof r.usable === 'boolean', 'usable');
  const names = new Set(sheets.map((s) => s.name));
  for (const f of r.findings) {
    bad(['error', 'warning', 'info'].includes(f.severity), `severity ${f.severity}`);
    bad(/^[a-z]+\.[a-z-]+$/.test(f.code), `code ${f.code}`);
    bad(f.message.vi.length > 0 && f.message.en.length > 0, `message of ${f.code}`);
    bad(typeof f.key === 'string', `key of ${f.code}`);
    if (f.sheet) bad(names.has(f.sheet), `finding sheet ${f.sheet}`);
    if (f.cell) bad(/^[A-Z]{1,3}\d+$/.test(f.cell), `finding cell ${f.cell}`);
  }
  for (const g of r.counts) bad(g.shown <= g.total, `count ${g.code}`);
  for (const m of r.highlights.marks) bad(names.has(m.sheet) && m.row >= 0 && m.col >= 0, `mark ${m.sheet}!${m.row},${m.col}`);
  // An open set short of its decision's count gives no total (0), only the decision's count.
  for (const c of r.summary.communes) bad(c.indicatorsTotal ? c.indicatorsMet <= c.indicatorsTotal && c.indicatorsExpected === undefined : c.indicatorsMet <= (c.indicatorsExpected ?? 0), `indicators of ${c.display}`);
  for (const plan of r.sheetPlans) {
    bad(plan.name.length <= 31, `sheet name ${plan.name}`);
    const width = Math.max(0, ...plan.values.map((row) => row.length));
    for (const row of plan.values) for (const v of row) bad(v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)), `value ${String(v)} in ${plan.name}`);
    // Excel's limits: Office.js refuses a taller row or a longer text.
    for (const row of plan.values) for (const v of row) bad(typeof v !== 'string' || v.length <= MAX_CELL_CHARS, `text of ${typeof v === 'string' ? v.length : 0} characters in ${plan.name}`);
    for (const h of plan.rowHeights) bad(h.height > 0 && h.height <= MAX_ROW_POINTS, `row height ${h.height} in ${plan.name}`);
    for (const m of plan.merges) bad(m.top >= 0 && m.bottom < plan.values.length && m.right < Math.max(width, plan.columnWidths.length), `merge in ${plan.name}`);
  }
  try {
    JSON.stringify(r);
  } catch (e) {
    p.push(`not serializable: ${(e as Error).message}`);
  }
  return p;
}

// FUZZ_COUNT / FUZZ_SEED widen a local hunt (e.g. FUZZ_COUNT=30000 FUZZ_SEED=7 npx jest fuzz); CI runs the default.
const COUNT = Number(process.env.FUZZ_COUNT) || 2000;
const SEED = Number(process.env.FUZZ_SEED) || 20231015;

test(`${COUNT.toLocaleString('en')} malformed workbooks: no exception, well-formed results`, () => {
  const rnd = prng(SEED);
  // Hidden rows and columns from a stream of their own, so a seed's workbooks stay what they were.
  const hideRnd = prng(SEED + 1);
  const someOf = (n: number) => Array.from({ length: n }, (_v, i) => i).filter(() => hideRnd() < 0.15);
  const appliesRnd = prng(SEED + 2);
  let usable = 0;
  let checked = 0;
  for (let i = 0; i < COUNT; i++) {
    const sheetCount = 1 + Math.floor(rnd() * 4);
    const sheets: SheetData[] = [];
    for (let s = 0; s < sheetCount; s++) {
      const { rows, merges } = mutate(template(rnd), rnd);
      const sheet: SheetData = { name: rnd() < 0.1 ? `TH_${s}` : `Trang ${i}-${s}`, rows, merges };
      if (hideRnd() < 0.2) sheet.hiddenRows = someOf(rows.length);
      if (hideRnd() < 0.2) sheet.hiddenCols = someOf(Math.max(0, ...rows.map((r) => r?.length ?? 0)));
      if (sheet.hiddenRows && hideRnd() < 0.5) sheet.filtered = true;
      sheets.push(sheet);
    }
    if (appliesRnd() < 0.25) sheets.push(appliesSheet(appliesRnd, `Bộ tiêu chí ${i}`));
    let r: CheckResult | undefined;
    try {
      r = checkWorkbook({ sheets }, { asOf: rnd() < 0.5 ? '2023-10-15' : '2025-02-28', capPerCheck: 1 + Math.floor(rnd() * 50), ignored: rnd() < 0.2 ? ['code.unknown|xa-ntm-2021||20||'] : [] });
    } catch (e) {
      throw new Error(`workbook ${i} threw: ${(e as Error).stack}\n${JSON.stringify(sheets).slice(0, 2000)}`);
    }
    const problems = wellFormedProblems(r, sheets);
    if (problems.length) throw new Error(`workbook ${i}: ${problems.slice(0, 5).join('; ')}`);
    if (r.usable) usable++;
    checked++;
  }
  // The generator must exercise the real paths, not only unrecognizable junk.
  expect(checked).toBe(COUNT);
  expect(usable).toBeGreaterThan(COUNT / 4);
});
