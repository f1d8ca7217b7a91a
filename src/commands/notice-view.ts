// What notice.html shows, computed from its query string (pure: tested without a browser).
import { NOTICE_PARAMS, type NoticeLang } from './notice-dialog';

export interface NoticeView {
  readonly lang: NoticeLang;
  readonly ok: boolean;
  readonly title: string;
  /** A text cue besides the colour (WCAG: never colour alone). */
  readonly status: string;
  readonly message: string;
  readonly closeLabel: string;
}

const TEXT = {
  vi: { title: 'Tạo biểu tổng hợp', ok: 'Hoàn tất', error: 'Chưa hoàn tất', close: 'Đóng', empty: 'Không có thông báo.' },
  en: { title: 'Create summaries', ok: 'Done', error: 'Not completed', close: 'Close', empty: 'No message.' },
} as const;

export function noticeView(query: string): NoticeView {
  const params = new URLSearchParams(query);
  const lang: NoticeLang = params.get(NOTICE_PARAMS.lang) === 'en' ? 'en' : 'vi';
  const ok = params.get(NOTICE_PARAMS.ok) === '1';
  const t = TEXT[lang];
  const message = (params.get(NOTICE_PARAMS.message) ?? '').trim();
  return { lang, ok, title: t.title, status: ok ? t.ok : t.error, message: message || t.empty, closeLabel: t.close };
}
