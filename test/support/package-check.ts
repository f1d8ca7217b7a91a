// What Excel checks of a package's structure before it offers to repair a file: every part has a
// content type, every relationship inside the package points to a part that exists, and no rels
// file repeats an Id. Listed as readable problems (empty when none).
import type JSZip from 'jszip';
import { relationships, resolveTarget } from '../../src/adapters/exceljs/package-rels';

export async function packageProblems(zip: JSZip): Promise<string[]> {
  const problems: string[] = [];
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const overrides = new Set([...types.matchAll(/<Override\b[^>]*\sPartName="\/([^"]*)"/g)].map((m) => m[1].toLowerCase()));
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*\sExtension="([^"]*)"/g)].map((m) => m[1].toLowerCase()));
  const parts = Object.keys(zip.files).filter((n) => !zip.files[n].dir && n !== '[Content_Types].xml');
  for (const part of parts) {
    const ext = /\.([^./]+)$/.exec(part)?.[1]?.toLowerCase() ?? '';
    if (!overrides.has(part.toLowerCase()) && !defaults.has(ext)) problems.push(`no content type: ${part}`);
  }
  for (const o of overrides) if (!parts.some((p) => p.toLowerCase() === o)) problems.push(`content type of a missing part: ${o}`);
  for (const rels of parts.filter((n) => n.endsWith('.rels'))) {
    const owner = rels.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const list = relationships(await zip.file(rels)!.async('string'));
    const ids = list.map((r) => r.id);
    if (new Set(ids).size !== ids.length) problems.push(`repeated Id in ${rels}: ${ids.join(' ')}`);
    for (const r of list) {
      // A link to a place in the workbook ("#'Sheet'!A1") is no part.
      if (r.external || r.target.startsWith('#')) continue;
      const target = rels === '_rels/.rels' ? r.target.replace(/^\//, '') : resolveTarget(owner, r.target);
      if (!zip.file(target)) problems.push(`${rels} ${r.id} → missing ${target}`);
    }
  }
  return problems;
}

/** The media parts (xl/media/…) no relationship of the package points at. */
export async function unusedMedia(zip: JSZip): Promise<string[]> {
  const targets = new Set<string>();
  for (const rels of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
    const owner = rels.replace(/_rels\/([^/]+)\.rels$/, '$1');
    for (const r of relationships(await zip.file(rels)!.async('string'))) if (!r.external) targets.add(resolveTarget(owner, r.target));
  }
  return Object.keys(zip.files).filter((n) => /^xl\/media\/[^/]+$/.test(n) && !targets.has(n));
}
