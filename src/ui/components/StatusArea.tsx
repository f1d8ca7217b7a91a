// Progress of the running operation, the error bar, and the live region that announces results.
import * as React from 'react';
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import type { Bilingual } from '../../domain/model/finding';
import type { Busy, Message } from '../hooks/usePane';
import { useI18n } from '../i18n-context';
import { useShared } from './styles';

/** Focus can go back there: still on the page and not disabled. */
function focusable(el: Element | null | undefined): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && el !== el.ownerDocument.body && !el.matches(':disabled');
}

export interface StatusAreaProps {
  busy?: Busy;
  error?: Bilingual;
  announcement?: Message;
  onDismiss(): void;
  /** Where focus goes after "Đóng thông báo" when the element that had it is gone (the pane's first action). */
  firstAction(): HTMLElement | null | undefined;
}

export function StatusArea(p: StatusAreaProps): React.JSX.Element {
  const { t, lang } = useI18n();
  const shared = useShared();
  // Where focus was when the error appeared: the action that failed, as a rule. Closing the bar
  // removes its button, and Chromium would drop focus to the page.
  const origin = React.useRef<Element | null>(null);
  React.useLayoutEffect(() => {
    if (!p.error) origin.current = null;
    else origin.current ??= document.activeElement;
  }, [p.error]);
  const dismiss = () => {
    const back = focusable(origin.current) ? origin.current : p.firstAction();
    p.onDismiss();
    if (focusable(back)) back.focus();
  };
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
            <Button size="small" className={shared.wrapButton} onClick={dismiss}>
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
