// One shape for every finding the checker reports.

export type Severity = 'error' | 'warning' | 'info';

export interface Bilingual {
  vi: string;
  en: string;
}

export interface Finding {
  /** Stable code, e.g. "code.unknown", "deadline.overdue". */
  code: string;
  severity: Severity;
  sheet?: string;
  /** A1 address of the cell the finding is about. */
  cell?: string;
  message: Bilingual;
  found?: string;
  expected?: string;
  suggestion?: string;
  /** Context used by filters and by ignore keys. */
  commune?: string;
  department?: string;
  /** Every commune (commune keys) and department (ids) a finding about several is about: an
   * overdue item's communes and leads. Filters match them too; never part of the key. */
  communes?: string[];
  departments?: string[];
  setId?: string;
  indicator?: string;
  /** Identity that survives inserted rows: check code + commune + indicator/department/text. */
  key: string;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function findingKey(parts: (string | undefined)[]): string {
  return parts.map((p) => (p ?? '').trim()).join('|');
}
