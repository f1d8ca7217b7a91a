// Attributes of one element of a package part that the office set and ExcelJS drops, copied
// from the original's element onto the written one. Each differs from its schema default; an
// attribute ExcelJS did write is left as written. LibreOffice spells booleans "true"/"false".

const norm = (v: string) => (v === 'true' ? '1' : v === 'false' ? '0' : v);

export type Settings = [name: string, value: string][];

/** The attributes of the start tag `el` among those `defaults` lists (name → schema default) whose value differs from it. */
export function settingsIn(el: string, defaults: Readonly<Record<string, string>>): Settings {
  const out: Settings = [];
  for (const m of el.matchAll(/\s(\w+)="([^"]*)"/g)) {
    const want = defaults[m[1]];
    if (want !== undefined && norm(m[2]) !== want) out.push([m[1], norm(m[2])]);
  }
  return out;
}

/** The start tag `el` with those of `want` it lacks added. */
export function withSettings(el: string, want: Settings): string {
  const missing = want.filter(([name]) => !new RegExp(`\\s${name}="`).test(el));
  if (!missing.length) return el;
  return el.replace(/(\s*\/?>)$/, `${missing.map(([n, v]) => ` ${n}="${v}"`).join('')}$1`);
}

export interface TagSettings {
  /** Cheap test on an original worksheet part: the element has a setting to copy. */
  has(xml: string): boolean;
  /** `written` with the original element's settings it lacks. */
  copy(original: string, written: string): string;
}

/** The settings of the first element `tag` matches, among the attributes `defaults` lists (name → schema default). */
export function tagSettings(tag: RegExp, defaults: Readonly<Record<string, string>>): TagSettings {
  const settings = (xml: string): Settings => {
    const el = tag.exec(xml)?.[0];
    return el ? settingsIn(el, defaults) : [];
  };
  return {
    has: (xml) => settings(xml).length > 0,
    copy(original, written) {
      const want = settings(original);
      const el = tag.exec(written)?.[0];
      if (!want.length || !el) return written;
      const fixed = withSettings(el, want);
      return fixed === el ? written : written.replace(el, () => fixed);
    },
  };
}
