// Open sets ship names such as "Nội dung 8.4" only so their codes resolve (no source names
// them). Printed after the code they read "Nội dung 8.4: Nội dung 8.4", so labels drop them.
import { cleanText } from '../text/normalize';

const WORDS = /^(?:tiêu chí|chỉ tiêu|nội dung|tc|ct)\s*(?:số\s*)?/iu;

/** True when a name says nothing but its own code ("Tiêu chí 3" for 3, "Nội dung 8.4" for 8.4). */
export function isPlaceholderName(code: string, name: string | undefined): boolean {
  if (!name) return false;
  const text = cleanText(name).toLocaleLowerCase('vi');
  const m = WORDS.exec(text);
  return !!m && text.slice(m[0].length).trim() === code;
}
