// The office's sheet protection, as it set it, in the copy. ExcelJS rewrites <sheetProtection>
// from what it understands: Excel's legacy password (password="CC3D", written by older Excel and
// WPS) is dropped, so the copy is protected with no password at all, and LibreOffice's
// sheet="true" is not read as protected. It drops <protectedRanges> (Review › Allow Edit Ranges)
// altogether, so on a protected sheet the ranges the office could edit are locked too. Both
// elements are copied from the original as they were (password hashes and security descriptors
// are the office's own) in place of ExcelJS's.
import { insertAfterCells } from './worksheet-order';

const PROTECTION = /<sheetProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/sheetProtection>)/;
const RANGES = /<protectedRanges\b[^>]*?(?:\/>|>[\s\S]*?<\/protectedRanges>)/;

/** `written` (a worksheet part) with the original's sheet protection and edit ranges, when it had any. */
export function withProtectionOf(original: string, written: string): string {
  const protection = PROTECTION.exec(original)?.[0] ?? '';
  const ranges = RANGES.exec(original)?.[0] ?? '';
  if (!protection && !ranges) return written;
  const bare = written.replace(PROTECTION, '').replace(RANGES, '');
  // Both at the protection's place (CT_Worksheet: after <sheetCalcPr>, the ranges right after it).
  return insertAfterCells(bare, protection + ranges, 'sheetProtection') ?? written;
}
