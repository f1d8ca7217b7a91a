// Who wrote each of the office's notes, and the size and place of its box, put back after ExcelJS.
// ExcelJS writes every note by "Author" (Excel shows that name for it) in a box of one default
// size beside its cell, whatever the file had; a note the office had widened to show its whole
// text was cut again. Notes are matched by sheet and cell: the copy inserts no rows or columns in
// the office's sheets. A note the check wrote on a cell that had none keeps ExcelJS's author and box.
import type JSZip from 'jszip';
import { sheetParts } from './page-breaks';
import { REL_NS, relationships, relsPathOf, resolveTarget } from './package-rels';

interface NoteParts {
  comments?: string;
  vml?: string;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The notes' parts of a sheet: its comments part and the VML drawing its <legacyDrawing> names. */
export async function notePartsOf(zip: JSZip, part: string): Promise<NoteParts> {
  const sheet = (await zip.file(part)?.async('string')) ?? '';
  const legacy = /<legacyDrawing\b[^>]*\br:id="([^"]*)"/.exec(sheet)?.[1];
  const rels = relationships((await zip.file(relsPathOf(part))?.async('string')) ?? '').filter((r) => !r.external);
  const comments = rels.find((r) => r.type === `${REL_NS}/comments`);
  const vml = rels.find((r) => r.id === legacy);
  return { comments: comments && resolveTarget(part, comments.target), vml: vml && resolveTarget(part, vml.target) };
}

const AUTHORS = /<authors\b[^>]*>([\s\S]*?)<\/authors>|<authors\s*\/>/;
const COMMENT = /<comment\b[^>]*>/g;

/** The authors of a comments part, as written (escaped), in order. */
const authorsIn = (xml: string): string[] => [...(AUTHORS.exec(xml)?.[1] ?? '').matchAll(/<author\s*\/>|<author>([\s\S]*?)<\/author>/g)].map((m) => m[1] ?? '');

// The box ExcelJS gives every note (vml-shape-xform.js), and its author.
const EXCELJS_BOX = 'margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt';
const EXCELJS_AUTHOR = 'Author';

/**
 * Whether the original's notes (its comments parts and VML drawings, read by inspectPackage) have
 * an author or a box ExcelJS would not write. String tests, no parse: a file the check wrote (a
 * re-run on its own copy) has none, and is then not zipped again for nothing.
 */
export function notesToRestore(comments: readonly string[], vml: readonly string[]): boolean {
  if (!comments.length) return false;
  if (comments.some((xml) => authorsIn(xml).some((a) => a !== EXCELJS_AUTHOR))) return true;
  const count = (xml: string, s: string) => {
    let n = 0;
    for (let at = xml.indexOf(s); at >= 0; at = xml.indexOf(s, at + s.length)) n++;
    return n;
  };
  return vml.some((xml) => count(xml, 'ObjectType="Note"') > count(xml, EXCELJS_BOX) || VISIBLE.test(xml));
}

/** Copies authors and note boxes into the copy's sheets (name now → name in the original). */
export async function restoreNoteDetails(source: JSZip, copy: JSZip, sheets: ReadonlyMap<string, string>): Promise<void> {
  if (!sheets.size) return;
  const from = await sheetParts(source);
  const to = await sheetParts(copy);
  for (const [now, was] of sheets) {
    if (!from.has(was) || !to.has(now)) continue;
    const original = await notePartsOf(source, from.get(was)!);
    const written = await notePartsOf(copy, to.get(now)!);
    await repair(source, copy, original.comments, written.comments, withAuthorsOf);
    await repair(source, copy, original.vml, written.vml, withNoteBoxesOf);
  }
}

async function repair(source: JSZip, copy: JSZip, from: string | undefined, to: string | undefined, fix: (original: string, written: string) => string): Promise<void> {
  const original = from && (await source.file(from)?.async('string'));
  const written = to && (await copy.file(to)?.async('string'));
  if (!original || !written) return;
  const fixed = fix(original, written);
  if (fixed !== written) copy.file(to, fixed);
}

/** `written` (a comments part) with each note by the author the original gave the note of its cell. */
export function withAuthorsOf(original: string, written: string): string {
  const theirs = authorsIn(original);
  const byCell = new Map<string, string>();
  for (const m of original.matchAll(COMMENT)) {
    const ref = attr(m[0], 'ref');
    const author = theirs[Number(attr(m[0], 'authorId') ?? 0)];
    if (ref && author !== undefined) byCell.set(ref, author);
  }
  if (!byCell.size) return written;
  const ours = authorsIn(written);
  const list: string[] = [];
  const idOf = (author: string) => {
    if (!list.includes(author)) list.push(author);
    return list.indexOf(author);
  };
  const out = written.replace(COMMENT, (tag) => {
    const author = byCell.get(attr(tag, 'ref') ?? '') ?? ours[Number(attr(tag, 'authorId') ?? 0)] ?? '';
    return tag.replace(/\sauthorId="\d+"/, ` authorId="${idOf(author)}"`);
  });
  return out.replace(AUTHORS, () => `<authors>${list.map((a) => `<author>${a}</author>`).join('')}</authors>`);
}

const SHAPE = /<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g;
const ANCHOR = /<x:Anchor>[\s\S]*?<\/x:Anchor>/;
// The box's place and size in its style.
const BOX = ['margin-left', 'margin-top', 'width', 'height'];
/** A note shown all the time (Review › Show Note): ExcelJS writes every note hidden, shown on hover. */
const VISIBLE = /<x:Visible\s*\/>/;

/** A note shape's cell ("row,column", 0-based as VML gives them), or undefined for other shapes (form controls). */
function noteCell(shape: string): string | undefined {
  if (!/<x:ClientData\b[^>]*ObjectType="Note"/.test(shape)) return undefined;
  const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
  const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
  return row === undefined || col === undefined ? undefined : `${row},${col}`;
}

const styleOf = (shape: string) => /^<v:shape\b[^>]*?\sstyle=(["'])(.*?)\1/.exec(shape);

function boxOf(shape: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of (styleOf(shape)?.[2] ?? '').split(';')) {
    const [name, value] = decl.split(':').map((s) => s.trim());
    if (BOX.includes(name) && value) out.set(name, value);
  }
  return out;
}

/** `written` (a VML drawing) with each note's box anchored and sized as the original's note on the same cell. */
export function withNoteBoxesOf(original: string, written: string): string {
  const boxes = new Map<string, { anchor?: string; box: Map<string, string>; shown: boolean }>();
  for (const m of original.matchAll(SHAPE)) {
    const cell = noteCell(m[0]);
    if (cell) boxes.set(cell, { anchor: ANCHOR.exec(m[0])?.[0], box: boxOf(m[0]), shown: VISIBLE.test(m[0]) });
  }
  if (!boxes.size) return written;
  return written.replace(SHAPE, (shape) => {
    const want = boxes.get(noteCell(shape) ?? '');
    if (!want) return shape;
    let out = want.anchor ? shape.replace(ANCHOR, () => want.anchor!) : shape;
    // Shown all the time: the flag in its client data and its style (Excel reads both).
    if (want.shown && !VISIBLE.test(out)) out = out.replace(/<\/x:ClientData>/, '<x:Visible/></x:ClientData>');
    if (want.shown) want.box.set('visibility', 'visible');
    const style = styleOf(out);
    if (style && want.box.size) {
      const name = (decl: string) => decl.split(':')[0].trim();
      const decls = style[2].split(';').filter((d) => d.trim()).map((d) => (want.box.has(name(d)) ? `${name(d)}:${want.box.get(name(d))}` : d));
      const added = [...want.box].filter(([n]) => !decls.some((d) => name(d) === n)).map(([n, v]) => `${n}:${v}`);
      const head = style[0].slice(0, style[0].length - style[2].length - 1);
      out = head + [...decls, ...added].join(';') + style[1] + out.slice(style[0].length);
    }
    return out;
  });
}
