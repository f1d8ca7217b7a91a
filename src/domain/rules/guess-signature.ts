// The signature block the office already uses under its own tables (seed 002: "TM. BQL NTM XÃ /
// TRƯỞNG BAN / Dương Văn Cảnh"), so the summaries are signed the way its documents are.
import type { WorkbookData } from '../model/grid';
import { cellLines } from '../read/cell-text';

export interface GuessedSignature {
  /** "TM. BQL NTM XÃ", "TRƯỞNG BAN": the authority and the post, in capitals as written. */
  lines: string[];
  signer?: string;
  /** The name under the block's "NGƯỜI LẬP BIỂU" (probe 9-a: C90 / C95 "Nguyễn Văn A"). */
  preparer?: string;
}

const AUTHORITY = /^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u;
/** A post in capitals ("TRƯỞNG BAN", "PHÓ CHỦ TỊCH"): no lower-case letter, no digit. */
const POST = /^[^\p{Ll}\d]+$/u;
/** A person's name: 2–6 words, capitalised, nothing else ("(Ký, ghi rõ họ tên)" is not one). */
const NAME = /^\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){1,5}$/u;

const MAY_OPEN = /^[\s\u00A0\u200B-\u200D\uFEFF]*[TKQ]/u;
/** The preparer's heading on the left of the same block: "NGƯỜI LẬP BIỂU", "Người lập bảng", "NGƯỜI TỔNG HỢP". */
const PREPARER = /^ng[ưu]ời\s+(?:lập(?:\s+(?:biểu|bảng|báo cáo))?|tổng\s+hợp)$/iu;

/** Signature blocks sit under the table: only the last rows of a sheet are looked at. */
const TAIL_ROWS = 40;

export function guessSignature(wb: WorkbookData, skip: (sheetName: string) => boolean): GuessedSignature | undefined {
  for (const sheet of wb.sheets) {
    if (skip(sheet.name) || sheet.hidden) continue;
    const rows = sheet.rows;
    for (let r = Math.max(0, rows.length - TAIL_ROWS); r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        // Only text starting "TM." / "KT." / "TL." / "TUQ." / "Q." can open a block: the rest of a
        // national table's tail rows ("Đạt", numbers) is skipped without cleaning each cell.
        if (typeof v !== 'string' || !MAY_OPEN.test(v)) continue;
        const first = cellLines(v).split('\n');
        if (!AUTHORITY.test(first[0] ?? '')) continue;
        const block = blockAt(rows, r, c, first);
        const preparer = preparerNear(rows, r);
        return preparer ? { ...block, preparer } : block;
      }
    }
  }
  return undefined;
}

function blockAt(rows: WorkbookData['sheets'][number]['rows'], r: number, c: number, first: string[]): GuessedSignature {
  const text = (i: number) => cellLines(rows[i]?.[c] ?? null).trim();
  const lines = first.map((l) => l.trim()).filter(Boolean).slice(0, 3);
  let i = r + 1;
  while (lines.length < 3 && i < rows.length && text(i) && POST.test(text(i))) lines.push(text(i++));
  // The signer's name a few rows lower, under the room left for the signature and seal.
  for (let k = i; k < Math.min(rows.length, i + 8); k++) {
    const t = text(k);
    if (t && NAME.test(t)) return { lines, signer: t };
  }
  return { lines };
}

/** "NGƯỜI LẬP BIỂU" on the block's row (or the row above or below), and a name under it. */
function preparerNear(rows: WorkbookData['sheets'][number]['rows'], r: number): string | undefined {
  for (let h = Math.max(0, r - 1); h <= Math.min(rows.length - 1, r + 1); h++) {
    const row = rows[h] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || !PREPARER.test(cellLines(v).trim())) continue;
      for (let k = h + 1; k < Math.min(rows.length, h + 10); k++) {
        const t = cellLines(rows[k]?.[c] ?? null).trim();
        if (t && NAME.test(t)) return t;
      }
      return undefined;
    }
  }
  return undefined;
}
