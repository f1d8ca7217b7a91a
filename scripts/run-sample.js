#!/usr/bin/env node
// `npm run sample`: checks the bundled Trà Cú workbook as of 15/10/2023 and writes out/.
// The sample keeps the seed's mistakes, so ntm-check exits 1 ("has errors"); that is the
// expected outcome here, and only a failure to run (exit 2 or a crash) fails this script.
const { spawnSync } = require('child_process');
const path = require('path');
const root = path.join(__dirname, '..');
const r = spawnSync(process.execPath, [path.join(root, 'bin/ntm-check.js'), 'examples/tra-cu-2023.xlsx', '--as-of', '2023-10-15', '--out', 'out/tra-cu-2023.checked.xlsx', '--json', 'out/tra-cu-2023.report.json', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (r.status === 1) console.log('\n(ntm-check thoát mã 1: workbook mẫu có lỗi, đúng như kế hoạch gốc / exit 1: the sample has errors, as intended)');
process.exit(r.status === 0 || r.status === 1 ? 0 : 1);
