// A workbook with nothing to check (no assignment or status sheet): one error in the results,
// saying what was looked for once and what to do. It was a plain line over the engine's reason,
// with the same reason under each sheet's select and again as "Thông tin" findings.
import * as React from 'react';
import type { CheckResult } from '../../domain/check-types';
import { useI18n } from '../i18n-context';
import { useShared } from './styles';

/** Findings about whole sheets: the sheets' list and this message already say them. */
const SHEET_CODES = new Set(['sheet.unrecognized', 'sheet.hidden-skipped', 'sheet.user-skipped']);

/** An unusable workbook's findings panel only when it has more to say than the sheets' list
 * (a communes sheet's duplicates, a legacy font) or holds ignored findings to bring back. */
export function findingsWorthShowing(result: CheckResult): boolean {
  return result.usable || result.ignoredCount > 0 || result.findings.some((f) => !SHEET_CODES.has(f.code));
}

export function UnusableMessage({ result }: { result: CheckResult }): React.JSX.Element {
  const { t, lang } = useI18n();
  const shared = useShared();
  return (
    <div className={shared.error} data-testid="unusable">
      <p className={shared.subheading}>{t.unusable}</p>
      {result.unusableReason && <p className={shared.text}>{result.unusableReason[lang]}</p>}
      <p className={shared.text}>{t.unusableNext}</p>
    </div>
  );
}
