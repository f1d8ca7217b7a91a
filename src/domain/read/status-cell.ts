// Turns one status cell into a StatusEntry, reporting cells that cannot be read.
import type { CellValue } from '../model/grid';
import type { StatusEntry, SourceRef } from '../model/program';
import { parseStatusCell } from '../parse/status-values';
import type { ReadContext } from './read-context';

export interface StatusCellInput {
  value: CellValue;
  at: SourceRef;
  communeKey: string;
  communeName: string;
  setId: string;
  code: string;
  qualifier?: string;
  norm?: string;
}

/** undefined for a blank cell; an entry with achieved undefined for an unreadable one. */
export function statusFromCell(ctx: ReadContext, input: StatusCellInput): StatusEntry | undefined {
  const p = parseStatusCell(input.value);
  if (p.kind === 'blank') return undefined;
  const entry: StatusEntry = {
    communeKey: input.communeKey,
    setId: input.setId,
    code: input.code,
    qualifier: input.qualifier,
    source: input.at,
    norm: input.norm,
  };
  if (p.kind === 'met') entry.achieved = true;
  else if (p.kind === 'unmet') entry.achieved = false;
  else if (p.kind === 'value') entry.value = p.value;
  else {
    ctx.sink.add('status.unreadable', 'error', input.at, {
      vi: `Không đọc được kết quả "${p.raw}" của ${input.communeName}, mã ${input.code}.` + (p.problem ? ` ${p.problem}` : ''),
      en: `Cannot read the status "${p.raw}" of ${input.communeName}, code ${input.code}.`,
    }, { commune: input.communeKey, indicator: input.code, setId: input.setId, found: p.raw, expected: 'Đạt / Chưa đạt / x / để trống / số liệu' });
  }
  return entry;
}
