// Renders the pane over a host and waits for the real engine; axe in jsdom.
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { App, type AppProps } from '../../../src/ui/components/App';

export const AS_OF = '2023-10-15';

/** Renders the pane and lets its settings load from the workbook, as a user sees it once open. */
export async function renderPane(props: Partial<AppProps> & Pick<AppProps, 'host'>) {
  const view = render(<App initialLang="vi" today={() => AS_OF} {...props} />);
  await act(async () => {});
  return view;
}

/** Clicks a button by its visible name and waits until the pane is idle again. */
export async function clickAndWait(name: string | RegExp): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name }));
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull(), { timeout: 20000 });
}

/** Opens a closed findings group by its heading's button ("Tên xã viết khác nhau (1)"), as a user must
 * before reaching its findings (a closed group's findings are hidden). */
export function openGroup(name: RegExp): void {
  const toggle = screen.getByRole('button', { name, expanded: false });
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
}

/** Opens the recognized sheets' list ("Xem / sửa loại trang"), folded after a clean check, as a user
 * must before changing a sheet's kind (its selects are hidden while folded). */
export function openSheetKinds(): void {
  const toggle = screen.getByRole('button', { name: 'Xem / sửa loại trang' });
  if (toggle.getAttribute('aria-expanded') === 'false') fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
}

/** axe violations in the rendered document (colour contrast needs layout: checked in the browser test). */
export async function axeViolations(root: Element): Promise<string[]> {
  const r = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
