#!/usr/bin/env node
// Entry for `npx ntm-check`: loads the TypeScript CLI through tsx's require hook.
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(2);
  },
);
