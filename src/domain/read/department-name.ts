// Display name of a department id; ids made on the fly (UBND xã …) remember the name they came from.
import { DEFAULT_DEPARTMENTS } from '../criteria/departments';
import { nameForKind, nameWithoutDistrict, type DistrictKind } from '../criteria/district-kind';
import type { CommuneKind } from '../model/program';

const seen = new Map<string, string>();

/** Called by the resolver: the id → name pairing is fixed, so remembering it is safe. */
export function rememberDepartmentName(id: string, name: string): void {
  if (!seen.has(id)) seen.set(id, name);
}

/** The id "UBND các xã, thị trấn" (departments.ts) resolves to, however the office wrote it. */
const EVERY_COMMUNE = 'ubnd-xa:*';
const KIND_WORDS: [CommuneKind, string][] = [['xa', 'xã'], ['phuong', 'phường'], ['thi-tran', 'thị trấn']];

/** A shipped department's name says the office's kind of unit ("Công an thị xã"); names the office wrote stay as written.
 * `communeKinds`: the kinds of the plan's communes, when known: "UBND các xã" in a district with no
 * town is not "UBND các xã, thị trấn" (seeds 003, 004). */
export function departmentName(id: string, kind?: DistrictKind, noDistrict = false, communeKinds?: ReadonlySet<CommuneKind>): string {
  if (id.startsWith('?')) return id.slice(1);
  if (id === EVERY_COMMUNE && communeKinds?.size) return `UBND các ${KIND_WORDS.filter(([k]) => communeKinds.has(k)).map(([, w]) => w).join(', ')}`;
  const shipped = DEFAULT_DEPARTMENTS.get(id)?.name;
  if (shipped !== undefined) return noDistrict && !kind ? nameWithoutDistrict(shipped) : nameForKind(shipped, kind);
  return seen.get(id) ?? id;
}

/** `noDistrict`: a plan of the 2026 - 2030 period, when no district exists any more: shipped
 * names drop "huyện" unless the workbook itself names a district's kind. */
export function departmentNamer(kind?: DistrictKind, noDistrict = false, communeKinds?: ReadonlySet<CommuneKind>): (id: string) => string {
  return (id) => departmentName(id, kind, noDistrict, communeKinds);
}

const SHIPPED_NAMES = new Set(DEFAULT_DEPARTMENTS.entries.map((e) => e.name));

/** A suggested name ("Có phải …?") in the office's kind when it is a shipped one. */
export function suggestedName(name: string, kind?: DistrictKind): string {
  return SHIPPED_NAMES.has(name) ? nameForKind(name, kind) : name;
}
