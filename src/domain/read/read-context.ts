// What every sheet reader shares: the catalog, the commune registry, the finding sink.
import type { CatalogIndex } from '../criteria/catalog';
import type { FindingSink } from '../rules/finding-sink';
import type { CommuneRegistry } from './commune-registry';
import type { CommuneKind, SourceRef } from '../model/program';
import { toA1 } from '../model/address';

export interface ReadContext {
  catalog: CatalogIndex;
  communes: CommuneRegistry;
  sink: FindingSink;
}

export function ref(sheet: string, row: number, col: number): SourceRef {
  return { sheet, cell: toA1(row, col) };
}

/** Names without prefix in a town-level set are towns (thị trấn), otherwise communes (xã). */
export function defaultKindFor(ctx: ReadContext, setId: string | undefined): CommuneKind {
  const set = setId ? ctx.catalog.getSet(setId) : undefined;
  return set?.level === 'town' ? 'thi-tran' : 'xa';
}
