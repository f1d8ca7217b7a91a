// The ExecuteFunction button of the manifest: its name matches the code's association, the
// handler always releases Office, and the outcome notice opens, closes and reads correctly.
/// <reference types="office-js" />
import * as fs from 'fs';
import * as path from 'path';
import { makeCreateSummaries, type CommandOutcome } from '../../src/commands/create-summaries';
import { NOTICE_MAX_CHARS, noticeLang, noticeUrl, showNotice, type DialogApi } from '../../src/commands/notice-dialog';
import { noticeView } from '../../src/commands/notice-view';

const ROOT = path.resolve(__dirname, '..', '..');

describe('function command wiring', () => {
  it('associates the FunctionName declared in manifest.xml', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const declared = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    const source = fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
    const associated = [...source.matchAll(/Office\.actions\.associate\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(declared).toEqual(['createSummaries']);
    expect(associated).toEqual(declared);
  });
});

describe('makeCreateSummaries', () => {
  const setup = (run: () => Promise<CommandOutcome>, notify?: (o: CommandOutcome) => Promise<void>) => {
    const log: string[] = [];
    const shown: CommandOutcome[] = [];
    const handler = makeCreateSummaries({
      run,
      notify: async (o) => {
        shown.push(o);
        log.push('notify');
        if (notify) await notify(o);
      },
    });
    const event = { completed: jest.fn(() => log.push('completed')) };
    return { handler, event, shown, log };
  };

  it('shows the outcome, then completes', async () => {
    const outcome = { ok: true, message: 'Đã tạo 3 biểu tổng hợp.' };
    const { handler, event, shown, log } = setup(async () => outcome);
    await handler(event);
    expect(shown).toEqual([outcome]);
    expect(log).toEqual(['notify', 'completed']);
  });

  it('reports a thrown error in Vietnamese and still completes', async () => {
    const { handler, event, shown } = setup(async () => {
      throw new Error('Không tìm thấy trang Phân công');
    });
    await handler(event);
    expect(shown).toHaveLength(1);
    expect(shown[0].ok).toBe(false);
    expect(shown[0].message).toMatch(/^Không tạo được biểu tổng hợp\./);
    expect(shown[0].message).toContain('Không tìm thấy trang Phân công');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('completes even when the notice itself fails', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { handler, event } = setup(async () => ({ ok: true, message: 'x' }), async () => {
      throw new Error('12007');
    });
    await expect(handler(event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('notice dialog', () => {
  it('points at notice.html beside the function file, under any base path', () => {
    const url = new URL(noticeUrl('https://ntm.example.gov.vn/addin/commands.html?_host_Info=Excel', { ok: true, message: 'Xã Tân Hòa đạt 14/19 tiêu chí' }));
    expect(url.origin + url.pathname).toBe('https://ntm.example.gov.vn/addin/notice.html');
    const view = noticeView(url.search);
    expect(view).toMatchObject({ lang: 'vi', ok: true, status: 'Hoàn tất', message: 'Xã Tân Hòa đạt 14/19 tiêu chí', closeLabel: 'Đóng' });
  });

  it('cuts long messages so the dialog URL stays short', () => {
    const message = 'Chưa đạt tiêu chí Giao thông; '.repeat(50);
    const view = noticeView(new URL(noticeUrl('https://h/x/commands.html', { ok: false, message })).search);
    expect([...view.message].length).toBeLessThanOrEqual(NOTICE_MAX_CHARS);
    expect(view.message.endsWith('…')).toBe(true);
    expect(view.status).toBe('Chưa hoàn tất');
  });

  it('speaks English only when Office does', () => {
    expect(noticeLang('en-US')).toBe('en');
    expect(noticeLang('vi-VN')).toBe('vi');
    expect(noticeLang('fr-FR')).toBe('vi');
    expect(noticeLang(undefined)).toBe('vi');
    const view = noticeView(new URL(noticeUrl('https://h/commands.html', { ok: true, message: 'Done.' }, 'en')).search);
    expect(view).toMatchObject({ lang: 'en', status: 'Done', closeLabel: 'Close', title: 'Create summaries' });
    expect(noticeView('').message).toBe('Không có thông báo.');
  });

  type Handler = (arg: unknown) => void;
  const fakeApi = (status: 'ok' | 'fail') => {
    const handlers = new Map<string, Handler>();
    const dialog = { close: jest.fn(), addEventHandler: jest.fn((type: string, h: Handler) => handlers.set(type, h)) };
    const opened: string[] = [];
    const api = {
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          opened.push(url);
          callback(status === 'ok' ? { status: 'succeeded', value: dialog } : { status: 'failed', error: { message: '12005' } });
        },
      },
      events: { DialogMessageReceived: 'msg', DialogEventReceived: 'evt' },
      succeeded: 'succeeded',
    } as unknown as DialogApi;
    return { api, dialog, handlers, opened };
  };

  it('stays open until the user presses Đóng, then closes the dialog', async () => {
    const { api, dialog, handlers, opened } = fakeApi('ok');
    let done = false;
    const shown = showNotice(api, 'https://h/notice.html?m=x', 60_000).then(() => (done = true));
    await Promise.resolve();
    expect(opened).toEqual(['https://h/notice.html?m=x']);
    expect(done).toBe(false);
    handlers.get('msg')!({ message: 'close' });
    await shown;
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });

  it('ends when the user closes the dialog with ×', async () => {
    const { api, dialog, handlers } = fakeApi('ok');
    const shown = showNotice(api, 'https://h/notice.html', 60_000);
    handlers.get('evt')!({ error: 12006 });
    await expect(shown).resolves.toBeUndefined();
    expect(dialog.close).not.toHaveBeenCalled();
  });

  it('closes itself after the timeout', async () => {
    jest.useFakeTimers();
    try {
      const { api, dialog } = fakeApi('ok');
      const shown = showNotice(api, 'https://h/notice.html', 30_000);
      jest.advanceTimersByTime(29_999);
      expect(dialog.close).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      await shown;
      expect(dialog.close).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('resolves at once when the dialog cannot open', async () => {
    const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { api } = fakeApi('fail');
    await expect(showNotice(api, 'https://h/notice.html', 60_000)).resolves.toBeUndefined();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
