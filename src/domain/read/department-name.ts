// Display name of a department id; ids made on the fly (UBND xã …) remember the name they came from.
import { DEFAULT_DEPARTMENTS } from '../criteria/departments';

const seen = new Map<string, string>();

/** Called by the resolver: the id → name pairing is fixed, so remembering it is safe. */
export function rememberDepartmentName(id: string, name: string): void {
  if (!seen.has(id)) seen.set(id, name);
}

export function departmentName(id: string): string {
  if (id.startsWith('?')) return id.slice(1);
  return DEFAULT_DEPARTMENTS.get(id)?.name ?? seen.get(id) ?? id;
}
