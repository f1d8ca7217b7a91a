// The report date, typed day/month/year as the office's reports write it. A text field, not a date
// input: that showed the order of the browser's (or Windows') locale, "11/26/2026" in an English
// Windows, above a hint saying 26/11/2026; lang="vi" does not change it in Chromium or Safari, the
// webviews of Excel for Windows and Mac. Taken on Enter or on leaving the field, when it is a date.
import * as React from 'react';
import { Field, Input } from '@fluentui/react-components';
import { formatViDate } from '../../domain/model/dates';
import { parseDayMonthYear } from '../day-month-year';
import { useI18n } from '../i18n-context';
import { useShared } from './styles';

export interface AsOfFieldProps {
  /** ISO date in force. */
  asOf: string;
  disabled: boolean;
  onAsOf(asOf: string): void;
}

export function AsOfField(p: AsOfFieldProps): React.JSX.Element {
  const { t } = useI18n();
  const shared = useShared();
  const [text, setText] = React.useState(formatViDate(p.asOf));
  const [invalid, setInvalid] = React.useState(false);
  // A date set elsewhere (the workbook's settings on opening) replaces what the field shows.
  React.useEffect(() => {
    setText(formatViDate(p.asOf));
    setInvalid(false);
  }, [p.asOf]);
  const commit = () => {
    const iso = parseDayMonthYear(text);
    setInvalid(!iso);
    if (!iso) return;
    setText(formatViDate(iso));
    if (iso !== p.asOf) p.onAsOf(iso);
  };
  return (
    <Field
      className={shared.field}
      label={t.asOfLabel}
      hint={invalid ? undefined : t.asOfHint}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? t.asOfInvalid(formatViDate(p.asOf)) : undefined}
    >
      <Input
        type="text"
        autoComplete="off"
        value={text}
        disabled={p.disabled}
        className={shared.full}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}
