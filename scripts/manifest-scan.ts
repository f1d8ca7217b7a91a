// A minimal XML element scanner for manifest.xml: element names, their ancestors, attributes
// and direct text. Enough for cross-reference checks once the schema has vouched for the file;
// no XML parser is a direct dependency of the project.

export interface ScannedElement {
  /** Local name without prefix, e.g. "Image" for <bt:Image>. */
  readonly name: string;
  /** Local names of the ancestors, outermost first. */
  readonly ancestors: readonly string[];
  readonly attributes: Readonly<Record<string, string>>;
  /** Text directly inside the element (entities decoded, trimmed). */
  text: string;
  /** 1-based line of the start tag, for messages. */
  readonly line: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#') ? String.fromCodePoint(parseInt(e.slice(1), 10))
        : ENTITIES[e],
  );
}

const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/** Lists every element of `xml` in document order. Comments, PIs and CDATA are skipped. */
export function scanElements(xml: string): ScannedElement[] {
  // Blank out comments etc. with same-length filler so that line numbers stay right.
  const blank = (m: string): string => m.replace(/[^\n]/g, ' ');
  const body = xml.replace(/<!--[\s\S]*?-->/g, blank).replace(/<\?[\s\S]*?\?>/g, blank).replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, blank);
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const attr = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const out: ScannedElement[] = [];
  const stack: ScannedElement[] = [];
  let last = 0;
  let line = 1;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(body))) {
    const between = body.slice(last, m.index);
    if (stack.length && between.trim()) stack[stack.length - 1].text += decodeEntities(between.trim());
    line += (body.slice(last, m.index).match(/\n/g) ?? []).length;
    last = tag.lastIndex;
    const [whole, closing, qname, attrText, selfClosing] = m;
    if (closing) {
      stack.pop();
    } else {
      const attributes: Record<string, string> = {};
      let a: RegExpExecArray | null;
      attr.lastIndex = 0;
      while ((a = attr.exec(attrText))) attributes[a[1]] = decodeEntities(a[2] ?? a[3] ?? '');
      const el: ScannedElement = { name: localName(qname), ancestors: stack.map((s) => s.name), attributes, text: '', line };
      out.push(el);
      if (!selfClosing) stack.push(el);
    }
    line += (whole.match(/\n/g) ?? []).length;
  }
  return out;
}
