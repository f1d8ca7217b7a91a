// The typography of the official layout: Times New Roman everywhere, thin borders on tables,
// a light fill for headers that still prints well in black and white.
// Every style carries its full font, so it reads the same whether an adapter merges a later
// style over an earlier one or replaces it.
import type { PlanStyle } from '../plan/sheet-plan';

export const FONT_NAME = 'Times New Roman';
export const FRAME_SIZE = 13;
export const TABLE_SIZE = 12;
export const HEADER_SIZE = 11;
/** Light grey-green: distinct on screen, faint on a mono printer. */
export const HEADER_FILL = 'E2EFDA';
export const SECTION_FILL = 'F2F2F2';

/** Printable width of A4 landscape at 100 %, in Excel character units (margins included). */
export const PAGE_WIDTH_CHARS = 135;

export interface FontOpts {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

export function font(o: FontOpts = {}): NonNullable<PlanStyle['font']> {
  return { name: FONT_NAME, size: o.size ?? TABLE_SIZE, bold: o.bold ?? false, italic: o.italic ?? false };
}

export function frameText(o: FontOpts & { horizontal?: PlanStyle['horizontal'] } = {}): PlanStyle {
  return { font: font({ size: FRAME_SIZE, ...o }), horizontal: o.horizontal ?? 'center', vertical: 'middle' };
}

export function headerCell(size = HEADER_SIZE): PlanStyle {
  return {
    font: font({ size, bold: true }),
    fill: HEADER_FILL,
    border: 'thin',
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
  };
}

/** A table cell's style: thin border, middle, left, then `o`'s own properties in their order, then the font. */
export function bodyCell(o: Partial<PlanStyle> & FontOpts = {}): PlanStyle {
  // Copied key by key, as `{ ...rest }` would (a layout makes 150 of these a check; object rest
  // and spread cost three times as much).
  const out: Record<string, unknown> = { border: 'thin', vertical: 'middle', horizontal: 'left' };
  for (const k in o) if (k !== 'size' && k !== 'bold' && k !== 'italic') out[k] = o[k as keyof typeof o];
  out.font = font(o);
  return out as PlanStyle;
}
