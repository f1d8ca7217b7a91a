// Merged ranges that overlap: the same range listed twice, or two ranges sharing cells (a script's
// merge written over another). Excel offers to repair such a file, LibreOffice opens it; ExcelJS
// stopped ("Cannot merge already merged cells") and the workbook could not be checked at all. It is
// given each sheet's merges without those overlapping one before (in the package it reads only);
// the copy keeps the first of each, and package-parts.ts names the ranges it lost (a range listed
// twice loses nothing).
import { parseA1 } from '../../domain/model/address';

const MERGE = /<mergeCell\b[^>]*?\sref="([^"]*)"[^>]*?\/>/g;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(ref: string): Box | undefined {
  const [a, b = a] = ref.split(':').map(parseA1);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const overlap = (p: Box, q: Box) => p.top <= q.bottom && q.top <= p.bottom && p.left <= q.right && q.left <= p.right;
const same = (p: Box, q: Box) => p.top === q.top && p.left === q.left && p.bottom === q.bottom && p.right === q.right;

/** The merges of a sheet (its part, or what follows its cells) that overlap one before: the same range again (`repeated`) or another (`lost`). */
export function overlappingMerges(xml: string): { repeated: string[]; lost: string[] } {
  const kept: Box[] = [];
  const repeated: string[] = [];
  const lost: string[] = [];
  if (!xml.includes('<mergeCell ')) return { repeated, lost };
  for (const m of xml.matchAll(MERGE)) {
    const box = boxOf(m[1]);
    if (!box) continue;
    const earlier = kept.find((k) => overlap(k, box));
    if (!earlier) kept.push(box);
    else (same(earlier, box) ? repeated : lost).push(m[1]);
  }
  return { repeated, lost };
}

/** `xml` (a worksheet part) without the merges that overlap one before it, its count set right; or `xml` itself. */
export function withoutOverlappingMerges(xml: string): string {
  const { repeated, lost } = overlappingMerges(xml);
  if (!repeated.length && !lost.length) return xml;
  const kept: Box[] = [];
  let count = 0;
  const fixed = xml.replace(MERGE, (el, ref: string) => {
    const box = boxOf(ref);
    if (box && kept.some((k) => overlap(k, box))) return '';
    if (box) kept.push(box);
    count++;
    return el;
  });
  return fixed.replace(/(<mergeCells\b[^>]*?\scount=")\d+"/, (_m, head: string) => `${head}${count}"`);
}
