// Threaded comments (Excel 365's "Comments", with replies, @mentions and a resolved state) kept in
// the copy. Excel writes each thread in a part of its own (xl/threadedComments/…, linked from its
// sheet), the people who wrote them in xl/persons/person.xml (linked from the workbook), and under
// each thread a legacy note for older programs ("[Threaded comment] … Comment: … Reply: …", by
// author "tc={thread id}", `xr:uid` the thread's id). ExcelJS keeps only that note: the copy
// showed the office's discussion as a note, its replies flattened into text, its resolved state
// and its people lost. The parts are copied back with their links and content types, and each
// note under a thread gets its `xr:uid` again, so the note and the thread stay one comment.
// Cells never move in the copy (the check inserts no row or column in the office's sheets), so a
// thread's `ref` still names its cell.
import type JSZip from 'jszip';
import { PartCopier } from './copy-parts';
import { notePartsOf } from './note-details';
import { sheetParts } from './page-breaks';
import { freshId, relationships, relativeTo, relsPathOf, resolveTarget, withRelationship } from './package-rels';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
/** Excel's types ("http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "…/person"). */
const THREAD_REL = /\/relationships\/threadedComment$/;
const PERSON_REL = /\/relationships\/person$/;
const REVISION_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The threaded-comments parts a sheet links to that the package holds. */
async function threadPartsOf(zip: JSZip, sheetPart: string): Promise<{ part: string; type: string }[]> {
  const rels = relationships((await zip.file(relsPathOf(sheetPart))?.async('string')) ?? '');
  return rels.filter((r) => !r.external && THREAD_REL.test(r.type)).map((r) => ({ part: resolveTarget(sheetPart, r.target), type: r.type })).filter((t) => zip.file(t.part) !== null);
}

/** Names of the sheets (as in the file) that hold threaded comments. */
export async function sheetsWithThreads(zip: JSZip): Promise<Set<string>> {
  const out = new Set<string>();
  if (!Object.keys(zip.files).some((n) => /^xl\/threadedComments\//.test(n))) return out;
  for (const [name, part] of await sheetParts(zip)) if ((await threadPartsOf(zip, part)).length) out.add(name);
  return out;
}

/** Copies the threads of the original's sheets into the copy's (name now → name in the original), with the persons part. */
export async function restoreThreadedComments(source: JSZip, copy: JSZip, sheets: ReadonlyMap<string, string>): Promise<void> {
  if (!sheets.size) return;
  const from = await sheetParts(source);
  const to = await sheetParts(copy);
  const copier = new PartCopier(source, copy);
  let any = false;
  for (const [now, was] of sheets) {
    const original = from.get(was);
    const written = to.get(now);
    if (!original || !written) continue;
    const threads = await threadPartsOf(source, original);
    const relsPath = relsPathOf(written);
    let rels = await copy.file(relsPath)?.async('string');
    // A copy that already links threads (written by another tool than ExcelJS) is left as it is.
    if (!threads.length || relationships(rels ?? '').some((r) => THREAD_REL.test(r.type))) continue;
    for (const t of threads) {
      const name = await copier.partFor(t.part);
      if (name === undefined) continue;
      rels = withRelationship(rels, { id: freshId(rels ?? ''), type: t.type, target: relativeTo(written, name) });
      any = true;
    }
    if (rels !== undefined) copy.file(relsPath, rels);
    await keepNoteIds(source, copy, original, written);
  }
  if (any) await restorePersons(source, copy, copier);
  await copier.finish();
}

/** The workbook's persons part and its link, when the original has one and the copy not. */
async function restorePersons(source: JSZip, copy: JSZip, copier: PartCopier): Promise<void> {
  const rel = relationships((await source.file(WORKBOOK_RELS)?.async('string')) ?? '').find((r) => !r.external && PERSON_REL.test(r.type));
  const rels = await copy.file(WORKBOOK_RELS)?.async('string');
  if (!rel || rels === undefined || relationships(rels).some((r) => PERSON_REL.test(r.type))) return;
  const name = await copier.partFor(resolveTarget(WORKBOOK, rel.target));
  if (name !== undefined) copy.file(WORKBOOK_RELS, withRelationship(rels, { id: freshId(rels), type: rel.type, target: relativeTo(WORKBOOK, name) }));
}

async function keepNoteIds(source: JSZip, copy: JSZip, originalSheet: string, writtenSheet: string): Promise<void> {
  const original = (await notePartsOf(source, originalSheet)).comments;
  const written = (await notePartsOf(copy, writtenSheet)).comments;
  const originalXml = original && (await source.file(original)?.async('string'));
  const writtenXml = written && (await copy.file(written)?.async('string'));
  if (!originalXml || !writtenXml) return;
  const fixed = withNoteIdsOf(originalXml, writtenXml);
  if (fixed !== writtenXml) copy.file(written!, fixed);
}

const COMMENT = /<comment\b[^>]*>/g;
const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The prefix `xml` binds to `ns`, if any. */
function prefixOf(xml: string, ns: string): string | undefined {
  return [...xml.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].find((m) => m[2] === ns)?.[1];
}

/** `written` (a comments part) with each note's `xr:uid` as the original's note on the same cell had it. */
export function withNoteIdsOf(original: string, written: string): string {
  const prefix = prefixOf(original, REVISION_NS);
  if (!prefix) return written;
  const byCell = new Map<string, string>();
  for (const m of original.matchAll(COMMENT)) {
    const ref = attr(m[0], 'ref');
    const uid = attr(m[0], `${prefix}:uid`);
    if (ref && uid) byCell.set(ref, uid);
  }
  if (!byCell.size) return written;
  let added = false;
  const out = written.replace(COMMENT, (tag) => {
    const uid = byCell.get(attr(tag, 'ref') ?? '');
    if (!uid || /\s[\w.-]+:uid="/.test(tag)) return tag;
    added = true;
    return tag.replace(/\s*(\/?)>$/, (_, close: string) => ` xr:uid="${uid}"${close}>`);
  });
  if (!added) return written;
  // The attribute's namespace, declared ignorable as Excel declares it (programs that do not know it skip it).
  return out.replace(/<comments\b[^>]*>/, (root) => {
    let r = root;
    if (!/\sxmlns:xr="/.test(r)) r = r.replace(/\s*>$/, ` xmlns:xr="${REVISION_NS}">`);
    if (!/\smc:Ignorable="/.test(r)) r = r.replace(/\s*>$/, `${/\sxmlns:mc="/.test(r) ? '' : ` xmlns:mc="${MC_NS}"`} mc:Ignorable="xr">`);
    else if (!/\smc:Ignorable="[^"]*\bxr\b/.test(r)) r = r.replace(/\smc:Ignorable="([^"]*)"/, (_, v: string) => ` mc:Ignorable="${v} xr"`);
    return r;
  });
}
