// The styles of the office's conditional formats (styles.xml's <dxfs>: a rule's font, fill,
// border and number format, named by index). ExcelJS rewrote them wrong: "not italic" became
// italic, borders were dropped and a number format was written as "[object Object]" (Excel then
// repairs the file, exceljs#2698). The original's are added after the copy's own (a table
// column's format, which ExcelJS writes there too), and the sheets' rules copied from the
// original (conditional-formats.ts) are moved up by as many. A number format whose id the copy's
// cells use for another code gets an id of its own: Excel numbers both from one list.
import type JSZip from 'jszip';

const STYLES = 'xl/styles.xml';
const DXFS = /<dxfs\b[^>]*?(?:\/>|>([\s\S]*?)<\/dxfs>)/;
const DXF = /<dxf\b[^>]*?(?:\/>|>[\s\S]*?<\/dxf>)/g;
const NUM_FMT = /<numFmt\b[^>]*?\snumFmtId="(\d+)"[^>]*?\sformatCode="([^"]*)"/g;
/** Where <dxfs> goes when a styles part has none: before what CT_Stylesheet puts after it. */
const AFTER_DXFS = /<tableStyles\b|<colors\b|<extLst\b|<\/styleSheet>/;

/** The <dxf> elements of a styles part, in order. */
export const dxfsOf = (styles: string): string[] => DXFS.exec(styles)?.[1]?.match(DXF) ?? [];

/** `copy` (a styles part) with `added` after its own <dxf>s, and the index the first of them gets. */
export function withDxfsAdded(copy: string, added: string[]): { styles: string; base: number } {
  const own = dxfsOf(copy);
  const codes = new Map([...(/<numFmts\b[\s\S]*?<\/numFmts>/.exec(copy)?.[0] ?? '').matchAll(NUM_FMT)].map((m) => [m[1], m[2]]));
  let next = Math.max(163, ...[...codes.keys()].map(Number), ...[...added.join('').matchAll(NUM_FMT)].map((m) => Number(m[1]))) + 1;
  const fresh = new Map<string, string>();
  const renumbered = added.map((dxf) =>
    dxf.replace(NUM_FMT, (m, id: string, code: string) => {
      if (!codes.has(id) || codes.get(id) === code) return m;
      const key = `${id}\n${code}`;
      if (!fresh.has(key)) fresh.set(key, String(next++));
      return m.replace(`numFmtId="${id}"`, `numFmtId="${fresh.get(key)}"`);
    }),
  );
  const all = `<dxfs count="${own.length + added.length}">${own.join('')}${renumbered.join('')}</dxfs>`;
  const styles = DXFS.test(copy) ? copy.replace(DXFS, () => all) : copy.replace(AFTER_DXFS, (at) => all + at);
  return { styles, base: own.length };
}

/** Adds the original's rule styles to the copy's styles part; the index the first of them gets there. */
export async function addRuleStyles(source: JSZip, copy: JSZip): Promise<number> {
  const theirs = dxfsOf((await source.file(STYLES)?.async('string')) ?? '');
  const ours = await copy.file(STYLES)?.async('string');
  if (!theirs.length || ours === undefined) return 0;
  const { styles, base } = withDxfsAdded(ours, theirs);
  copy.file(STYLES, styles);
  return base;
}
