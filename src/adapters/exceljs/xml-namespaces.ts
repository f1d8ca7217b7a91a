// Namespace declarations a repaired part needs. Elements copied from the original carry prefixes
// its root declared (Excel marks each drop-down, link or edit range with xr:uid, declaring xr on
// <worksheet> and listing it as ignorable); ExcelJS's root declares only its own, and a prefix
// used without its declaration makes the part unreadable XML.
import { afterCells, beforeCells } from './worksheet-regions';

const ROOT = /<([\w:.-]+)\b[^>]*>/;
const declarations = (tag: string) => new Map([...tag.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].map((m) => [m[1], m[0]]));
const ignorable = (tag: string) => (/\smc:Ignorable="([^"]*)"/.exec(tag)?.[1] ?? '').split(/\s+/).filter(Boolean);

/**
 * `written` (a worksheet part) with the original root's declarations of the prefixes used around
 * its cells that it does not declare, those the original lists as ignorable listed so too.
 */
export function withNamespacesOf(original: string, written: string): string {
  const root = ROOT.exec(written.replace(/^<\?[^>]*\?>\s*/, ''))?.[0];
  const from = ROOT.exec(original.replace(/^<\?[^>]*\?>\s*/, ''))?.[0];
  if (!root || !from) return written;
  // Outside the cells: the copied elements are there, and cells use no prefix of the original's alone.
  const around = beforeCells(written) + afterCells(written);
  const declared = new Set([...around.matchAll(/\sxmlns:([\w.-]+)=/g)].map((m) => m[1]));
  const used = new Set([...around.matchAll(/[<\s/]([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*(?==|[\s/>])/g)].map((m) => m[1]).filter((p) => p !== 'xmlns' && !declared.has(p)));
  const offered = declarations(from);
  const missing = [...used].filter((p) => offered.has(p));
  if (!missing.length) return written;
  const skip = missing.filter((p) => ignorable(from).includes(p) && !ignorable(root).includes(p));
  let tag = root.replace(/\/?>$/, (end) => missing.map((p) => offered.get(p)).join('') + end);
  if (skip.length) tag = tag.replace(/(\smc:Ignorable=")([^"]*)"/, (_m, open: string, list: string) => `${open}${[list, ...skip].filter(Boolean).join(' ')}"`);
  return written.replace(root, tag);
}
