// Relationships between the parts of an .xlsx package (OPC): how a sheet finds its drawing, and
// how a part is linked when the package pass adds one.
/** The relationship types' namespace, also the namespace of `r:id`, `r:embed` in parts. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/**
 * The attributes of the relationships namespace (`r:id`, `r:embed`: Ids of the part's
 * relationships) under whatever prefix `xml` binds to it; groups: the attribute up to its value's
 * opening quote, the value.
 */
export function relationshipAttributes(xml: string): RegExp {
  const prefixes = new Set(['r', ...[...xml.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].filter((m) => m[2] === REL_NS).map((m) => m[1])]);
  return new RegExp(`(\\s(?:${[...prefixes].map((p) => p.replace(/[.-]/g, '\\$&')).join('|')}):[\\w.-]+\\s*=\\s*")([^"]*)"`, 'g');
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function relationships(relsXml: string): Relationship[] {
  return [...relsXml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(m[0])?.[1] ?? '';
    return { id: attr('Id'), type: attr('Type'), target: attr('Target'), external: attr('TargetMode') === 'External' };
  });
}

/** The package path a part's relationship points to: relative to the part's folder, or from the root ("/xl/…"). */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const path = part.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') path.pop();
    else if (step !== '.' && step !== '') path.push(step);
  }
  return path.join('/');
}

/** An Id ("rIdN") no relationship in the file has. */
export function freshId(relsXml: string): string {
  const ids = new Set(relationships(relsXml).map((r) => r.id));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** The rels file with one more relationship (a new rels file when there was none). */
export function withRelationship(relsXml: string | undefined, rel: Omit<Relationship, 'external'> & { external?: boolean }): string {
  const el = `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${rel.target}"${rel.external ? ' TargetMode="External"' : ''}/>`;
  if (relsXml === undefined) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${el}</Relationships>`;
  return relsXml.replace('</Relationships>', () => `${el}</Relationships>`);
}

/** The rels file with the relationship `id` pointing to `target`. */
export function withTarget(relsXml: string, id: string, target: string): string {
  return relsXml.replace(/<Relationship\b[^>]*>/g, (el) => (relationships(el)[0]?.id === id ? el.replace(/\sTarget="[^"]*"/, () => ` Target="${target}"`) : el));
}

/** The rels file without the relationship `id`. */
export function withoutRelationship(relsXml: string, id: string): string {
  return relsXml.replace(/<Relationship\b[^>]*>/g, (el) => (relationships(el)[0]?.id === id ? '' : el));
}

/** `target`'s path from `part`'s folder ("xl/worksheets/sheet1.xml", "xl/drawings/drawing2.xml" → "../drawings/drawing2.xml"). */
export function relativeTo(part: string, target: string): string {
  const from = part.split('/').slice(0, -1);
  const to = target.split('/');
  let same = 0;
  while (same < from.length && same < to.length - 1 && from[same] === to[same]) same++;
  return [...from.slice(same).map(() => '..'), ...to.slice(same)].join('/');
}
