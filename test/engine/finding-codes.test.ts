// Every finding code the engine can emit is documented in the README and named in the pane in both
// languages: a code added without them would reach users as a bare "status.xyz".
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGS } from '../../src/ui/i18n';

const root = path.join(__dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

const emitted = new Set<string>();
for (const f of sources(path.join(root, 'src/domain'))) {
  const text = fs.readFileSync(f, 'utf8');
  for (const m of text.matchAll(/\badd\(\s*'([a-z]+\.[a-z-]+)'/g)) emitted.add(m[1]);
  for (const m of text.matchAll(/'(definitions\.[a-z-]+)'/g)) emitted.add(m[1]);
  // deadline.${state} and deadline.${kind}: the states a status row or an item can be late in.
  if (/add\(`deadline\.\$\{/.test(text) || /'deadline\.overdue' : 'deadline\.due-soon'/.test(text)) for (const s of ['overdue', 'due-soon', 'met-late']) emitted.add(`deadline.${s}`);
}

test('the scan finds the engine\'s codes (guards the scan itself)', () => {
  for (const c of ['status.missing', 'code.unknown', 'deadline.overdue', 'deadline.due-soon', 'status.no-commune']) expect(emitted).toContain(c);
  expect(emitted.size).toBeGreaterThan(30);
});

test.each([...emitted].sort())('%s is in the README and named in Vietnamese and English', (code) => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  expect(readme.includes(`\`${code}\``) || (code.startsWith('definitions.') && readme.includes('`definitions.*`'))).toBe(true);
  expect(CATALOGS.vi.codeNames[code]).toBeTruthy();
  expect(CATALOGS.en.codeNames[code]).toBeTruthy();
});
