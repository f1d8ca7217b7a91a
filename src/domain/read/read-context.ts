// What every sheet reader shares: the catalog, the commune registry, the finding sink.
import type { CatalogIndex } from '../criteria/catalog';
import type { SetResolver } from '../criteria/catalog-set-names';
import type { FindingSink } from '../rules/finding-sink';
import type { CommuneRegistry } from './commune-registry';
import type { HiddenCells } from './hidden-cells';
import type { DepartmentRegistry } from '../criteria/departments';
import type { DistrictKind, PlaceWords } from '../criteria/district-kind';
import { CellRef, type Commune, type CommuneKind, type SourceRef } from '../model/program';

export interface ReadContext {
  catalog: CatalogIndex;
  /** Set names, the sets the workbook's definitions sheet added included. */
  setNamed: SetResolver;
  /** The set of rows nothing names a set for: the commune set of the workbook's period. */
  defaultSet: string;
  communes: CommuneRegistry;
  /** The shipped departments, completed by the workbook's own list when it has one. */
  departments: DepartmentRegistry;
  sink: FindingSink;
  /** Year of the report date: a column for a later year is a plan, not a result. */
  asOfYear?: number;
  /** A commune's own plan (its heading is "UBND XÃ …"): its hamlets are within it. */
  communePlan?: boolean;
  /** A name is a commune of the workbook: its communes sheet's, else one its status sheets name
   * (read ahead when first asked: the assignments are read before them). */
  isCommune?: (name: string, kind: CommuneKind) => boolean;
  /** Rows and columns the office hid, when any sheet has some. */
  hidden?: HiddenCells;
  /** The district's kind its letterhead names ("UBND THỊ XÃ …"): suggested names say it. */
  districtKind?: DistrictKind;
  /** Place words of the department cells, for a workbook whose letterhead names no district. */
  placeWords?: PlaceWords;
  /** The district's own rows (set huyen-ntm-2021), named by the office's kind ("Thị xã"). */
  district: Commune;
}

export function ref(sheet: string, row: number, col: number): SourceRef {
  return new CellRef(sheet, row, col);
}

/** Names without prefix in a town-level set are towns (thị trấn), otherwise communes (xã). */
export function defaultKindFor(ctx: ReadContext, setId: string | undefined): CommuneKind {
  const set = setId ? ctx.catalog.getSet(setId) : undefined;
  return set?.level === 'town' ? 'thi-tran' : 'xa';
}
