// What an unmet criterion adds to its commune's finding and to its cells' cues: "5", "5 (5.1, 5.3)".
// A national run has 66,000 unmet criteria but few distinct parts (per criterion, a few sets of
// unmet indicators): each part is built once and shared, not concatenated again per commune.
import type { CriterionResult } from './evaluate';
import { indicatorUnmet } from './evaluate';

/** Indicators past this many are not put in a mask: such a criterion's part is built each time. */
const MASK_BITS = 30;

interface KnownPart {
  /** The unmet indicators' codes, in order: the part is checked against them before it is reused. */
  codes: string[];
  part: string;
}

export class UnmetParts {
  /** Per criterion code, per mask of unmet indicator positions. */
  private readonly known = new Map<string, Map<number, KnownPart>>();

  /** The criterion's code, then its unmet indicators' codes in brackets (see unmetIndicators). */
  of(c: CriterionResult): string {
    const indicators = c.indicators;
    if (indicators.length > MASK_BITS) return c.code + unmetIndicators(c);
    // The criterion's own bits when it has them: no indicator is read (see CriterionResult.unmetBits).
    let mask = c.unmetBits ?? 0;
    if (c.unmetBits === undefined) for (let k = 0; k < indicators.length; k++) if (indicators[k].achieved === false) mask |= 1 << k;
    let byMask = this.known.get(c.code);
    if (!byMask) this.known.set(c.code, (byMask = new Map()));
    const seen = byMask.get(mask);
    // Two sets may list other indicators under one criterion code: a part is reused for the same codes only.
    if (seen) return sameCodes(seen.codes, c, mask) ? seen.part : c.code + unmetIndicators(c);
    const part = c.code + unmetIndicators(c);
    const codes: string[] = [];
    for (let k = 0; k < indicators.length; k++) if (mask & (1 << k)) codes.push(indicators[k].code);
    byMask.set(mask, { codes, part });
    return part;
  }
}

function sameCodes(codes: string[], c: CriterionResult, mask: number): boolean {
  let n = 0;
  for (let k = 0; k < c.indicators.length; k++) if (mask & (1 << k) && c.indicators[k].code !== codes[n++]) return false;
  return true;
}

/** " (1.1, 1.3)": the unmet indicators of an unmet criterion; "" when it is the criterion's own
 * code alone or none. */
export function unmetIndicators(c: CriterionResult): string {
  let codes = '';
  let count = 0;
  let only = '';
  for (let k = 0; k < c.indicators.length; k++) {
    if (!indicatorUnmet(c, k)) continue;
    const i = c.indicators[k];
    codes = count ? `${codes}, ${i.code}` : i.code;
    only = i.code;
    count++;
  }
  return count && !(count === 1 && only === c.code) ? ` (${codes})` : '';
}
