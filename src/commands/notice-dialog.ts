// Shows a command's outcome in a small Office dialog (notice.html).
// Why a dialog: a function command has no UI of its own, Excel has no toast API for add-ins
// (Outlook's notificationMessages do not exist in Excel), and the documented way for a function
// file to show something is Office.context.ui.displayDialogAsync. The function file must stay
// alive while the dialog is open, so the returned promise settles when the dialog is gone.
/// <reference types="office-js" />

import type { CommandOutcome } from './create-summaries';

/** Query parameters read by notice.ts. */
export const NOTICE_PARAMS = { ok: 'ok', message: 'm', lang: 'lang' } as const;
/** Long texts are cut: the dialog URL must stay well under browser and Office URL limits. */
export const NOTICE_MAX_CHARS = 400;
/** The notice closes itself so the command finishes well within Office's 5-minute limit. */
export const NOTICE_AUTO_CLOSE_MS = { ok: 30_000, error: 120_000 } as const;

export type NoticeLang = 'vi' | 'en';

/** The dialog's URL: notice.html next to the page running the command, outcome in the query. */
export function noticeUrl(pageUrl: string, outcome: CommandOutcome, lang: NoticeLang = 'vi'): string {
  const url = new URL('notice.html', pageUrl);
  const text = outcome.message.length > NOTICE_MAX_CHARS ? `${outcome.message.slice(0, NOTICE_MAX_CHARS - 1)}…` : outcome.message;
  url.searchParams.set(NOTICE_PARAMS.ok, outcome.ok ? '1' : '0');
  url.searchParams.set(NOTICE_PARAMS.message, text);
  url.searchParams.set(NOTICE_PARAMS.lang, lang);
  return url.toString();
}

/** Office UI language → the notice's language (Vietnamese unless Office runs in English). */
export function noticeLang(displayLanguage: string | undefined): NoticeLang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'vi';
}

/** The slice of Office the notice needs (Office.context.ui and Office.EventType in production). */
export interface DialogApi {
  readonly ui: Pick<Office.UI, 'displayDialogAsync'>;
  readonly events: { readonly DialogMessageReceived: Office.EventType; readonly DialogEventReceived: Office.EventType };
  /** The Succeeded value of Office.AsyncResultStatus. */
  readonly succeeded: Office.AsyncResultStatus;
}

/**
 * Opens the notice and resolves when the user closes it (button or ×), when it auto-closes,
 * or at once when no dialog can be opened (the message is then logged). Never rejects.
 */
export function showNotice(api: DialogApi, url: string, autoCloseMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (dialog?: Office.Dialog): void => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // already closed by the user
      }
      resolve();
    };
    try {
      api.ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== api.succeeded) {
          console.warn('[ntm] notice dialog not shown:', result.error?.message, url);
          finish();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(api.events.DialogMessageReceived, () => finish(dialog));
        // 12006: closed with ×; other codes: the page failed. Either way nothing is left to show.
        dialog.addEventHandler(api.events.DialogEventReceived, () => finish());
        timer = setTimeout(() => finish(dialog), autoCloseMs);
      });
    } catch (error) {
      console.warn('[ntm] notice dialog not available:', error);
      finish();
    }
  });
}
