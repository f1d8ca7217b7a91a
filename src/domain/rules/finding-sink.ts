// Collects findings as the readers and checks produce them.
import type { Bilingual, Finding, Severity } from '../model/finding';
import { findingKey } from '../model/finding';
import type { SourceRef } from '../model/program';

export interface FindingExtras {
  found?: string;
  expected?: string;
  suggestion?: string;
  commune?: string;
  department?: string;
  setId?: string;
  indicator?: string;
  /** Extra identity for the ignore key when commune/indicator/department are not enough. */
  keyHint?: string;
}

export class FindingSink {
  readonly items: Finding[] = [];

  add(code: string, severity: Severity, ref: SourceRef | undefined, message: Bilingual, extras: FindingExtras = {}): Finding {
    const { keyHint, ...rest } = extras;
    const f: Finding = {
      code,
      severity,
      sheet: ref?.sheet,
      cell: ref?.cell,
      message,
      ...stripUndefined(rest),
      key: findingKey([code, extras.setId, extras.commune, extras.indicator, extras.department, keyHint ?? (extras.commune || extras.indicator || extras.department ? undefined : ref ? `${ref.sheet}` : undefined), extras.found]),
    };
    this.items.push(f);
    return f;
  }
}

function stripUndefined<T extends object>(o: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
