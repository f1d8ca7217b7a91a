// The plan's small style vocabulary to ExcelJS styles.
import type ExcelJS from 'exceljs';
import type { PlanStyle, StyledRange } from '../../domain/plan/sheet-plan';

export const argb = (rgb: string): string => 'FF' + rgb.replace(/^#/, '').toUpperCase();

/** Later properties win; font fields merge one by one, so a bold range over a sized range keeps both. */
export function overlayStyle(base: PlanStyle | undefined, top: PlanStyle): PlanStyle {
  if (!base) return top;
  const out: PlanStyle = { ...base, ...top };
  if (base.font && top.font) out.font = { ...base.font, ...top.font };
  return out;
}

export function toExcelStyle(s: PlanStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.font) {
    const f: Partial<ExcelJS.Font> = {};
    if (s.font.name !== undefined) f.name = s.font.name;
    if (s.font.size !== undefined) f.size = s.font.size;
    if (s.font.bold !== undefined) f.bold = s.font.bold;
    if (s.font.italic !== undefined) f.italic = s.font.italic;
    if (s.font.underline !== undefined) f.underline = s.font.underline;
    if (s.font.color !== undefined) f.color = { argb: argb(s.font.color) };
    out.font = f;
  }
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.border) {
    const edge: Partial<ExcelJS.Border> = { style: s.border };
    out.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  if (s.horizontal || s.vertical || s.wrap !== undefined) {
    const a: Partial<ExcelJS.Alignment> = {};
    if (s.horizontal) a.horizontal = s.horizontal;
    if (s.vertical) a.vertical = s.vertical;
    if (s.wrap !== undefined) a.wrapText = s.wrap;
    out.alignment = a;
  }
  if (s.numberFormat) out.numFmt = s.numberFormat;
  return out;
}

/** The combined plan style of every styled cell, keyed "row,col" (0-based). */
export function styleByCell(styles: StyledRange[]): Map<string, PlanStyle> {
  const byCell = new Map<string, PlanStyle>();
  for (const { rect, style } of styles) {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const key = `${r},${c}`;
        byCell.set(key, overlayStyle(byCell.get(key), style));
      }
    }
  }
  return byCell;
}
