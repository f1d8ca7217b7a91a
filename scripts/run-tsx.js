#!/usr/bin/env node
// Runs a TypeScript entry point through tsx without a build step (dev and CI only).
const { spawnSync } = require('child_process');
const path = require('path');
const tsxCli = require.resolve('tsx/cli');
const [entry, ...args] = process.argv.slice(2);
const r = spawnSync(process.execPath, [...process.execArgv, tsxCli, path.resolve(entry), ...args], { stdio: 'inherit' });
process.exit(r.status === null ? 2 : r.status);
