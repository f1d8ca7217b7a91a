// As-of date, region and the recognized sheets with a way to correct a wrong guess.
// Native selects (Fluent Select): keyboard and screen readers work as everywhere else.
import * as React from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import type { RecognizedSheet, SheetRole } from '../../domain/check-types';
import type { WorkbookSettings } from '../../domain/plan/workbook-state';
import { formatViDate } from '../../domain/model/dates';
import { UI_REGIONS, UI_REGION_NAMES, type UiRegion } from '../regions';
import { useI18n } from '../i18n-context';
import { useShared } from './styles';

const ROLES: SheetRole[] = ['assignment', 'status-matrix', 'status-transposed', 'status-long', 'status-commune', 'communes', 'departments', 'definitions'];
const SKIP = 'none';
/** Drops the user's correction: the engine guesses again. */
const AUTO = 'auto';

export interface SettingsPanelProps {
  settings: WorkbookSettings;
  asOf: string;
  /** Said under the date when it is after the period of a set the check judged by. */
  periodNote?: string;
  recognized?: RecognizedSheet[];
  disabled: boolean;
  onAsOf(asOf: string): void;
  onRegion(region: string | undefined): void;
  onRole(sheet: string, role: SheetRole | null | undefined): void;
}

export function SettingsPanel(p: SettingsPanelProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const shared = useShared();
  const roles = p.settings.sheetRoles ?? {};
  return (
    <section className={shared.section} aria-labelledby="settings-h">
      <h2 className={shared.heading} id="settings-h">
        {t.settingsHeading}
      </h2>
      <div className={shared.fieldRow}>
        <Field className={shared.field} label={t.asOfLabel} hint={t.asOfHint(formatViDate(p.asOf))}>
          <Input
            type="date"
            value={p.asOf}
            disabled={p.disabled}
            className={shared.full}
            onChange={(_, d) => {
              if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) p.onAsOf(d.value);
            }}
          />
        </Field>
        <Field className={shared.field} label={t.regionLabel} hint={t.regionHint(p.settings.region && UI_REGION_NAMES[p.settings.region as UiRegion]?.[lang])}>
          <Select value={p.settings.region ?? ''} disabled={p.disabled} className={shared.full} onChange={(_, d) => p.onRegion(d.value || undefined)}>
            <option value="">{t.regionNone}</option>
            {UI_REGIONS.map((r) => (
              <option key={r} value={r}>
                {UI_REGION_NAMES[r][lang]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {p.periodNote && (
        // Full width under the date and region: the note is a sentence, too long for the date's half.
        // A styled paragraph, not Fluent's MessageBar (28 KB gzipped more in the pane's first load).
        <p className={shared.note} data-testid="period-note">
          {p.periodNote}
        </p>
      )}
      <h3 className={shared.subheading}>{t.sheetsHeading}</h3>
      {!p.recognized ? (
        <p className={shared.hint}>{t.sheetsBeforeCheck}</p>
      ) : (
        <ul className={shared.section} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {p.recognized.map((r) => {
            const overridden = Object.prototype.hasOwnProperty.call(roles, r.sheet);
            // The engine already applied any override: r.role is the role in force.
            const value = r.role ?? SKIP;
            return (
              <li key={r.sheet}>
                <Field label={t.sheetRoleLabel(r.sheet)} hint={r.reason[lang]}>
                  <Select
                    value={value}
                    disabled={p.disabled}
                    className={shared.full}
                    onChange={(_, d) => p.onRole(r.sheet, d.value === AUTO ? undefined : d.value === SKIP ? null : (d.value as SheetRole))}
                  >
                    {ROLES.map((x) => (
                      <option key={x} value={x}>
                        {t.roles[x]}
                      </option>
                    ))}
                    <option value={SKIP}>{t.roles.none}</option>
                    {overridden && <option value={AUTO}>{t.roleAuto}</option>}
                  </Select>
                </Field>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
