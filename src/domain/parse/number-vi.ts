// Numbers written the Vietnamese way: decimal comma, dot thousands ("15,1", "1.234,5", "85%").
import { cleanText } from '../text/normalize';

export interface ViNumber {
  value: number;
  /** Written with "%": value is the number before the sign (85 for "85%"). */
  percent: boolean;
}

const SHAPE_RE = /^([+\-\u2212]?)(\d[\d.,]*)(%?)$/;
const GROUPED_RE = /^\d{1,3}(?:[.,]\d{3})+$/;
const SPACES_RE = /\s+/g;

/**
 * Parse "15,1", "0,85", "1.234,5", "1.234.567", "85%", "85,5 %", "-3". Rules: with both separators the
 * last one is the decimal mark; a lone comma is decimal; a lone dot is decimal unless it sits before
 * exactly three digits ("1.234" = 1234, Vietnamese thousands); repeated separators must group by three.
 */
export function parseNumberViDetailed(text: string): ViNumber | undefined {
  const s = cleanText(text).replace(SPACES_RE, '');
  const m = SHAPE_RE.exec(s);
  if (!m) return undefined;
  const body = m[2];
  if (/[.,]$/.test(body)) return undefined;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const intPart = body.slice(0, decimalAt);
    if (!GROUPED_RE.test(intPart) || intPart.includes(body[decimalAt])) return undefined;
    normalized = intPart.replace(/[.,]/g, '') + '.' + body.slice(decimalAt + 1);
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const count = body.split(sep).length - 1;
    if (count > 1) {
      if (!GROUPED_RE.test(body)) return undefined;
      normalized = body.split(sep).join('');
    } else if (sep === '.' && GROUPED_RE.test(body) && !body.startsWith('0')) {
      normalized = body.replace('.', '');
    } else {
      normalized = body.replace(sep, '.');
    }
  } else {
    normalized = body;
  }
  const n = Number(normalized);
  if (!Number.isFinite(n)) return undefined;
  return { value: m[1] ? -n : n, percent: m[3] === '%' };
}

/** The number in a Vietnamese-formatted text ("85%" → 85), or undefined. */
export function parseNumberVi(text: string): number | undefined {
  return parseNumberViDetailed(text)?.value;
}
