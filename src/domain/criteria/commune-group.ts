// The commune groups of the 2026 - 2030 set (QĐ 51/2025/QĐ-TTg): every criterion has its level for
// xã nhóm 1 (next to a town, or farming under 10 % of the economy, or to become a town), xã nhóm 2
// (the others) and xã nhóm 3 (khu vực II and III of the ethnic minority and mountain areas).
import { nameFold } from './name-key';

export type CommuneGroup = '1' | '2' | '3';

const ROMAN: Record<string, CommuneGroup> = { i: '1', ii: '2', iii: '3' };

/** "1", "Nhóm 2", "xã nhóm 3", "Nhóm II", "N1" → the group; anything else → undefined. */
export function parseCommuneGroup(raw: string | number | undefined): CommuneGroup | undefined {
  if (raw === undefined) return undefined;
  const t = nameFold(String(raw)).replace(/\s+/g, ' ').trim();
  const m = /^(?:(?:xa )?nhom |n)?([123]|i{1,3})$/.exec(t);
  if (!m) return undefined;
  return (ROMAN[m[1]] ?? m[1]) as CommuneGroup;
}

/** A threshold column named after a group, as the decision's annex lays them out: "Xã nhóm 1", "Nhóm 2". */
export function groupOfColumn(header: string): CommuneGroup | undefined {
  const t = nameFold(header).replace(/\s+/g, ' ').trim();
  const m = /^(?:xa )?nhom ([123]|i{1,3})$/.exec(t);
  return m ? ((ROMAN[m[1]] ?? m[1]) as CommuneGroup) : undefined;
}
