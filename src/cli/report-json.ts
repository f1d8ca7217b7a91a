// The JSON report written by --json. Versioned: fields are only added within a major version.
import type { CheckResult } from '../domain/check-types';

export const REPORT_SCHEMA = 'ntm-check-report';
export const REPORT_VERSION = '1.14';

export interface JsonReport {
  schema: typeof REPORT_SCHEMA;
  version: typeof REPORT_VERSION;
  input: string;
  output?: string;
  /** What the checked copy does not keep from the input (chart sheets, links to other files, …): 1.4. */
  notKept?: { vi: string; en: string }[];
  asOf: string;
  usable: boolean;
  unusableReason?: CheckResult['unusableReason'];
  recognized: CheckResult['recognized'];
  totals: { errors: number; warnings: number; infos: number; ignored: number };
  counts: CheckResult['counts'];
  findings: CheckResult['findings'];
  summary: CheckResult['summary'];
}

export function buildJsonReport(result: CheckResult, input: string, output?: string, notKept?: { vi: string; en: string }[]): JsonReport {
  const total = (sev: string) => result.counts.filter((c) => c.severity === sev).reduce((s, c) => s + c.total, 0);
  return {
    schema: REPORT_SCHEMA,
    version: REPORT_VERSION,
    input,
    output,
    ...(notKept && notKept.length ? { notKept } : {}),
    asOf: result.asOf,
    usable: result.usable,
    unusableReason: result.unusableReason,
    recognized: result.recognized,
    totals: { errors: total('error'), warnings: total('warning'), infos: total('info'), ignored: result.ignoredCount },
    counts: result.counts,
    findings: result.findings,
    summary: result.summary,
  };
}
