// The hidden state sheet's content as rows of text: a header row, then the JSON in
// column A, cut into pieces that fit a cell (Excel keeps at most 32,767 characters).
import { z } from 'zod';
import type { CellValue } from '../model/grid';
import type { StateSheetContent } from './workbook-state';

export const STATE_HEADER = 'Trạng thái của add-in NTM — không sửa trang này / NTM add-in state — do not edit';
export const STATE_FORMAT = 'ntm-state';
export const STATE_VERSION = 1;
export const STATE_CHUNK_CHARS = 30000;
/**
 * Every JSON piece starts with this character so no host ever reads a piece as a
 * formula ("=…"), a number ("1e5") or a date: Office.js converts typed-in values.
 */
export const CHUNK_PREFIX = '~';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const markKind = z.enum(['unmet', 'overdue', 'due-soon', 'data-error']);
const sheetRole = z.enum(['assignment', 'status-matrix', 'status-transposed', 'status-long', 'status-commune', 'communes', 'departments', 'definitions']);

// Loose objects: an adapter may keep extra exact-restore data next to the portable fields.
const savedCellSchema = z.looseObject({
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/),
  fill: z.looseObject({ pattern: z.string(), color: z.string().optional(), bgColor: z.string().optional() }).nullable(),
  note: z.string().nullable(),
  kind: markKind,
  mark: z.string().optional(),
});

export const StateSheetContentSchema = z.object({
  settings: z.object({
    asOf: isoDate.optional(),
    region: z.string().optional(),
    sets: z.array(z.string()).optional(),
    ignored: z.array(z.string()),
    sheetRoles: z.record(z.string(), sheetRole.nullable()).optional(),
    lang: z.enum(['vi', 'en']).optional(),
  }),
  highlight: z
    .object({ version: z.literal(1), appliedAt: isoDate, cells: z.array(savedCellSchema) })
    .optional(),
  summarySheets: z.array(z.string()).optional(),
  summaryFingerprints: z.record(z.string(), z.object({ rows: z.string(), cols: z.string() })).optional(),
});

/** Rows to write from A1: [header, format, version, piece count], then one JSON piece per row. */
export function encodeState(content: StateSheetContent): string[][] {
  const json = JSON.stringify(content);
  const pieces: string[] = [];
  let i = 0;
  while (i < json.length) {
    let end = Math.min(i + STATE_CHUNK_CHARS, json.length);
    // Never split a surrogate pair (an emoji in a note): a lone half is not valid XML text.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(json.slice(i, end));
    i = end;
  }
  if (pieces.length === 0) pieces.push('');
  return [[STATE_HEADER, STATE_FORMAT, String(STATE_VERSION), String(pieces.length)], ...pieces.map((p) => [CHUNK_PREFIX + p])];
}

function asText(v: CellValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** Reads rows written by encodeState. A damaged or foreign sheet gives a problem, never an exception. */
export function decodeState(rows: CellValue[][]): { content?: StateSheetContent; problem?: string } {
  try {
    const head = rows[0] ?? [];
    if (asText(head[1]) !== STATE_FORMAT) {
      return { problem: 'Trang trạng thái không đúng định dạng của add-in (thiếu dấu nhận dạng).' };
    }
    const version = Number(asText(head[2]));
    if (version !== STATE_VERSION) {
      return { problem: `Trang trạng thái có phiên bản ${asText(head[2]) ?? '?'} không được hỗ trợ.` };
    }
    const count = Number(asText(head[3]));
    if (!Number.isInteger(count) || count < 1) {
      return { problem: 'Trang trạng thái bị hỏng: không đọc được số phần dữ liệu.' };
    }
    let json = '';
    for (let i = 1; i <= count; i++) {
      const piece = asText(rows[i]?.[0]);
      if (piece === undefined || !piece.startsWith(CHUNK_PREFIX)) {
        return { problem: `Trang trạng thái bị hỏng: thiếu phần dữ liệu ở dòng ${i + 1}.` };
      }
      json += piece.slice(CHUNK_PREFIX.length);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return { problem: 'Trang trạng thái bị hỏng: dữ liệu không đọc được (JSON lỗi).' };
    }
    const result = StateSheetContentSchema.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0];
      return { problem: `Trang trạng thái bị hỏng: ${issue ? issue.path.join('.') + ' — ' + issue.message : 'nội dung không hợp lệ'}.` };
    }
    return { content: result.data as StateSheetContent };
  } catch (e) {
    return { problem: `Trang trạng thái không đọc được: ${e instanceof Error ? e.message : String(e)}` };
  }
}
