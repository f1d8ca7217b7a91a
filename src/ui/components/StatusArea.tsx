// Progress of the running operation, the error bar, and the live region that announces results.
import * as React from 'react';
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import type { Bilingual } from '../../domain/model/finding';
import type { Busy, Message } from '../hooks/usePane';
import { useI18n } from '../i18n-context';
import { useShared } from './styles';

export function StatusArea(p: { busy?: Busy; error?: Bilingual; announcement?: Message; onDismiss(): void }): React.JSX.Element {
  const { t, lang } = useI18n();
  const shared = useShared();
  return (
    <div className={shared.section}>
      {p.busy && (
        <Field label={t.steps[p.busy.step]} validationState="none">
          <ProgressBar value={p.busy.value} max={1} thickness="large" aria-label={t.progressLabel} />
        </Field>
      )}
      {p.error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle> {p.error[lang]}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" className={shared.wrapButton} onClick={p.onDismiss}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <p className={shared.text} role="status" aria-live="polite" data-testid="announcement">
        {p.announcement ? p.announcement(t) : ''}
      </p>
    </div>
  );
}
