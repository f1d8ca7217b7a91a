// Office's fill as getCellProperties reports it ↔ the portable SavedCellFormat.fill the
// file adapter also writes (pattern names as in the xlsx file: "solid", "darkGray"…;
// colours as 6-digit hex without '#'), so either adapter can undo the other's marks.
import type { SavedCellFormat } from '../../domain/plan/workbook-state';

type SavedFill = SavedCellFormat['fill'];

const OFFICE_TO_FILE: Record<string, string> = {
  Solid: 'solid',
  Gray75: 'darkGray',
  Gray50: 'mediumGray',
  Gray25: 'lightGray',
  Gray16: 'gray125',
  Gray8: 'gray0625',
  Horizontal: 'darkHorizontal',
  Vertical: 'darkVertical',
  Down: 'darkDown',
  Up: 'darkUp',
  Checker: 'darkGrid',
  SemiGray75: 'darkTrellis',
  LightHorizontal: 'lightHorizontal',
  LightVertical: 'lightVertical',
  LightDown: 'lightDown',
  LightUp: 'lightUp',
  Grid: 'lightGrid',
  CrissCross: 'lightTrellis',
};

function hex(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const h = color.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(h) ? h : undefined;
}

/** From getCellProperties' {color, pattern}; "None" (or nothing) = no fill. */
export function savedFillFromOffice(fill: { color?: string; pattern?: string } | undefined): SavedFill {
  if (!fill || !fill.pattern || fill.pattern === 'None') return null;
  return { pattern: OFFICE_TO_FILE[fill.pattern] ?? fill.pattern, color: hex(fill.color) };
}

/**
 * How to put a saved fill back: clear it, or a solid colour. Other patterns are restored
 * as their foreground colour (the Office API cannot set a pattern colour before 1.9's
 * patternColor; NTM workbooks do not use patterned fills).
 */
export type FillRestore = { clear: true } | { clear: false; color: string };

export function restoreOf(fill: SavedFill): FillRestore {
  if (!fill || fill.pattern === 'none') return { clear: true };
  const color = hex(fill.color) ?? hex(fill.bgColor);
  return color ? { clear: false, color: '#' + color } : { clear: true };
}

export function restoreKey(r: FillRestore): string {
  return r.clear ? 'clear' : r.color;
}
