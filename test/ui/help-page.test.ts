// The help page (manifest SupportUrl, link at the foot of the pane) must name the buttons and
// sheets the product really has, and load nothing from outside its own site.
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGS } from '../../src/ui/i18n';
import { SHEET_NAMES } from '../../src/domain/layout';
import { DEFINITIONS_TEMPLATE_NAME } from '../../src/domain/layout/definitions-template';

const HTML = fs.readFileSync(path.join(__dirname, '../../src/help/help.html'), 'utf8');
const vi = CATALOGS.vi;
const buttons = [...HTML.matchAll(/<span class="btn">([^<]+)<\/span>/g)].map((m) => m[1]);

test('every button the help names is a button of the pane, by its Vietnamese label', () => {
  const labels = new Set([vi.check, vi.createSummary, vi.clearMarks, vi.exportFindings, vi.addTemplate, vi.download, vi.previous, vi.next, vi.ignore, vi.restoreIgnored, vi.restoreOne, vi.openFile, vi.useSample, vi.sheetsToggle]);
  expect(buttons.length).toBeGreaterThan(10);
  for (const b of buttons) expect(labels).toContain(b);
  // And every action of the pane is explained.
  for (const l of labels) expect(buttons).toContain(l);
});

test('names the sheets the add-in writes as they are called in the workbook', () => {
  expect(HTML).toContain(SHEET_NAMES.findings);
  expect(HTML).toContain(SHEET_NAMES.legend);
  expect(HTML).toContain(DEFINITIONS_TEMPLATE_NAME);
});

test('is static and stays on its own site (no script, no absolute URL)', () => {
  expect(HTML).not.toMatch(/<script/i);
  expect(HTML).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
  expect(HTML).toMatch(/<html lang="vi">/);
  expect(HTML).toMatch(/id="en" lang="en"/);
});

test('the period note names the template button by its label, in both languages', () => {
  expect(CATALOGS.vi.periodEnded('giai đoạn 2021 - 2025')).toContain(`"${CATALOGS.vi.addTemplate}"`);
  expect(CATALOGS.en.periodEnded('the 2021 - 2025 period')).toContain(`"${CATALOGS.en.addTemplate}"`);
});
