#!/usr/bin/env node
// `npm start`: serves the add-in (webpack-dev-server, development build, https://localhost:3000/)
// and sideloads it into desktop Excel where office-addin-debugging can (Windows, macOS).
// Elsewhere it prints how to upload manifest.xml to Excel on the web and keeps serving.
'use strict';

const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Text shown where no desktop sideloading is available. */
function sideloadHint() {
  return [
    '',
    '[ntm] The add-in is served from https://localhost:3000/ (development build).',
    '[ntm] Excel on the web: open a workbook, Insert → Add-ins (newer ribbon: Home → Add-ins → More Add-ins)',
    `[ntm]   → Upload My Add-in → ${MANIFEST}`,
    '[ntm] Desktop Excel (Windows/macOS) sideloads with office-addin-debugging, which is not a dependency here:',
    '[ntm]   npm i -D office-addin-debugging && npx office-addin-debugging start manifest.xml desktop --app excel',
    '',
  ].join('\n');
}

function startDevServer() {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], { cwd: ROOT, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code === null ? (signal ? 1 : 0) : code));
  return child;
}

/** Sideloads into desktop Excel; the dev server started above keeps serving (--no-dev-server). */
function sideloadDesktop() {
  const child = spawn(
    npx,
    // --no-install: never download a tool behind the user's back; a hint follows if it is missing.
    ['--no-install', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--no-dev-server'],
    // .cmd files need a shell on Windows (Node refuses to spawn them directly since 2024).
    { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  const missing = () => {
    console.warn('[ntm] office-addin-debugging is not installed, so Excel was not started.');
    console.warn(sideloadHint());
  };
  child.on('error', missing);
  child.on('exit', (code) => {
    if (code !== 0) missing();
  });
}

function main() {
  const server = startDevServer();
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (process.platform === 'win32' || process.platform === 'darwin') sideloadDesktop();
  else console.log(sideloadHint());
}

if (require.main === module) main();

module.exports = { sideloadHint };
