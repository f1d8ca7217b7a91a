// Collects findings as the readers and checks produce them.
import type { Bilingual, Finding, Severity } from '../model/finding';
import { findingKey } from '../model/finding';
import type { SourceRef } from '../model/program';

/** What a check may add to a finding: the finding's own optional fields. */
export type FindingExtras = Pick<Finding, 'found' | 'expected' | 'suggestion' | 'commune' | 'department' | 'communes' | 'departments' | 'setId' | 'indicator'> & {
  /** Extra identity for the ignore key when commune/indicator/department are not enough. */
  keyHint?: string;
};

export class FindingSink {
  readonly items: Finding[] = [];

  add(code: string, severity: Severity, ref: SourceRef | undefined, message: Bilingual, extras: FindingExtras = {}): Finding {
    const f: Finding = { code, severity, sheet: ref?.sheet, cell: ref?.cell, message, key: '' };
    // Only the fields that are set: findings go to JSON and to the UI as they are.
    if (f.sheet === undefined) delete f.sheet;
    if (f.cell === undefined) delete f.cell;
    if (extras.found !== undefined) f.found = extras.found;
    if (extras.expected !== undefined) f.expected = extras.expected;
    if (extras.suggestion !== undefined) f.suggestion = extras.suggestion;
    if (extras.commune !== undefined) f.commune = extras.commune;
    if (extras.department !== undefined) f.department = extras.department;
    // Copies without repeats (a lead cell may name one department twice); none when empty.
    if (extras.communes?.length) f.communes = [...new Set(extras.communes)];
    if (extras.departments?.length) f.departments = [...new Set(extras.departments)];
    if (extras.setId !== undefined) f.setId = extras.setId;
    if (extras.indicator !== undefined) f.indicator = extras.indicator;
    // The lists stay out of the key: keys of findings the office set aside were built without them.
    const specific = extras.commune || extras.indicator || extras.department;
    f.key = findingKey([code, extras.setId, extras.commune, extras.indicator, extras.department, extras.keyHint ?? (specific ? undefined : ref?.sheet), extras.found]);
    this.items.push(f);
    return f;
  }
}
