#!/usr/bin/env node
// Builds every Custom UI surface: each static/<surface>/ folder with a vite.config.ts (static/shared
// holds code the surfaces share and is not a surface). Surfaces build one after the other through
// Vite's JS API, each into static/<surface>/build/ with relative asset URLs (the config's
// `base: './'`), which is the folder a manifest `resources[].path` points at.
// Usage: node scripts/build-ui.cjs [surface…]   (no names: every surface)
const fs = require('node:fs');
const path = require('node:path');

const staticDir = path.resolve(__dirname, '..', 'static');
const notSurfaces = new Set(['shared']);

function surfaces() {
  return fs
    .readdirSync(staticDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !notSurfaces.has(entry.name))
    .filter((entry) => fs.existsSync(path.join(staticDir, entry.name, 'vite.config.ts')))
    .map((entry) => entry.name)
    .sort();
}

function folderBytes(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : fs.statSync(full).size;
  }
  return total;
}

async function main() {
  const all = surfaces();
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !all.includes(name));
  if (unknown.length > 0) {
    throw new Error(`No such surface: ${unknown.join(', ')} (surfaces: ${all.join(', ') || 'none'})`);
  }
  const chosen = asked.length > 0 ? asked : all;
  if (chosen.length === 0) {
    console.log('build-ui: no surface under static/ has a vite.config.ts; nothing to build');
    return;
  }
  // Vite is ESM-only; a dynamic import works from CommonJS on every Node version we support.
  // Always a production build, even when called from Jest (which sets NODE_ENV=test): Vite keeps an
  // existing NODE_ENV, and a development React build would ship warnings and twice the bytes.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  for (const name of chosen) {
    const root = path.join(staticDir, name);
    const started = Date.now();
    console.log(`build-ui: building static/${name}`);
    await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
    const outDir = path.join(root, 'build');
    if (!fs.existsSync(path.join(outDir, 'index.html'))) {
      throw new Error(`static/${name}: the build wrote no build/index.html (check outDir in its vite.config.ts)`);
    }
    const kib = (folderBytes(outDir) / 1024).toFixed(0);
    console.log(`build-ui: built static/${name}/build (${kib} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`build-ui: ${chosen.length} surface(s) built`);
}

main().catch((error) => {
  console.error(`build-ui: failed: ${error instanceof Error ? error.stack || error.message : String(error)}`);
  process.exit(1);
});
