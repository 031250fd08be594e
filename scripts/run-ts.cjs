#!/usr/bin/env node
// Runs a TypeScript entry file (`node scripts/run-ts.cjs file.ts args…`) by compiling each
// required .ts file to CommonJS with SWC on the fly — the same compiler Jest uses, so scripts,
// benches and the sandbox run exactly the code the tests run, without a separate build step.
const { transformSync } = require('@swc/core');
const fs = require('node:fs');
const path = require('node:path');

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    sourceMaps: 'inline',
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.cjs <file.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
