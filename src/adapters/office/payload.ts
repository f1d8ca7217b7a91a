// Request/response size estimates, so no batch comes near Excel on the web's 5 MB limit.

/** Bytes we allow per sync, under the 5 MB limit with room for Office's own envelope. */
export const BATCH_BUDGET_BYTES = 4 * 1024 * 1024;

/** UTF-8 length of a string without allocating (Vietnamese letters take 2–3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonSize(v: unknown): number {
  return utf8Length(JSON.stringify(v ?? null));
}
