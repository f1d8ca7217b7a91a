// The communes of the district: from the communes sheet when there is one, otherwise as met.
// Resolves every written name to one key and reports unknown names and inconsistent spellings.
import type { Commune, CommuneKind, SourceRef } from '../model/program';
import { parseAdminName } from '../text/admin-names';
import { nearest } from '../text/suggest';
import { foldKey, matchKey } from '../text/normalize';
import type { FindingSink } from '../rules/finding-sink';
import { reportHiddenSetAside, type HiddenCells } from './hidden-cells';

const KIND_WORD: Record<CommuneKind, string> = { xa: 'xã', 'thi-tran': 'thị trấn', phuong: 'phường' };

export function communeDisplay(c: Pick<Commune, 'kind' | 'name'>): string {
  return c.kind === 'xa' ? c.name : `${KIND_WORD[c.kind]} ${c.name}`;
}

export class CommuneRegistry {
  private readonly byKey = new Map<string, Commune>();
  /** Spellings seen for each key, to report later variants once per spelling: a lone spelling as
   * its string (most communes are written one way: no Set for each of a national list's 8,227). */
  private readonly spellings = new Map<string, string | Set<string>>();
  private readonly reportedUnknown = new Set<string>();
  authoritative = false;

  constructor(
    private readonly sink: FindingSink,
    private readonly hidden?: HiddenCells,
  ) {}

  get all(): Commune[] {
    return [...this.byKey.values()];
  }

  /** Keys in the order the status sheets name them, once `recordOrder` is called. */
  private statusOrder?: Set<string>;

  /** From now on the names resolved are the status sheets': their order is the summaries'. */
  recordOrder(): void {
    this.statusOrder = new Set();
  }

  /**
   * The order communes are listed in: the communes sheet's; without one, the status sheets'
   * (columns of a matrix, rows of a table), then the communes named elsewhere only. An
   * assignment's "Xã áp dụng" cell, read first, must not reorder the summaries (seed 003 probe).
   */
  get order(): string[] {
    if (this.authoritative || !this.statusOrder) return [...this.byKey.keys()];
    return [...new Set([...this.statusOrder, ...this.byKey.keys()])];
  }

  get(key: string): Commune | undefined {
    return this.byKey.get(key);
  }

  /** Registers a commune from the communes sheet (authoritative list). */
  define(c: Commune): Commune {
    const existing = this.byKey.get(c.key);
    if (existing) {
      this.sink.add('commune.duplicate', 'warning', c.source, {
        vi: `Xã "${communeDisplay(c)}" có hai dòng trong danh sách xã.`,
        en: `Commune "${communeDisplay(c)}" is listed twice.`,
      }, { commune: c.key, found: communeDisplay(c), expected: existing.source ? `${existing.source.sheet}!${existing.source.cell}` : undefined });
      return existing;
    }
    this.byKey.set(c.key, c);
    this.spellings.set(c.key, c.name);
    this.authoritative = true;
    return c;
  }

  private spelt(key: string, name: string): boolean {
    const seen = this.spellings.get(key);
    return seen === name || (typeof seen === 'object' && seen.has(name));
  }

  private addSpelling(key: string, name: string): void {
    const seen = this.spellings.get(key);
    if (seen === undefined) this.spellings.set(key, name);
    else if (typeof seen === 'string') {
      if (seen !== name) this.spellings.set(key, new Set([seen, name]));
    } else seen.add(name);
  }

  /** The commune a written name is, if already known; nothing is registered or reported. */
  find(raw: string, defaultKind: CommuneKind = 'xa'): Commune | undefined {
    const parsed = parseAdminName(raw, defaultKind);
    return parsed.name ? this.lookup(parsed) : undefined;
  }

  private lookup(parsed: ReturnType<typeof parseAdminName>): Commune | undefined {
    const c = this.byKey.get(parsed.key);
    if (c || parsed.prefixWritten) return c;
    // A name written without prefix may be the town of that name when no such xã exists.
    const bare = parsed.key.slice(parsed.key.indexOf(':') + 1);
    for (const kind of ['thi-tran', 'phuong', 'xa'] as CommuneKind[]) {
      const alt = this.byKey.get(`${kind}:${bare}`);
      if (alt) return alt;
    }
    return undefined;
  }

  /**
   * Resolves a written name. Unknown names are registered unless the list is authoritative,
   * in which case they are reported (with the nearest known name) and undefined is returned.
   * An unknown name in a hidden row (with a list), or heading a hidden commune column of a matrix
   * (`hiddenColumn`: filters hide rows, never columns), is an old commune the office set aside:
   * said as info, not read.
   */
  resolve(raw: string, ref: SourceRef, defaultKind: CommuneKind = 'xa', opts: { hiddenColumn?: boolean } = {}): Commune | undefined {
    const parsed = parseAdminName(raw, defaultKind);
    if (!parsed.name) return undefined;
    if (parsed.prefixProblem) {
      this.sink.add('commune.prefix', 'warning', ref, {
        vi: `Tiền tố hành chính viết sai: "${raw}". ${parsed.prefixProblem}`,
        en: `Misspelt administrative prefix: "${raw}".`,
      }, { found: raw, suggestion: communeDisplay(parsed), keyHint: raw });
    }
    const c = this.lookup(parsed);
    const key = c?.key ?? parsed.key;
    if (c) {
      // "XÃ TÂN SƠN" in capitals (a heading's style) is no other spelling of "Tân Sơn".
      // "Đắk Hoà" / "Đắk Hòa", "N’Jang" / "N'Jang": both placements of the tone, both apostrophes
      // are right; only a real difference of spelling ("Tập sơn") is said.
      if (!this.spelt(key, parsed.name) && !allCaps(parsed.name) && !typographicOnly(parsed.name, c.name)) {
        this.addSpelling(key, parsed.name);
        // Without a communes sheet the first spelling names the commune; one in lower case ("xã Lê
        // lợi" in a scope cell, seed 004) gives way to the name written properly, and is the one said.
        if (!this.authoritative && betterCased(parsed.name, c.name)) {
          this.sink.add('commune.variant', 'warning', c.source ?? ref, {
            vi: `Tên xã viết khác nhau: "${c.name}" và "${parsed.name}".`,
            en: `The same commune is spelt two ways: "${c.name}" and "${parsed.name}".`,
          }, { commune: key, found: c.name, expected: parsed.name, suggestion: parsed.name });
          c.name = parsed.name;
          this.statusOrder?.add(c.key);
          return c;
        }
        this.sink.add('commune.variant', 'warning', ref, {
          vi: `Tên xã viết khác nhau: "${parsed.name}" và "${c.name}".`,
          en: `The same commune is spelt two ways: "${parsed.name}" and "${c.name}".`,
        }, { commune: key, found: parsed.name, expected: c.name, suggestion: c.name });
      }
      this.statusOrder?.add(c.key);
      return c;
    }
    const hiddenRow = this.authoritative && this.hidden?.rowOf(ref);
    if (opts.hiddenColumn || hiddenRow) {
      if (!this.reportedUnknown.has(`hidden|${key}|${ref.sheet}`)) {
        this.reportedUnknown.add(`hidden|${key}|${ref.sheet}`);
        const why = this.authoritative ? { vi: 'không có trong danh sách xã', en: 'not in the list of communes' } : { vi: 'không thấy ở trang nào khác', en: 'seen on no other sheet' };
        reportHiddenSetAside(this.sink, ref, { vi: `ghi xã "${raw.trim()}" (${why.vi})`, en: `holds commune "${raw.trim()}" (${why.en})` }, hiddenRow ? 'row' : 'column', `${ref.sheet}|${key}`);
      }
      return undefined;
    }
    const known = this.all.filter((k) => k.kind === parsed.kind).map((k) => k.name);
    const near = nearest(parsed.name, known);
    if (this.authoritative) {
      if (!this.reportedUnknown.has(`${key}|${ref.sheet}`)) {
        this.reportedUnknown.add(`${key}|${ref.sheet}`);
        this.sink.add('commune.unknown', 'error', ref, {
          vi: `Không có xã "${communeDisplay(parsed)}" trong danh sách xã.` + (near ? ` Có phải "${near.candidate}"?` : ''),
          en: `"${communeDisplay(parsed)}" is not in the list of communes.` + (near ? ` Did you mean "${near.candidate}"?` : ''),
        }, { commune: key, found: raw, suggestion: near?.candidate });
      }
      return undefined;
    }
    if (near && near.accentOnly && foldKey(near.candidate) === foldKey(parsed.name)) {
      this.sink.add('commune.variant', 'warning', ref, {
        vi: `"${parsed.name}" chỉ khác "${near.candidate}" ở dấu: có phải cùng một xã?`,
        en: `"${parsed.name}" differs from "${near.candidate}" only by diacritics: the same commune?`,
      }, { commune: key, found: parsed.name, suggestion: near.candidate });
    }
    const created: Commune = { key, name: allCaps(parsed.name) ? titleCase(parsed.name) : parsed.name, kind: parsed.kind, source: ref };
    this.byKey.set(key, created);
    this.spellings.set(key, parsed.name);
    this.statusOrder?.add(key);
    return created;
  }
}

/** `a` is `b` with every word capitalised, as a place name is written, where `b` has a word in lower case. */
function betterCased(a: string, b: string): boolean {
  const proper = (x: string) => x.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w));
  return a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi') && proper(a) && !proper(b);
}

/** Same key, and the same letters once lower-cased: the two differ only by tone placement or apostrophe. */
function typographicOnly(a: string, b: string): boolean {
  return a.toLowerCase() !== b.toLowerCase() && matchKey(a) === matchKey(b);
}

/** Written in capitals, as headings are ("TÂN SƠN"); one-letter names are not. */
function allCaps(name: string): boolean {
  return name.length > 2 && !/^[IVXLC]+$/.test(name) && name === name.toLocaleUpperCase('vi') && name !== name.toLocaleLowerCase('vi');
}

/** "TÂN SƠN" → "Tân Sơn": how place names are shown. */
function titleCase(name: string): string {
  return name.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toLocaleUpperCase('vi'));
}
