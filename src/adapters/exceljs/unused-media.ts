// ExcelJS writes every picture file of the original (xl/media/) into the copy, also those only
// what it drops showed: a chart's picture, a chart sheet's, a header or footer picture, a form
// control's. What the package pass brings back uses ExcelJS's file when it is the same
// (copy-parts.ts); the files no relationship of the copy points at are left out of it.
import type JSZip from 'jszip';
import { partIn } from './copy-parts';
import { REL_NS, relationships, relsPathOf, resolveTarget } from './package-rels';

const MEDIA = /^xl\/media\/[^/]+$/;
const RELS = /^(.*\/)?_rels\/([^/]+)\.rels$/;

/**
 * Whether ExcelJS will write files of `source` that the copy's own pictures do not show: a media
 * part no relationship of a worksheet or of a worksheet's drawing points at (used by a chart sheet,
 * a header, a control…). The copy is then opened to leave them out, even with nothing else to do.
 */
export async function hasMediaBeyondSheets(source: JSZip): Promise<boolean> {
  const media = Object.keys(source.files).filter((n) => MEDIA.test(n));
  if (!media.length) return false;
  const shown = new Set<string>();
  for (const sheet of Object.keys(source.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    for (const target of await targetsOf(source, sheet)) {
      shown.add(target);
      if (/^xl\/drawings\/[^/]+\.xml$/.test(target)) for (const t of await targetsOf(source, target)) shown.add(t);
    }
  }
  return media.some((m) => !shown.has(m));
}

/** Removes from `copy` the media parts no relationship points at, and their content type overrides. */
export async function dropUnusedMedia(copy: JSZip): Promise<void> {
  const media = Object.keys(copy.files).filter((n) => MEDIA.test(n));
  if (!media.length) return;
  const targets = new Set<string>();
  for (const rels of Object.keys(copy.files)) {
    const m = RELS.exec(rels);
    if (m) for (const t of await targetsOf(copy, `${m[1] ?? ''}${m[2]}`)) targets.add(t);
  }
  const unused = media.filter((n) => !targets.has(n));
  if (!unused.length) return;
  unused.forEach((n) => copy.remove(n));
  const types = await copy.file('[Content_Types].xml')?.async('string');
  if (types === undefined) return;
  const gone = new Set(unused.map((n) => `/${n}`.toLowerCase()));
  copy.file('[Content_Types].xml', types.replace(/<Override\b[^>]*\sPartName="([^"]*)"[^>]*>/g, (el, name: string) => (gone.has(name.toLowerCase()) ? '' : el)));
}

/** The parts of `zip` that `part`'s relationships point at. */
async function targetsOf(zip: JSZip, part: string): Promise<string[]> {
  const rels = await zip.file(relsPathOf(part))?.async('string');
  return relationships(rels ?? '').flatMap((r) => {
    const target = r.external || r.type === `${REL_NS}/hyperlink` ? undefined : partIn(zip, resolveTarget(part, r.target));
    return target === undefined ? [] : [target];
  });
}
