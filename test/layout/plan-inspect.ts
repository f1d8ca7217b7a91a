// Test helpers that read a SheetPlan the way a reader of the printed sheet would.
import type { PlanStyle, PlanValue, SheetPlan } from '../../src/domain/plan/sheet-plan';

export function findCell(plan: SheetPlan, pred: (v: PlanValue) => boolean): { row: number; col: number } | undefined {
  for (let r = 0; r < plan.values.length; r++) {
    const row = plan.values[r];
    for (let c = 0; c < row.length; c++) if (pred(row[c])) return { row: r, col: c };
  }
  return undefined;
}

export function findText(plan: SheetPlan, text: string): { row: number; col: number } | undefined {
  return findCell(plan, (v) => v === text);
}

export function allTexts(plan: SheetPlan): string[] {
  return plan.values.flat().filter((v): v is string => typeof v === 'string');
}

/** The style a cell ends up with: every covering range applied in order, later wins per property. */
export function styleAt(plan: SheetPlan, row: number, col: number): PlanStyle {
  let out: PlanStyle = {};
  for (const s of plan.styles) {
    const r = s.rect;
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) {
      out = { ...out, ...s.style, font: { ...out.font, ...s.style.font } };
    }
  }
  return out;
}

export function mergeAt(plan: SheetPlan, row: number, col: number) {
  return plan.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}
