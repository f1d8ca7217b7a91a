// Validates .xlsx files with Microsoft's Open XML SDK validator (compiled to WebAssembly by
// @ooxml-tools/validate, an ES module: run in its own Node process). Prints one JSON object:
// file path → the validator's errors. Usage: node ooxml-validate.mjs FILE...
import fs from 'fs';
import validate from '@ooxml-tools/validate';

const out = {};
for (const file of process.argv.slice(2)) out[file] = await validate(new Uint8Array(fs.readFileSync(file)), 'xlsx', 'Microsoft365');
process.stdout.write(JSON.stringify(out));
