// Hamlets (ấp, thôn, bản …) in a scope cell: places within a commune, not communes.
import { parseAdminName, splitNameList } from './admin-names';

const HAMLET_WORD = '(?:ấp|thôn|xóm|bản|khóm|buôn|làng|sóc|phum|tổ dân phố|tdp|khu phố)';

/** "Ấp Hòa Tân", "Thôn 3", "Tổ dân phố 2": a hamlet inside a commune, not a commune. */
const HAMLET_RE = new RegExp(`^${HAMLET_WORD}\\s+\\S`, 'iu');

/** "2 ấp Hòa Tân, Hòa Thạnh", "Các thôn: Nà Pàn, Còn Chủ", "Ấp: Hòa Tân": the word said once for the list. */
const LIST_HEAD_RE = new RegExp(`^(?:(\\d{1,3}|các|những)\\s+)?(${HAMLET_WORD})(\\s*:\\s*|\\s+)(?=\\S)`, 'iu');

/** "Thôn 3, 5": a number goes on the list it follows, never a ward "5". */
const NUMBER_RE = /^\d{1,3}[a-z]?$/iu;

/**
 * The names of a scope cell that lists hamlets, as written ("Ấp Hòa Tân", "Hòa Thạnh"), else undefined.
 * The first name carries the hamlet word; the ones after it may share it ("Ấp Hòa Tân, Hòa Thạnh",
 * seed 002) unless they say they are a commune ("xã Tân Sơn"). Whether a shared name is in fact a
 * commune of the workbook is the caller's to ask.
 */
export function hamletList(text: string): string[] | undefined {
  let t = text.normalize('NFC').trimStart();
  const head = LIST_HEAD_RE.exec(t);
  // The count or the colon belongs to the list, not to its first name ("2 ấp Hòa Tân" is "ấp Hòa Tân").
  if (head && (head[1] || head[3].includes(':'))) t = `${head[2]} ${t.slice(head[0].length)}`;
  const parts = splitNameList(t);
  if (!parts.length || !HAMLET_RE.test(parts[0])) return undefined;
  const rest = parts.slice(1);
  return rest.every((p) => HAMLET_RE.test(p) || !parseAdminName(p).prefixWritten) ? parts : undefined;
}

/** A name of a hamlet list that could be a commune's instead: not a bare number ("Thôn 3, 5"). */
export function mayNameCommune(name: string): boolean {
  return !NUMBER_RE.test(name);
}
