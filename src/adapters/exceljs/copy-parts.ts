// Parts of the original package copied into the written one with everything they use: a chart
// brings its style, colours, embedded workbook and the shapes drawn on it, each with its own
// relationships (restore-shapes.ts). A part keeps its name unless the copy already has one like
// it (ExcelJS numbers its own drawings and pictures from 1), then it gets the next free number;
// the relationships pointing to it are rewritten, and each part gets its content type. A picture
// file ExcelJS wrote as it was (it writes all of the original's) is used as it is, not copied again.
import type JSZip from 'jszip';
import { relationships, relativeTo, relsPathOf, resolveTarget } from './package-rels';

const TYPES = '[Content_Types].xml';

/** The parts of `zip` that `part`'s relationships reach, through theirs (`part` not included unless a cycle leads back). */
export async function partsReached(zip: JSZip, part: string, seen = new Set<string>()): Promise<Set<string>> {
  for (const rel of relationships((await zip.file(relsPathOf(part))?.async('string')) ?? '')) {
    const target = rel.external ? undefined : partIn(zip, resolveTarget(part, rel.target));
    if (target === undefined || seen.has(target)) continue;
    seen.add(target);
    await partsReached(zip, target, seen);
  }
  return seen;
}

/** The part's name as `zip` holds it (a relationship may give it %-encoded), or undefined. */
export function partIn(zip: JSZip, path: string): string | undefined {
  if (zip.file(path)) return path;
  try {
    const decoded = decodeURIComponent(path);
    return zip.file(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

export class PartCopier {
  /** Part in the original → its name in the copy. */
  private readonly copied = new Map<string, string>();
  private readonly taken: Set<string>;
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();

  constructor(
    private readonly source: JSZip,
    private readonly copy: JSZip,
  ) {
    // Part names are case-insensitive in a package.
    this.taken = new Set(Object.keys(copy.files).map((n) => n.toLowerCase()));
  }

  /** The copy's name for the original's `part`, copied (with what it uses) on the first ask; undefined when the original lacks it. */
  async partFor(part: string): Promise<string | undefined> {
    const have = this.copied.get(part);
    if (have !== undefined) return have;
    const file = this.source.file(part);
    if (!file) return undefined;
    const bytes = await file.async('uint8array');
    if (await this.writtenAsItWas(part, bytes)) {
      this.copied.set(part, part);
      await this.type(part, part);
      return part;
    }
    const name = this.newName(part);
    this.copied.set(part, name);
    this.copy.file(name, bytes);
    await this.type(part, name);
    const rels = await this.source.file(relsPathOf(part))?.async('string');
    if (rels !== undefined) this.copy.file(relsPathOf(name), await this.relinked(rels, part, name));
    return name;
  }

  /** Changes the copy of the original's XML `part` (copied first if need be). */
  async edit(part: string, change: (xml: string) => string): Promise<void> {
    const name = await this.partFor(part);
    const xml = name === undefined ? undefined : await this.copy.file(name)?.async('string');
    if (name !== undefined && xml !== undefined) this.copy.file(name, change(xml));
  }

  /** Adds the content types of the parts copied to the copy's `[Content_Types].xml`. */
  async finish(): Promise<void> {
    if (!this.overrides.size && !this.defaults.size) return;
    const types = await this.copy.file(TYPES)?.async('string');
    if (types === undefined) return;
    const defaults = [...this.defaults].map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('');
    const overrides = [...this.overrides].map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('');
    // Defaults before the Overrides, as Excel writes them (either order is valid).
    const at = types.search(/<Override\b|<\/Types>/);
    this.copy.file(TYPES, types.slice(0, at) + defaults + types.slice(at).replace('</Types>', () => `${overrides}</Types>`));
    const written = await this.copyDefaults();
    for (const [ext, type] of this.defaults) written.set(ext, type);
    this.overrides.clear();
    this.defaults.clear();
  }

  /** The part's relationships, each internal target copied too and pointed to under its name in the copy. */
  private async relinked(rels: string, part: string, name: string): Promise<string> {
    let out = '';
    let last = 0;
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const [rel] = relationships(m[0]);
      const target = rel.external ? undefined : partIn(this.source, resolveTarget(part, rel.target));
      // A target the original lacks stays as it was: pointing where it pointed.
      const moved = target === undefined ? undefined : await this.partFor(target);
      const el = moved === undefined ? m[0] : m[0].replace(/(\sTarget=")[^"]*"/, (_, head: string) => `${head}${relativeTo(name, moved)}"`);
      out += rels.slice(last, m.index) + el;
      last = m.index! + m[0].length;
    }
    return out + rels.slice(last);
  }

  /** Whether the copy has `part` under its name with these bytes, and `part` uses no other part (its relationships would be the copy's). */
  private async writtenAsItWas(part: string, bytes: Uint8Array): Promise<boolean> {
    const written = this.copy.file(part);
    return written !== null && !this.source.file(relsPathOf(part)) && sameBytes(await written.async('uint8array'), bytes);
  }

  /** A name like `part`'s (its number moved on) that no part of the copy has, kept for the caller. */
  newName(part: string): string {
    let name = part;
    const m = /^(.*?)(\d*)(\.[^./]*)?$/.exec(part)!;
    for (let n = m[2] ? Number(m[2]) + 1 : 1; this.taken.has(name.toLowerCase()); n++) name = `${m[1]}${n}${m[3] ?? ''}`;
    this.taken.add(name.toLowerCase());
    return name;
  }

  /** Records the content type `name` needs: the original part's, as an Override, or through its extension's Default. */
  private async type(part: string, name: string): Promise<void> {
    const { overrides, defaults } = await this.sourceTypes();
    const ext = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    const type = overrides.get(part.toLowerCase()) ?? defaults.get(ext);
    if (type === undefined) return;
    const copyDefaults = await this.copyDefaults();
    const dflt = copyDefaults.get(ext) ?? this.defaults.get(ext);
    if (dflt === type) return;
    if (dflt === undefined && ext && !overrides.has(part.toLowerCase())) this.defaults.set(ext, type);
    else this.overrides.set(name, type);
  }

  private sourceTypesRead?: Promise<{ overrides: Map<string, string>; defaults: Map<string, string> }>;
  private copyDefaultsRead?: Promise<Map<string, string>>;

  private sourceTypes() {
    this.sourceTypesRead ??= this.source.file(TYPES)?.async('string').then(parseTypes) ?? Promise.resolve(parseTypes(''));
    return this.sourceTypesRead;
  }

  // Read once, before any Default is added: `defaults` holds the ones added since.
  private copyDefaults() {
    this.copyDefaultsRead ??= (this.copy.file(TYPES)?.async('string') ?? Promise.resolve('')).then((t) => parseTypes(t).defaults);
    return this.copyDefaultsRead;
  }
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A `[Content_Types].xml`: part name (lower case, no leading "/") → type, and extension (lower case) → type. */
function parseTypes(xml: string): { overrides: Map<string, string>; defaults: Map<string, string> } {
  const attr = (el: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1] ?? '';
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const m of xml.matchAll(/<Override\b[^>]*>/g)) overrides.set(attr(m[0], 'PartName').replace(/^\//, '').toLowerCase(), attr(m[0], 'ContentType'));
  for (const m of xml.matchAll(/<Default\b[^>]*>/g)) defaults.set(attr(m[0], 'Extension').toLowerCase(), attr(m[0], 'ContentType'));
  return { overrides, defaults };
}
