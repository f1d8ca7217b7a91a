// Script of notice.html: fills the page from its query and asks the opener to close it.
/// <reference types="office-js" />
import { noticeView } from './notice-view';

function render(): void {
  const view = noticeView(window.location.search);
  document.documentElement.lang = view.lang;
  document.title = view.title;
  const set = (id: string, text: string): HTMLElement | null => {
    const el = document.getElementById(id);
    if (el) el.textContent = text; // textContent: the message is data, never markup
    return el;
  };
  set('title', view.title);
  set('status', view.status)?.classList.add(view.ok ? 'ok' : 'error');
  set('message', view.message);
  const button = set('close', view.closeLabel) as HTMLButtonElement | null;
  const close = (): void => Office.context.ui.messageParent('close');
  button?.addEventListener('click', close);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  button?.focus();
}

Office.onReady(render);
