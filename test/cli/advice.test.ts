// The command line's findings name its flags, where the pane's name its buttons
// (test/ui/advice-wording.test.tsx): main() runs the check as 'cli'.
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempDirPerTest } from './support/run-cli';

const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'tra-cu-2023.xlsx');
const tmp = tempDirPerTest('ntm-advice-');

test('a report date after the period: the JSON report\'s finding names --definitions-template, not the button', async () => {
  const json = path.join(tmp.path, 'r.json');
  const r = await runCli([SAMPLE, '--as-of', '2026-11-25', '--out', path.join(tmp.path, 'out.xlsx'), '--json', json]);
  expect(r.code).toBeLessThan(2);
  const report = JSON.parse(fs.readFileSync(json, 'utf8')) as { findings: { code: string; message: { vi: string } }[] };
  const ended = report.findings.filter((f) => f.code === 'set.period-ended');
  expect(ended.length).toBeGreaterThan(0);
  for (const f of ended) {
    expect(f.message.vi).toContain('--definitions-template');
    expect(f.message.vi).not.toContain('nút "Thêm trang bộ tiêu chí"');
  }
}, 120000);
