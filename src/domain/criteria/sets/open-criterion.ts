// A criterion known by name only: its indicators come from the workbook (the advanced set's
// criteria whose indicators no seed lists; every criterion of the 2026 - 2030 set).
import type { CriterionInput } from './set-input';

export function openCriterion(code: string, name: string, shortName: string, provenance: CriterionInput['provenance']): CriterionInput {
  return { code, name, shortName, open: true, indicators: [], provenance };
}
