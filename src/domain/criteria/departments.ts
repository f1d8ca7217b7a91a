// Resolves department names as offices write them to one id, and splits cells listing several.
import type { CommuneKind } from '../model/program';
import { cleanText, foldKey, matchKey } from '../text/normalize';
import { DEPARTMENTS, type DepartmentEntry } from './departments-data';
import { editDistance, nameKey, toneNormalize } from './name-key';
import { COMMUNE_COUNTERPARTS, COMMUNE_ONLY_BODIES, bodyBeforeXa } from './commune-bodies';
import { departmentLevel, withoutProvinceWords, type DepartmentLevel } from './departments-level';

export type { DepartmentEntry } from './departments-data';

export type DepartmentResolution =
  | { id: string; name: string; commune?: { kind: CommuneKind; name: string } }
  | { unknown: string; suggestion?: string };

export interface ExtraDepartment {
  name: string;
  aliases: string[];
}

/**
 * "… huyện Trà Cú", "… khu vực Tiểu Cần – Trà Cú", "… thị xã Tân Châu": district-level place
 * tails, not names. "tỉnh" is not one: "UBND tỉnh" is not the district's committee.
 */
const PLACE_TAIL = /\s(?:cấp\s+)?(?:khu vực|liên huyện|huyện|thị xã|thành phố|tp|quận)(?:\s.*)?$/u;

/** A piece after a comma that only says where ("tỉnh Trà Vinh", "thị xã Tân Châu"): part of the name before it. */
const PLACE_LEAD = /^(?:cấp\s+)?(?:khu vực|liên huyện|huyện|thị xã|thành phố|tp|quận|tỉnh)(?:\s|$)/iu;

/** "Công an tỉnh An Giang": the province's name after "tỉnh" adds nothing; "tỉnh" itself stays. */
const PROVINCE_NAME = /\stỉnh\s.*$/u;

/**
 * "NHCSXH (chi nhánh tỉnh)", "Công an (huyện)": a bracket that only states the level reads as
 * that word; any other bracket ("(cơ quan thường trực)") is no part of the name.
 */
const LEVEL_BRACKET = /\(\s*(?:(?:chi nhánh|cấp)\s+)?(tỉnh|huyện)\s*\)/giu;

/** A head's title before the body's name: "Trưởng", "Phó trưởng", "Chỉ huy trưởng", "Chỉ huy phó", "Trạm
 * trưởng"; or its members ("Các thành viên BQL xã", seed 002 III.3: the board's members are the board). */
const HEAD_TITLE = /^(?:(?:phó\s+)?(?:chỉ huy\s+)?trưởng|chỉ huy phó|trạm trưởng|(?:các\s+)?thành viên)\s+(?=\S)/u;

/** Comparison key: nameKey without "và", leading "phòng" or a place tail. */
export function departmentKey(text: string): string {
  const bare = text.includes('(') ? cleanText(text).replace(LEVEL_BRACKET, ' $1 ').replace(/\([^)]*\)/g, ' ') : text;
  let k = nameKey(bare)
    .split(' ')
    .filter((t) => t && t !== 'và')
    .join(' ');
  // "Trưởng phòng NN&PTNT", "Lãnh đạo Phòng KT&HT", "Trưởng Công an xã", "Chỉ huy trưởng Ban CHQS
  // xã" (seed 001): the head of a body stands for it; so do its members.
  k = k.replace(/^(?:lãnh đạo|đại diện)\s+(?=\S)/u, '').replace(HEAD_TITLE, '');
  // "P. NN&PTNT", "P.KT-HT": the short form of "Phòng"; "VP Điều phối": of "Văn phòng".
  k = k.replace(/^p\.\s*|^p\s+(?=\S)/u, 'phòng ').replace(/^vp\.?\s+(?=\S)/u, 'văn phòng ');
  const stripped = k.replace(PLACE_TAIL, '');
  if (stripped) k = stripped;
  k = k.replace(PROVINCE_NAME, ' tỉnh');
  // A Sở is only ever the province's: "Sở Y tế tỉnh" is "Sở Y tế".
  if (k.startsWith('sở ')) k = k.replace(/\stỉnh$/u, '');
  if (k.startsWith('phòng ') && k.length > 6) k = k.slice(6);
  return k;
}

/**
 * PLACE_TAIL in an accent-blind key ("cong an thi xa tan chau"): what comes before the last place
 * word. Folded, "quận" is also "quân" and "quản": only ever used for a suggestion.
 */
const FOLDED_PLACE_TAIL = /^(.+)\s(?:cap\s+)?(?:khu vuc|lien huyen|huyen|thi xa|thanh pho|tp|quan)(?:\s.*)?$/u;

/** Accent-blind key; "phong" / "va" typed without accents are dropped like "phòng" / "và". */
function foldedKey(key: string): string {
  return foldKey(key).split(' ').filter((t, i) => t !== 'va' && !(i === 0 && t === 'phong')).join(' ');
}

const KINDS: Record<string, CommuneKind> = { 'xã': 'xa', 'thị trấn': 'thi-tran', 'phường': 'phuong' };
const KIND_LABEL: Record<CommuneKind, string> = { xa: 'xã', 'thi-tran': 'thị trấn', phuong: 'phường' };
const COMMITTEE = '(?:ubnd|ủy ban nhân dân|ub nd|ub)';
const COMMUNE_BODY = new RegExp(`^${COMMITTEE}\\s+(các\\s+)?(xã|thị trấn|phường)(?:\\s*[,/]?\\s*(?:các\\s+)?(?:xã|thị trấn|phường))*\\s*(.*)$`, 'iu');
const BARE_COMMUNE = /^(xã|thị trấn|phường)\s+(\S.*)$/iu;
/** Words that make "xã …" a department, not a commune name ("xã hội"). */
const NOT_A_NAME = /^(?:hội|viên|đội)\b/iu;

/** "UBND xã Ngọc Biên", "UBND thị trấn Trà Cú", "UBND các xã, thị trấn", "Xã Long Hiệp". */
function communeAuthority(text: string): DepartmentResolution | undefined {
  const t = toneNormalize(cleanText(text)).replace(/[.;:]+$/, '').trim();
  const m = COMMUNE_BODY.exec(t);
  if (m) {
    const all = Boolean(m[1]);
    const kind = KINDS[m[2].toLocaleLowerCase('vi')];
    const name = m[3].replace(/^[,\s]+/, '').trim();
    if (all) return { id: 'ubnd-xa:*', name: 'UBND các xã, thị trấn' };
    if (!name) return { id: `ubnd-xa:${kind}`, name: `UBND ${KIND_LABEL[kind]}` };
    return communeResult(kind, name);
  }
  const b = BARE_COMMUNE.exec(t);
  if (b && !NOT_A_NAME.test(b[2]) && b[2].split(' ').length <= 4) {
    return communeResult(KINDS[b[1].toLocaleLowerCase('vi')], b[2]);
  }
  return undefined;
}

/** A place name as offices write one: one to four words, each capitalised ("Đức Long", "Lê Lai"). */
const PLACE_NAME = /^(?:[\p{Lu}\d][\p{L}\d]*)(?:\s+[\p{Lu}\d][\p{L}\d]*){0,3}$/u;

/** "UBND xã Lê Lai, Đức Long" (seed 004): one committee per named commune, not one body named "Lê Lai, Đức Long". */
function communeBodies(text: string): string[] {
  const t = toneNormalize(cleanText(text)).replace(/[.;:]+$/, '').trim();
  const m = COMMUNE_BODY.exec(t);
  if (!m || m[1]) return [text];
  const names = m[3].replace(/^[,\s]+/, '').split(/\s*,\s*|\s+và\s+/u).map((n) => n.trim());
  if (names.length < 2 || !names.every((n) => PLACE_NAME.test(n))) return [text];
  const prefix = t.slice(0, t.length - m[3].length).trim();
  return names.map((n) => `${prefix} ${n}`);
}

function communeResult(kind: CommuneKind, name: string): DepartmentResolution {
  return { id: `ubnd-xa:${kind}:${matchKey(name)}`, name: `UBND ${KIND_LABEL[kind]} ${name}`, commune: { kind, name } };
}

/** "Ban phát triển ấp Hòa Tân", "Ban phát triển thôn 3": a named hamlet's board. */
const HAMLET_BOARD = /^ban phát triển\s+(ấp|thôn|xóm|bản|khóm|buôn|tổ dân phố)\s+(\S.*)$/iu;

/** Administrative words, never part of a place name after a body ("… Xã", "… Huyện"). */
const ADMIN_WORD = /^(?:xã|huyện|tỉnh|thị|trấn|phường|quận|thành|phố)$/iu;

/** Joins two names; never comes before a place name. */
const AND_WORD = /^(?:và|&)$/iu;

/** A name that says it is the district's ("Hội Nông dân huyện", "Huyện Đoàn"). */
const DISTRICT_WORD = /(?:^|\s)(?:huyện|thị xã|thành phố|quận)(?:\s|$)/u;

/** "Công chức Địa chính - Nông lâm xã" (commune plans, seed 001). */
const COMMUNE_OFFICER = /^công chức\s+(.+?)(?:\s+xã)?$/iu;

/** One id per commune body, whichever way it is written ("Công chức Văn phòng - Thống kê" / "Văn phòng - Thống kê"). */
function bodyId(name: string): string {
  const officer = COMMUNE_OFFICER.exec(name);
  return officer ? `cong-chuc-xa:${departmentKey(officer[1])}` : `xa-body:${departmentKey(name)}`;
}

/** "Đ/c Nguyễn Văn A - Chủ tịch UBND xã": a person, then the post they hold. */
const PERSON_WITH_POST = /^(?:đ\/c|đồng chí|ông|bà)\s+[^-–—]+?\s+[-–—]\s*(\S.*)$/iu;

const LIST_LEAD = /^(?:[-+*•]|\d{1,2}[.)])\s*/u;
const ROLE_LEAD = /^(?:chủ trì|phối hợp)(?:\s+với)?\s*[:,-]?\s*/iu;

/** "02 HTX-NN" (seed 002): how many of a body there are, not part of its name. */
const COUNT_LEAD = /^\d{1,3}\s+(?=\p{Lu})/u;

function tidy(part: string): string {
  return cleanText(part).replace(LIST_LEAD, '').replace(ROLE_LEAD, '').replace(COUNT_LEAD, '').replace(/[.,;:]+$/, '').trim();
}

/** What a registry derives from its entries alone, whatever the place or level it reads for. */
interface EntryIndex {
  byKey: Map<string, DepartmentEntry>;
  folded: { fold: string; entry: DepartmentEntry; level?: DepartmentLevel }[];
  /** Commune-only bodies by key: with "xã" always, bare only where only a commune has one. */
  communeBodies: Map<string, { name: string; bare: boolean }>;
}

function buildIndex(entries: readonly DepartmentEntry[]): EntryIndex {
  const byKey = new Map<string, DepartmentEntry>();
  const folded: EntryIndex['folded'] = [];
  for (const e of entries) {
    const level = departmentLevel(e.name);
    for (const n of [e.name, e.shortName, ...e.aliases]) {
      const key = departmentKey(n);
      if (!key || byKey.has(key)) continue;
      byKey.set(key, e);
      folded.push({ fold: foldedKey(key), entry: e, level });
    }
  }
  const communeBodies = new Map<string, { name: string; bare: boolean }>();
  for (const b of COMMUNE_ONLY_BODIES) {
    for (const n of [b.name, ...b.aliases]) {
      const key = departmentKey(n);
      if (key && !byKey.has(key) && !communeBodies.has(key)) communeBodies.set(key, b);
    }
  }
  return { byKey, folded, communeBodies };
}

// Every place's variant of a registry has the same entries: their index is built once, not per place.
const INDEXES = new WeakMap<readonly DepartmentEntry[], EntryIndex>();

function indexOf(entries: readonly DepartmentEntry[]): EntryIndex {
  let index = INDEXES.get(entries);
  if (!index) {
    index = buildIndex(entries);
    INDEXES.set(entries, index);
  }
  return index;
}

export class DepartmentRegistry {
  private readonly byKey: Map<string, DepartmentEntry>;
  private readonly folded: EntryIndex['folded'];
  // One workbook names the same few departments on every row: each text is resolved once.
  private readonly resolved = new Map<string, DepartmentResolution>();
  private readonly splits = new Map<string, readonly string[]>();
  private readonly known = new Map<string, boolean>();
  /** Key of the district's own name ("trà cú"): "Điện lực Trà Cú" is the district's Điện lực. */
  private placeKey = '';
  /** A commune's own plan: a bare "Hội Nông dân" is the commune's, not the district's. */
  private communeLevel = false;
  private readonly variants = new Map<string, DepartmentRegistry>();
  private readonly communeBodies: EntryIndex['communeBodies'];

  constructor(readonly entries: readonly DepartmentEntry[]) {
    const index = indexOf(entries);
    this.byKey = index.byKey;
    this.folded = index.folded;
    this.communeBodies = index.communeBodies;
  }

  get(id: string): DepartmentEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  resolve(text: string): DepartmentResolution {
    let r = this.resolved.get(text);
    if (!r) {
      r = Object.freeze(this.resolveUncached(text));
      if (this.resolved.size > 5000) this.resolved.clear();
      this.resolved.set(text, r);
    }
    return r;
  }

  /** A known department (not a commune's committee), without looking for suggestions. */
  knows(text: string): boolean {
    let known = this.known.get(text);
    if (known === undefined) {
      const shown = tidy(text);
      const key = departmentKey(shown);
      known = this.byKey.has(key) || this.withoutPlace(key) !== undefined || this.communeBody(shown) !== undefined;
      if (this.known.size > 5000) this.known.clear();
      this.known.set(text, known);
    }
    return known;
  }

  private resolveUncached(text: string): DepartmentResolution {
    const shown = tidy(text);
    const hit = this.byKey.get(departmentKey(shown));
    if (hit) {
      const own = COMMUNE_COUNTERPARTS[hit.id];
      if (own && this.communeLevel && !DISTRICT_WORD.test(nameKey(shown))) return { id: `xa-body:${hit.id}`, name: own };
      return { id: hit.id, name: hit.name };
    }
    const commune = communeAuthority(shown);
    if (commune) return commune;
    const officer = COMMUNE_OFFICER.exec(shown);
    if (officer) return { id: bodyId(shown), name: `Công chức ${officer[1]}` };
    const body = this.communeBody(shown);
    if (body) return body;
    // "Ban phát triển ấp Hòa Tân" (seed 002): one hamlet's board, a body of its own.
    const board = HAMLET_BOARD.exec(cleanText(shown));
    if (board) return { id: `ban-phat-trien-thon:${departmentKey(board[2])}`, name: `Ban phát triển ${board[1].toLocaleLowerCase('vi')} ${board[2]}` };
    // "Đ/c Dương Văn Cảnh - Chủ tịch UBND xã" (seed 002): the person stands for the post named.
    const person = PERSON_WITH_POST.exec(shown);
    if (person) {
      const post = this.resolve(person[1]);
      if ('id' in post) return post;
    }
    const local = this.withoutPlace(departmentKey(shown)) ?? this.beforePlaceName(shown);
    if (local) return { id: local.id, name: local.name };
    const suggestion = this.nearest(shown);
    return suggestion ? { unknown: shown, suggestion } : { unknown: shown };
  }

  /** "Trạm Y tế xã", "Hội Nông dân xã", "Công an xã Tân Thạnh", a bare "Trạm Y tế": the commune's body. */
  private communeBody(shown: string): { id: string; name: string } | undefined {
    const bare = this.communeBodies.get(departmentKey(shown));
    if (bare?.bare) return { id: bodyId(bare.name), name: bare.name };
    const stem = bodyBeforeXa(shown);
    if (!stem) return undefined;
    const key = departmentKey(stem);
    const only = this.communeBodies.get(key);
    if (only) return { id: bodyId(only.name), name: only.name };
    const district = this.byKey.get(key);
    const own = district && COMMUNE_COUNTERPARTS[district.id];
    return own ? { id: `xa-body:${district.id}`, name: own } : undefined;
  }

  /**
   * A district body followed by a place name in capitals ("Điện lực Cao Lộc" in a commune's plan,
   * seed 001), only where the title names no district. Not a body every commune has its own
   * of: "Hội Nông dân Tân Thạnh" may be the commune's.
   */
  private beforePlaceName(shown: string): DepartmentEntry | undefined {
    // A workbook of a known district: another place's body is not its own ("Điện lực Trà Cú" in Thử Nghiệm).
    if (this.placeKey) return undefined;
    const words = shown.split(/\s+/);
    for (let k = 1; k <= 3 && k < words.length; k++) {
      const tail = words.slice(-k);
      if (!tail.every((w) => /^\p{Lu}/u.test(w)) || tail.some((w) => ADMIN_WORD.test(w))) break;
      // No place name follows "và": "Sở Y tế và Sở GD&ĐT" is two bodies, for split() to part.
      if (AND_WORD.test(words[words.length - k - 1])) continue;
      const entry = this.byKey.get(departmentKey(words.slice(0, -k).join(' ')));
      if (entry) return COMMUNE_COUNTERPARTS[entry.id] ? undefined : entry;
    }
    return undefined;
  }

  /** A known department written with the district's name after it, without "huyện". */
  private withoutPlace(key: string): DepartmentEntry | undefined {
    if (!this.placeKey || !key.endsWith(` ${this.placeKey}`)) return undefined;
    return this.byKey.get(key.slice(0, -this.placeKey.length - 1));
  }

  /**
   * The same registry for a workbook of the district `place` ("Trà Cú", from its title rows):
   * "Điện lực Trà Cú", "Kho bạc Nhà nước Trà Cú" resolve like "… huyện Trà Cú". One per place.
   */
  withPlace(place: string | undefined): DepartmentRegistry {
    const key = place ? matchKey(place) : '';
    if (!key || !/\p{L}/u.test(key)) return this;
    return this.variant(key, this.communeLevel);
  }

  /** The same registry for a commune's own plan: bare "Hội Nông dân", "Công an" are the commune's. */
  forCommunePlan(): DepartmentRegistry {
    return this.variant(this.placeKey, true);
  }

  private variant(placeKey: string, communeLevel: boolean): DepartmentRegistry {
    if (placeKey === this.placeKey && communeLevel === this.communeLevel) return this;
    const id = `${communeLevel ? 'xa' : 'huyen'}|${placeKey}`;
    let reg = this.variants.get(id);
    if (!reg) {
      reg = new DepartmentRegistry(this.entries);
      reg.placeKey = placeKey;
      reg.communeLevel = communeLevel;
      this.variants.set(id, reg);
    }
    return reg;
  }

  /**
   * Nearest canonical name: same letters without accents, or a small edit distance; never one
   * of another level than the text names ("Sở Nông nghiệp và PTNT" is no Phòng's typo). A name
   * that names no level is read as the district's, as resolve() reads "Hội Nông dân".
   */
  nearest(text: string): string | undefined {
    const fold = foldedKey(departmentKey(text));
    if (!fold) return undefined;
    const level = departmentLevel(text) ?? 'district';
    // "Cong an thi xa": the place tail departmentKey drops when accented, dropped here too (only
    // for the suggestion, and only when the whole finds none: "quan" may be "quân sự", "quản lý").
    const bare = FOLDED_PLACE_TAIL.exec(fold)?.[1];
    return this.nearestTo(fold, level) ?? (bare ? this.nearestTo(bare, level) : undefined);
  }

  private nearestTo(fold: string, level: DepartmentLevel): string | undefined {
    let best: { d: number; entry: DepartmentEntry } | undefined;
    for (const f of this.folded) {
      if (f.level && f.level !== level) continue;
      const d = f.fold === fold ? 0 : editDistance(f.fold, fold);
      if (!best || d < best.d) best = { d, entry: f.entry };
    }
    if (!best) return undefined;
    const size = withoutProvinceWords(fold).length;
    const allowed = size <= 4 ? 0 : size <= 8 ? 1 : size <= 16 ? 2 : 3;
    return best.d <= allowed ? best.entry.name : undefined;
  }

  private resolves(text: string): boolean {
    return 'id' in this.resolve(text);
  }

  /**
   * The department names in a cell: split at line breaks, ";" and ","; a piece that is not a
   * department on its own but completes the previous one is put back ("UBND các xã, thị trấn").
   * " và " splits only when the whole is unknown and every side is known, so "Phòng Lao động –
   * Thương binh và Xã hội" stays whole. Dashes never split.
   */
  split(text: string): string[] {
    let parts = this.splits.get(text);
    if (!parts) {
      parts = Object.freeze(this.splitUncached(text));
      if (this.splits.size > 5000) this.splits.clear();
      this.splits.set(text, parts);
    }
    return [...parts];
  }

  private splitUncached(text: string): string[] {
    const out: string[] = [];
    for (const line of cleanText(text.replace(/\r?\n|;|•/g, '\u0001')).split('\u0001')) {
      const pieces: string[] = [];
      for (const raw of line.split(',')) {
        const piece = tidy(raw);
        if (!piece) continue;
        const prev = pieces[pieces.length - 1];
        if (prev !== undefined && !this.resolves(piece) && this.completes(prev, piece)) {
          pieces[pieces.length - 1] = `${prev}, ${piece}`;
        } else {
          pieces.push(piece);
        }
      }
      for (const piece of pieces) for (const part of this.splitAtVa(piece)) out.push(...communeBodies(part));
    }
    return out;
  }

  /**
   * A name with a comma in it ("Sở Văn hóa, Thể thao và Du lịch"), or a misspelling of one
   * ("Phòng Kinh tế, Hạ tầng và Đô thi"): kept whole, so that its head is not taken for another
   * department ("Phòng Kinh tế") and the finding offers the name meant.
   */
  private completes(prev: string, piece: string): boolean {
    const joined = `${prev}, ${piece}`;
    // "NHCSXH thị xã, UBMTTQ và các đoàn thể" (seed 002) resolves only because the place tail
    // after "thị xã" swallows the rest: the piece adds nothing to the name, so it is a name of its own.
    if (departmentKey(joined) === departmentKey(prev) && !PLACE_LEAD.test(piece)) return false;
    const r = this.resolve(joined);
    return 'id' in r || (r.suggestion?.includes(',') ?? false);
  }

  private splitAtVa(piece: string): string[] {
    if (this.resolves(piece) || !/\svà\s/iu.test(piece)) return [piece];
    return this.partition(piece.split(/\s+và\s+/iu)) ?? [piece];
  }

  /** Joins consecutive "và" parts into known departments, every part used; undefined if impossible. */
  private partition(parts: string[]): string[] | undefined {
    if (parts.length === 0) return [];
    for (let i = 1; i <= parts.length; i++) {
      const head = tidy(parts.slice(0, i).join(' và '));
      if (!this.resolves(head)) continue;
      const rest = this.partition(parts.slice(i));
      if (rest) return [head, ...rest];
    }
    return undefined;
  }

  /** A registry that also knows the workbook's own departments (merged into known ones by name). */
  withExtra(extra: readonly ExtraDepartment[]): DepartmentRegistry {
    const entries = this.entries.map((e) => ({ ...e, aliases: [...e.aliases] }));
    for (const x of extra) {
      const name = cleanText(x.name);
      if (!name) continue;
      const known = this.byKey.get(departmentKey(name));
      const target = known ? entries.find((e) => e.id === known.id) : undefined;
      if (target) target.aliases.push(...x.aliases);
      else entries.push({ id: `extra:${departmentKey(name).replace(/ /g, '-')}`, name, shortName: name, aliases: [...x.aliases] });
    }
    return new DepartmentRegistry(entries);
  }
}

export const DEFAULT_DEPARTMENTS = new DepartmentRegistry(DEPARTMENTS);

export function resolveDepartment(text: string): DepartmentResolution {
  return DEFAULT_DEPARTMENTS.resolve(text);
}

export function splitDepartments(text: string): string[] {
  return DEFAULT_DEPARTMENTS.split(text);
}

export function withExtraDepartments(extra: readonly ExtraDepartment[]): DepartmentRegistry {
  return DEFAULT_DEPARTMENTS.withExtra(extra);
}
