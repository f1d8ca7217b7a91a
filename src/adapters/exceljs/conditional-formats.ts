// ExcelJS reads every conditional format but writes only some kinds: "text that contains" loses
// its text (LibreOffice then never applies it), and "begins with", "ends with", "does not
// contain", "duplicate values" and "unique values" are dropped from the copy altogether. Each is
// rewritten here as the formula rule Excel itself evaluates for it, so the user's own highlighting
// looks the same in the checked copy, in Excel and in LibreOffice.
import type ExcelJS from 'exceljs';

interface Rule {
  type: string;
  operator?: string;
  formulae?: string[];
  priority?: number;
  style?: unknown;
}

const TEXT_RULES = new Set(['beginsWith', 'endsWith', 'notContainsText']);
const COUNT_RULES = new Set(['duplicateValues', 'uniqueValues']);

/** Rewrites the rules ExcelJS cannot write; returns how many could not be rewritten (and will be lost). */
export function repairConditionalFormats(wb: ExcelJS.Workbook): number {
  let lost = 0;
  for (const ws of wb.worksheets) {
    const cfs = (ws as unknown as { conditionalFormattings?: { ref: string; rules: Rule[] }[] }).conditionalFormattings ?? [];
    for (const cf of cfs) {
      cf.rules = cf.rules.map((rule) => {
        const fixed = asExpression(rule, cf.ref);
        if (fixed === undefined) lost++;
        return fixed ?? rule;
      });
    }
  }
  return lost;
}

/** The rule as ExcelJS can write it: itself when it already can, a formula rule, or undefined. */
function asExpression(rule: Rule, ref: string): Rule | undefined {
  const formula = rule.formulae?.[0];
  const expression = (f: string): Rule => ({ type: 'expression', formulae: [f], priority: rule.priority, style: rule.style });
  if (rule.type === 'containsText' && rule.operator === 'containsText') return formula ? expression(formula) : undefined;
  if (TEXT_RULES.has(rule.type)) return formula ? expression(formula) : undefined;
  if (COUNT_RULES.has(rule.type)) {
    const area = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref.trim());
    if (!area) return undefined;
    const [, c1, r1, c2 = c1, r2 = r1] = area;
    const count = `COUNTIF($${c1}$${r1}:$${c2}$${r2},${c1}${r1})`;
    // Excel leaves empty cells out of both rules.
    return expression(`AND(${c1}${r1}<>"",${count}${rule.type === 'duplicateValues' ? '>1' : '=1'})`);
  }
  return rule;
}
