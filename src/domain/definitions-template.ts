// Which sets the definitions template writes out, and the sheet itself (layout/definitions-
// template.ts): the shipped sets the workbook uses that no definitions sheet of it names yet.
import type { CheckResult } from './check-types';
import { loadCatalog } from './criteria/catalog';
import { definitionsTemplateSheet, templateSets, templateSheetName } from './layout/definitions-template';
import type { Bilingual } from './model/finding';
import type { SheetPlan } from './plan/sheet-plan';

export type DefinitionsTemplate = { plan: SheetPlan; setIds: string[] } | { plan?: undefined; reason: Bilingual };

/**
 * The template for a checked workbook. A workbook that uses no set yet (nothing recognized) gets
 * every shipped set with criteria: an office starting its workbook from the template.
 */
export function definitionsTemplate(result: Pick<CheckResult, 'summary' | 'definedSets'>, sheetNames: readonly string[]): DefinitionsTemplate {
  const catalog = loadCatalog();
  const used = result.summary.sets.map((s) => s.id);
  const defined = new Set(result.definedSets ?? []);
  const wanted = used.length ? used.filter((id) => !defined.has(id)) : catalog.map((s) => s.id).filter((id) => !defined.has(id));
  const sets = templateSets(catalog, wanted);
  if (!sets.length) {
    const names = result.summary.sets.filter((s) => defined.has(s.id)).map((s) => s.shortName).join(', ');
    return {
      reason: names
        ? { vi: `Các bộ tiêu chí sổ đang dùng (${names}) đã có trên trang bộ tiêu chí của sổ: sửa trực tiếp trên trang đó.`, en: `The sets this workbook uses (${names}) are already on its definitions sheet: edit them there.` }
        : { vi: 'Sổ không dùng bộ tiêu chí nào có sẵn trong công cụ: không có gì để chép ra.', en: 'The workbook uses no shipped criteria set: nothing to write out.' },
    };
  }
  return { plan: definitionsTemplateSheet(templateSheetName(sheetNames), sets), setIds: sets.map((s) => s.id) };
}
