// As-of date and region, then the recognized sheets (children: SheetKinds).
// Native selects (Fluent Select): keyboard and screen readers work as everywhere else.
import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { WorkbookSettings } from '../../domain/plan/workbook-state';
import { AsOfField } from './AsOfField';
import { UI_REGIONS, UI_REGION_NAMES, type UiRegion } from '../regions';
import { useI18n } from '../i18n-context';
import { useShared } from './styles';

export interface SettingsPanelProps {
  settings: WorkbookSettings;
  asOf: string;
  /** Said under the date when it is after the period of a set the check judged by. */
  periodNote?: string;
  disabled: boolean;
  onAsOf(asOf: string): void;
  onRegion(region: string | undefined): void;
  /** The recognized sheets, under the date and region. */
  children?: React.ReactNode;
}

export function SettingsPanel(p: SettingsPanelProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const shared = useShared();
  return (
    <section className={shared.section} aria-labelledby="settings-h">
      <h2 className={shared.heading} id="settings-h">
        {t.settingsHeading}
      </h2>
      <div className={shared.fieldRow}>
        <AsOfField asOf={p.asOf} disabled={p.disabled} onAsOf={p.onAsOf} />
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
      {p.children}
    </section>
  );
}
