/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The pane with every string 40% longer and accented, at the task pane's 350 px: each label
// is present whole, and every button and field may wrap instead of overflowing sideways.
import './support/jsdom-globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CATALOGS } from '../../src/ui/i18n';
import { MemoryHost } from './support/memory-host';
import { pseudoCatalog, pseudoString } from './support/pseudo';
import { sampleData } from './support/sample';
import { renderPane } from './support/render';

jest.setTimeout(60000);

const vi = pseudoCatalog(CATALOGS.vi);
const catalogs = { vi, en: pseudoCatalog(CATALOGS.en) };

/** white-space values the page's style sheets declare for an element (jsdom does not cascade them). */
function declaredWhiteSpace(el: Element): string[] {
  const out: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      const r = rule as CSSStyleRule;
      const value = r.style?.getPropertyValue('white-space');
      if (!r.selectorText || !value) continue;
      try {
        if (el.matches(r.selectorText)) out.push(value);
      } catch {
        // Selectors jsdom cannot parse (pseudo-elements) do not apply to the element itself.
      }
    }
  }
  return out;
}

function expectWraps(container: HTMLElement): void {
  const buttons = [...container.querySelectorAll('button')];
  expect(buttons.length).toBeGreaterThan(3);
  let styled = 0;
  for (const b of buttons) {
    const ws = declaredWhiteSpace(b);
    // Wrapping text: no rule keeps a label on one line wider than the pane.
    expect(ws).not.toContain('nowrap');
    if (ws.includes('normal')) styled++;
  }
  // The Fluent buttons carry the wrapping rule explicitly.
  expect(styled).toBeGreaterThanOrEqual(container.querySelectorAll('button.fui-Button').length);
}

test('main states render every pseudo-localized label at 350 px and controls wrap', async () => {
  document.body.style.width = '350px';
  const host = new MemoryHost(await sampleData());
  const { container } = await renderPane({ host, catalogs });
  for (const label of [vi.check, vi.createSummary, vi.clearMarks, vi.exportFindings, vi.langSwitch]) {
    expect(screen.getByRole('button', { name: label })).toBeTruthy();
  }
  expect(screen.getByText(vi.sheetsBeforeCheck)).toBeTruthy();
  expect(screen.getByLabelText(vi.asOfLabel)).toBeTruthy();
  expectWraps(container);

  fireEvent.click(screen.getByText(vi.check));
  await waitFor(() => expect(screen.getByTestId('announcement').textContent).not.toBe(''), { timeout: 20000 });
  // Text queries: role queries over hundreds of findings are slow in jsdom.
  expect(screen.getByText(vi.resultsHeading).tagName).toBe('H2');
  expect(screen.getByText(vi.next).closest('button')).toBeTruthy();
  expect(screen.getByText(vi.previous).closest('button')).toBeTruthy();
  expect(screen.getByLabelText(vi.search)).toBeTruthy();
  expect(screen.getAllByText(vi.bands['15-18']).length).toBeGreaterThan(0);
  expect(screen.getByText(new RegExp('^' + escape(vi.codeNames['commune.variant']))).closest('h4')).toBeTruthy();
  expect(screen.getAllByText(vi.ignore).length).toBeGreaterThan(0);
  expect(screen.getByTestId('announcement').textContent).toMatch(/^\[.*ẞ/);
  expectWraps(container);

  host.failNext.writeResults = { code: 'AccessDenied' };
  fireEvent.click(screen.getByText(vi.createSummary));
  await waitFor(() => expect(container.querySelector('[role="alert"]')).toBeTruthy(), { timeout: 20000 });
  expect(container.querySelector('[role="alert"]')!.textContent).toContain(vi.errorTitle);
  expect(screen.getByText(vi.dismiss).closest('button')).toBeTruthy();
  expectWraps(container);
});

test('pseudo strings are longer by at least 40% and keep the original letters recognisable', () => {
  const p = pseudoString('Kiểm tra');
  expect(p.length).toBeGreaterThanOrEqual(Math.ceil('Kiểm tra'.length * 1.4) + 2);
  expect(p.startsWith('[K')).toBe(true);
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
