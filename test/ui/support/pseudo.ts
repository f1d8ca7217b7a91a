// Pseudo-localization: every string accented and 40% longer, inside brackets, so a test can
// see that no label is dropped or cut and that controls still wrap at the pane's width.
import type { Catalog } from '../../../src/ui/i18n';

const ACCENTED: Record<string, string> = { a: 'ȧ', e: 'ḗ', i: 'ī', o: 'ǿ', u: 'ŭ', c: 'ç', n: 'ñ', s: 'š', t: 'ŧ', A: 'Ȧ', E: 'Ḗ', O: 'Ǿ', T: 'Ŧ' };
const PAD = 'ẞàéîõüǅ';

export function pseudoString(s: string): string {
  if (!s) return s;
  const body = [...s].map((ch) => ACCENTED[ch] ?? ch).join('');
  const extra = Math.ceil(s.length * 0.4);
  let pad = '';
  for (let i = 0; i < extra; i++) pad += PAD[i % PAD.length];
  return `[${body}${pad}]`;
}

function pseudoValue(v: unknown): unknown {
  if (typeof v === 'string') return pseudoString(v);
  if (typeof v === 'function') return (...args: unknown[]) => pseudoString((v as (...a: unknown[]) => string)(...args));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pseudoValue(x)]));
  return v;
}

export function pseudoCatalog(c: Catalog): Catalog {
  return pseudoValue(c) as Catalog;
}
