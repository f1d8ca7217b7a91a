#!/usr/bin/env node
// Runs a TypeScript entry point through tsx without a build step (dev and CI only).
// tsx is loaded with --import in one node process (not tsx's own CLI, which starts a second
// process and drops node flags such as --expose-gc that the bench relies on).
const { spawnSync } = require('child_process');
const path = require('path');
const { pathToFileURL } = require('url');
const tsxLoader = pathToFileURL(require.resolve('tsx')).href;
const [entry, ...args] = process.argv.slice(2);
const r = spawnSync(process.execPath, [...process.execArgv, '--import', tsxLoader, path.resolve(entry), ...args], { stdio: 'inherit' });
process.exit(r.status === null ? 2 : r.status);
