// Excel sheet names: at most 31 characters, none of []:*?/\ , no apostrophe at either end,
// unique without regard to case.
import { OWNED_SHEET_PREFIX } from '../plan/highlight-plan';

export const MAX_SHEET_NAME = 31;
const INVALID = /[[\]:*?/\\]/g;

export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

/** An owned ('TH_') sheet name, made valid and distinct from the names in `used` (which it joins). */
export function ownedSheetName(wanted: string, used: Set<string>): string {
  let base = wanted.startsWith(OWNED_SHEET_PREFIX) ? wanted : OWNED_SHEET_PREFIX + wanted;
  base = base.replace(INVALID, '-').replace(/\s+/g, ' ').replace(/'+$/, '').trim().slice(0, MAX_SHEET_NAME).trim();
  let name = base;
  for (let i = 2; used.has(name.toLocaleLowerCase('vi')); i++) {
    const suffix = ` (${i})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  }
  used.add(name.toLocaleLowerCase('vi'));
  return name;
}

/** A reference to a cell of a sheet for a link target, always quoted: "'Phân công'!B7". */
export function cellReference(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}
