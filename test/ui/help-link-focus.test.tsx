/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The help link at the pane's foot shows keyboard focus as Fluent's controls do, a 2 px ring in
// colorStrokeFocus2, not only Fluent Link's double underline (hard to tell from its underline).
import './support/jsdom-globals';
import { screen } from '@testing-library/react';
import { MemoryHost } from './support/memory-host';
import { renderPane } from './support/render';

/** The values the page's style sheets declare for `prop` on the element when keyboard-focused:
 * Fluent marks that focus with data-fui-focus-visible; the native :focus-visible is read as met. */
function declaredOnKeyboardFocus(el: HTMLElement, prop: string): string[] {
  const out: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      const r = rule as CSSStyleRule;
      const value = r.style?.getPropertyValue(prop);
      if (!r.selectorText || !value || !/focus-visible/.test(r.selectorText)) continue;
      try {
        if (el.matches(r.selectorText.replace(/:focus-visible/g, ''))) out.push(value);
      } catch {
        // Selectors jsdom cannot parse (pseudo-elements) do not apply to the element itself.
      }
    }
  }
  return out;
}

test('the help link has a visible focus ring from the keyboard', async () => {
  await renderPane({ host: new MemoryHost({ sheets: [] }) });
  const link = screen.getByRole('link', { name: 'Hướng dẫn sử dụng' });
  link.setAttribute('data-fui-focus-visible', '');
  expect(declaredOnKeyboardFocus(link, 'outline-style')).toEqual(expect.arrayContaining(['solid']));
  expect(declaredOnKeyboardFocus(link, 'outline-style')).not.toContain('none');
  expect(declaredOnKeyboardFocus(link, 'outline-width')).toContain('2px');
  expect(declaredOnKeyboardFocus(link, 'outline-color').join()).toContain('--colorStrokeFocus2');
});
