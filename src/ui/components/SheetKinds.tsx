// The sheets a check recognized, each with a select to correct its kind. Once a check has run and
// every sheet is settled the list folds under a one-line summary: at 350 px its selects and hints
// (~560 px for the sample's seven sheets) stood between the settings and the results. It stays open
// while something needs the user: before a check, a sheet not recognized, a workbook that cannot be
// checked, or a kind the user has just changed (mid-correction, until the next check).
import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { CheckResult, RecognizedSheet, SheetRole } from '../../domain/check-types';
import { useI18n } from '../i18n-context';
import { Disclosure } from './Disclosure';
import { useShared } from './styles';

const ROLES: SheetRole[] = ['assignment', 'status-matrix', 'status-transposed', 'status-long', 'status-commune', 'communes', 'departments', 'definitions'];
const SKIP = 'none';
/** A sheet the check could not read that the user has not skipped: "Bỏ qua" must be a change from it. */
const UNREAD = 'unrecognized';
/** Drops the user's correction: the engine guesses again. */
const AUTO = 'auto';
/** Sheets named in the folded summary before "và 4 trang khác". */
const NAMED = 3;

type Roles = Record<string, SheetRole | null>;

/** Sheets the check reports it could not recognize, less those the user chose to skip (settled) and
 * those whose finding was ignored. Hidden, empty and the add-in's own sheets get no such finding:
 * nothing to do about them, they do not hold the list open. */
export function unrecognizedSheets(result: CheckResult, roles: Roles): string[] {
  const named = new Set(result.findings.flatMap((f) => (f.code === 'sheet.unrecognized' && f.sheet && roles[f.sheet] !== null ? [f.sheet] : [])));
  return result.recognized.filter((r) => named.has(r.sheet)).map((r) => r.sheet);
}

export interface SheetKindsProps {
  result?: CheckResult;
  /** The user's corrections (settings.sheetRoles). */
  roles: Roles;
  /** Checks from a fresh read (PaneState.checks): each folds or opens the list again by what it found. */
  checks: number;
  disabled: boolean;
  onRole(sheet: string, role: SheetRole | null | undefined): void;
}

export function SheetKinds(p: SheetKindsProps): React.JSX.Element {
  const { t } = useI18n();
  const shared = useShared();
  // The user's own open / close, and whether they changed a kind since the last check.
  const [userOpen, setUserOpen] = React.useState<boolean>();
  const [correcting, setCorrecting] = React.useState(false);
  // Reset during render, not in an effect: the first paint after a check is already folded.
  const [checks, setChecks] = React.useState(p.checks);
  if (checks !== p.checks) {
    setChecks(p.checks);
    setUserOpen(undefined);
    setCorrecting(false);
  }
  if (!p.result) {
    return (
      <>
        <h3 className={shared.subheading}>{t.sheetsHeading}</h3>
        <p className={shared.hint}>{t.sheetsBeforeCheck}</p>
      </>
    );
  }
  const unrecognized = unrecognizedSheets(p.result, p.roles);
  const unread = new Set(unrecognized);
  const usable = p.result.usable;
  const open = userOpen ?? (correcting || !p.result.usable || unrecognized.length > 0);
  const known = p.result.recognized.filter((r) => r.role !== null).map((r) => r.sheet);
  const summary =
    known.length === 0 && unrecognized.length
      ? t.sheetsNoneRecognized(unrecognized)
      : [t.sheetsSummary(known.length, known.slice(0, NAMED)), unrecognized.length ? t.sheetsUnrecognized(unrecognized) : ''].filter(Boolean).join(' ');
  // The summary says "Đã nhận …" itself: no heading over it, the toggle is the list's heading (a row
  // less before the results). Shown open too: hidden on opening, it would pull the button up from
  // under the pointer.
  return (
    <>
      <p className={shared.text} data-testid="sheets-summary">
        {summary}
      </p>
      <Disclosure level={3} label={t.sheetsToggle} open={open} onToggle={setUserOpen}>
        <ul className={shared.section} style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {p.result.recognized.map((r) => (
            <li key={r.sheet}>
              <SheetKindField
                sheet={r}
                chosen={p.roles[r.sheet]}
                unread={unread.has(r.sheet)}
                usable={usable}
                overridden={Object.prototype.hasOwnProperty.call(p.roles, r.sheet)}
                disabled={p.disabled}
                onRole={(role) => {
                  setCorrecting(true);
                  p.onRole(r.sheet, role);
                }}
              />
            </li>
          ))}
        </ul>
      </Disclosure>
    </>
  );
}

interface SheetKindFieldProps {
  sheet: RecognizedSheet;
  /** The kind the user chose (null: skip), undefined when the add-in decides. */
  chosen: SheetRole | null | undefined;
  /** The check could not recognize it (sheet.unrecognized), and the user has not skipped it. */
  unread: boolean;
  /** False: the results say why each sheet was not recognized, the hint does not say it again. */
  usable: boolean;
  overridden: boolean;
  disabled: boolean;
  onRole(role: SheetRole | null | undefined): void;
}

/** One sheet's kind: a select, and a hint that says the kind in force in full (a closed select cuts
 * "Hiện trạng (mỗi xã một dòng)" at 175 px) and why, as the add-in found it or as the user chose it. */
function SheetKindField({ sheet: r, chosen, unread, usable, overridden, disabled, onRole }: SheetKindFieldProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const shared = useShared();
  // The engine already applied any override: r.role is the role in force.
  const value = unread ? UNREAD : r.role ?? SKIP;
  const kind = unread ? t.roleUnrecognizedShort : t.roles[r.role ?? SKIP];
  const why = r.reason[lang];
  const hint = !overridden
    ? unread
      ? usable
        ? t.sheetKindUnrecognized(why)
        : t.sheetKindUnrecognizedBrief
      : t.sheetKindFound(kind, why)
    : chosen === r.role
      ? // "Bỏ qua" chosen: the engine's reason only repeats it.
        t.sheetKindChosen(kind, chosen === null ? undefined : why)
      : t.sheetKindUnreadable(kind, t.roles[chosen ?? SKIP], why);
  return (
    <Field label={t.sheetRoleLabel(r.sheet)} hint={hint}>
      <Select
        value={value}
        disabled={disabled}
        className={shared.full}
        onChange={(_, d) => onRole(d.value === AUTO ? undefined : d.value === SKIP ? null : (d.value as SheetRole))}
      >
        {/* Shown while in force only; not a choice (choosing it would undo nothing). */}
        {unread && (
          <option value={UNREAD} disabled>
            {t.roleUnrecognized}
          </option>
        )}
        {ROLES.map((x) => (
          <option key={x} value={x}>
            {t.roles[x]}
          </option>
        ))}
        <option value={SKIP}>{t.roles.none}</option>
        {overridden && <option value={AUTO}>{t.roleAuto}</option>}
      </Select>
    </Field>
  );
}
