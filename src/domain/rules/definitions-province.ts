// A workbook's definitions sheet that gives thresholds for one province only is that province's
// own: its thresholds apply without the user naming the province (the add-in has no such
// setting; the command line has --province, and says so).
import type { DefinitionRow } from '../criteria/definitions';
import { provinceKey } from '../criteria/definitions';
import { cleanText } from '../text/normalize';
import type { FindingSink } from './finding-sink';
import type { Surface } from './advice';

export function provinceOfDefinitions(definitions: DefinitionRow[], sink: FindingSink, surface: Surface = 'addin'): string | undefined {
  const seen = new Map<string, { name: string; row: DefinitionRow }>();
  for (const d of definitions) {
    const p = typeof d.province === 'string' ? cleanText(d.province) : '';
    if (!p || d.threshold === undefined || d.threshold === '') continue;
    const k = provinceKey(p);
    if (!seen.has(k)) seen.set(k, { name: p, row: d });
  }
  if (seen.size !== 1) return undefined;
  const { name, row } = [...seen.values()][0];
  const cli = surface === 'cli';
  sink.add('definitions.province-assumed', 'info', row.source, {
    vi: `Trang "${row.source.sheet}" chỉ ghi mức đạt của ${name}: các mức đạt này được áp dụng cho sổ làm việc${cli ? ' (dòng lệnh: --province để chọn tỉnh khác)' : ''}.`,
    en: `Sheet "${row.source.sheet}" gives thresholds for ${name} only: they apply to this workbook${cli ? ' (command line: --province to choose another)' : ''}.`,
  }, { found: name });
  return name;
}
