#!/usr/bin/env node
// `npm run validate`: Microsoft's online manifest validation (office-addin-manifest validate),
// the authoritative check. Without network it says so plainly and points at the offline check.
'use strict';

const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const manifest = process.argv[2] || 'manifest.xml';
const cli = path.join(path.dirname(require.resolve('office-addin-manifest/package.json')), 'cli.js');
const NO_NETWORK = /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|network/i;

const child = spawn(process.execPath, [cli, 'validate', manifest], { cwd: ROOT, stdio: ['inherit', 'pipe', 'pipe'] });
let output = '';
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    output += chunk;
    (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
  });
}
child.on('exit', (code) => {
  if (code !== 0 && NO_NETWORK.test(output)) {
    console.error(
      '\n[ntm] Không có mạng: không gọi được dịch vụ kiểm tra manifest trực tuyến của Microsoft.' +
        '\n[ntm] No network: the online manifest validation service (validationgateway.omex.office.net) is unreachable.' +
        '\n[ntm] Offline check against the local schemas: npm run validate:offline',
    );
  }
  process.exit(code === null ? 1 : code);
});
