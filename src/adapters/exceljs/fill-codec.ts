// Cell fills between ExcelJS and the portable form kept in the state sheet
// (SavedCellFormat.fill), which the Office.js adapter may have written, or may read.
import type ExcelJS from 'exceljs';
import type { SavedCellFormat } from '../../domain/plan/workbook-state';
import { MARK_STYLES } from '../../domain/plan/highlight-plan';

export type PortableFill = SavedCellFormat['fill'];

function hex(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  const a = c?.argb;
  return typeof a === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(a) ? a.slice(-6).toUpperCase() : undefined;
}

/** Theme and indexed colours have no RGB in ExcelJS; they are kept exactly in the ExcelJS snapshot only. */
export function toPortableFill(fill: ExcelJS.Fill | undefined): PortableFill {
  if (!fill) return null;
  if (fill.type === 'pattern') {
    if (fill.pattern === 'none') return null;
    const out: NonNullable<PortableFill> = { pattern: fill.pattern };
    const color = hex(fill.fgColor);
    const bg = hex(fill.bgColor);
    if (color) out.color = color;
    if (bg) out.bgColor = bg;
    return out;
  }
  const first = hex(fill.stops?.[0]?.color);
  return first ? { pattern: 'gradient', color: first } : { pattern: 'gradient' };
}

// Office.js FillPattern names → ExcelJS pattern names; ExcelJS names map to themselves.
const OFFICE_PATTERNS: Record<string, ExcelJS.FillPatterns> = {
  solid: 'solid',
  gray75: 'darkGray',
  gray50: 'mediumGray',
  gray25: 'lightGray',
  gray16: 'gray125',
  gray8: 'gray0625',
  horizontal: 'darkHorizontal',
  vertical: 'darkVertical',
  down: 'darkDown',
  up: 'darkUp',
  checker: 'darkGrid',
  semigray75: 'darkTrellis',
  lighthorizontal: 'lightHorizontal',
  lightvertical: 'lightVertical',
  lightdown: 'lightDown',
  lightup: 'lightUp',
  grid: 'lightGrid',
  crisscross: 'lightTrellis',
};
const EXCELJS_PATTERNS: ExcelJS.FillPatterns[] = [
  'solid', 'darkVertical', 'darkHorizontal', 'darkGrid', 'darkTrellis', 'darkDown', 'darkUp',
  'lightVertical', 'lightHorizontal', 'lightGrid', 'lightTrellis', 'lightDown', 'lightUp',
  'darkGray', 'mediumGray', 'lightGray', 'gray125', 'gray0625',
];

/** Portable fill → ExcelJS fill; undefined = no fill. Gradients come back as a solid fill of their first colour. */
export function fromPortableFill(p: PortableFill): ExcelJS.Fill | undefined {
  if (!p) return undefined;
  const name = p.pattern.toLowerCase();
  let pattern = EXCELJS_PATTERNS.find((x) => x.toLowerCase() === name) ?? OFFICE_PATTERNS[name];
  if (!pattern) {
    if (!p.color) return undefined; // "none" or an unknown pattern without colour: no fill
    pattern = 'solid';
  }
  const fill: ExcelJS.FillPattern = { type: 'pattern', pattern };
  if (p.color) fill.fgColor = { argb: 'FF' + p.color.toUpperCase() };
  if (p.bgColor) fill.bgColor = { argb: 'FF' + p.bgColor.toUpperCase() };
  return fill;
}

export function markFill(kind: keyof typeof MARK_STYLES): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + MARK_STYLES[kind].fill } };
}

const MARK_COLOURS = new Set(Object.values(MARK_STYLES).map((s) => s.fill.toUpperCase()));

/** Whether a fill is one the add-in sets (so the user has not refilled the cell since). */
export function isMarkFill(fill: ExcelJS.Fill | undefined): boolean {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return false;
  const c = hex(fill.fgColor);
  return c !== undefined && MARK_COLOURS.has(c);
}
