// Which kind of district-level unit an office works in (huyện, thị xã, thành phố, quận), and the
// shipped department names said for it: a thị xã's bank branch is the "… thị xã" one.
import { matchKey } from '../text/normalize';

export type DistrictKind = 'huyen' | 'thi-xa' | 'thanh-pho' | 'quan';

const WORD: Record<DistrictKind, string> = { huyen: 'huyện', 'thi-xa': 'thị xã', 'thanh-pho': 'thành phố', quan: 'quận' };
/** The unit's Youth Union is named by the unit's first syllable: Huyện Đoàn, Thị Đoàn, Thành Đoàn, Quận Đoàn. */
const YOUTH_UNION: Record<DistrictKind, string> = { huyen: 'Huyện Đoàn', 'thi-xa': 'Thị Đoàn', 'thanh-pho': 'Thành Đoàn', quan: 'Quận Đoàn' };

const KIND_OF_WORD: Record<string, DistrictKind> = { 'huyện': 'huyen', 'thị xã': 'thi-xa', 'thành phố': 'thanh-pho', tp: 'thanh-pho', 'quận': 'quan' };

/** "UBND THỊ XÃ TÂN CHÂU", "Ủy ban nhân dân huyện Trà Cú": the kind the committee's name says. */
const AGENCY_RE = /^(?:ủy ban nhân dân|ubnd)\s+(huyện|thị xã|thành phố|quận)(?![\p{L}])/u;

/**
 * The unit itself where its own rows stand for a commune's name: "Huyện", "Thị xã", "Thành phố",
 * "Quận" ("Thị xã chưa đạt 1 tiêu chí …"); within a sentence, `unitWord` ("thị xã chưa đạt").
 */
export function unitName(kind: DistrictKind | undefined): string {
  const word = unitWord(kind);
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

export function unitWord(kind: DistrictKind | undefined): string {
  return WORD[kind ?? 'huyen'];
}

export function districtKindOfAgency(agency: string | undefined): DistrictKind | undefined {
  const m = agency ? AGENCY_RE.exec(matchKey(agency)) : null;
  return m ? KIND_OF_WORD[m[1]] : undefined;
}

/** "huyện", "thị xã", "thành phố", "TP", "quận" as words ("thị trấn" is a commune's, not one). */
const PLACE_WORD_RE = /(?<![\p{L}])(huyện|thị xã|thành phố|tp|quận)(?![\p{L}])/gu;

/**
 * The place words department cells use ("NHCSXH thị xã", "Các ngành thị xã", seed 002): where the
 * letterhead names no district, they say which kind it is, when they all agree.
 */
export class PlaceWords {
  private readonly seen = new Set<DistrictKind>();

  add(text: string): void {
    if (!text) return;
    for (const m of matchKey(text).matchAll(PLACE_WORD_RE)) this.seen.add(KIND_OF_WORD[m[1]]);
  }

  /** The one kind written, if only one is. */
  kind(): DistrictKind | undefined {
    return this.seen.size === 1 ? [...this.seen][0] : undefined;
  }
}

/**
 * A shipped name as the office's kind says it: "Công an huyện" → "Công an thị xã", "Huyện Đoàn" →
 * "Thị Đoàn". Only for the registry's own names, never for a name the office typed.
 */
export function nameForKind(name: string, kind: DistrictKind | undefined): string {
  if (!kind || kind === 'huyen') return name;
  if (name === YOUTH_UNION.huyen) return YOUTH_UNION[kind];
  return name.replace(/(?<![\p{L}])huyện(?![\p{L}])/gu, WORD[kind]);
}

/**
 * A shipped name where no district exists (a plan of 2026 on, after the district level was
 * abolished on 1/7/2025): "Văn phòng HĐND và UBND huyện" → "Văn phòng HĐND và UBND", "Công an
 * huyện" → "Công an", "Huyện Đoàn" → "Đoàn Thanh niên". Only for the registry's own names.
 */
export function nameWithoutDistrict(name: string): string {
  if (name === YOUTH_UNION.huyen) return 'Đoàn Thanh niên';
  return name.replace(/\s+huyện$/u, '');
}
