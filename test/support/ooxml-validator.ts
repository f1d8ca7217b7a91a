// The Open XML SDK validator for tests: which errors of a written .xlsx Excel would meet.
import { execFileSync } from 'child_process';
import * as path from 'path';

export interface SchemaError {
  description: string;
  path: { xpath: string; partUri: string };
  id: string;
}

/**
 * The one kind of error left out: the order of a font's children in styles.xml. ExcelJS writes
 * them in an order of its own (color before sz); Excel reads any order (it opens every ExcelJS
 * file so), the validator wants the schema's (openpyxl's files get the same report).
 */
export const isFontChildOrder = (e: SchemaError) => e.path.partUri === '/xl/styles.xml' && /\/x:font\[\d+\]$/.test(e.path.xpath) && e.id === 'Sch_UnexpectedElementContentExpectingComplex';

/** Errors per file, the font-order ones left out. One Node process for all files (the validator takes ~3 s to start). */
export function schemaErrors(files: string[]): Record<string, SchemaError[]> {
  const json = execFileSync(process.execPath, [path.join(__dirname, 'ooxml-validate.mjs'), ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const all = JSON.parse(json) as Record<string, SchemaError[]>;
  return Object.fromEntries(Object.entries(all).map(([f, errs]) => [f, errs.filter((e) => !isFontChildOrder(e))]));
}
