import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureUiBuilt, repoRoot } from '../../../sandbox/uiBuild';
import type { Bench } from '../benchTypes';

const GOAL_KB = 250;
const staticDir = path.join(repoRoot, 'static');

/** One chunk of Vite's build manifest (`build/.vite/manifest.json`), as far as this bench reads it. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type BuildManifest = Record<string, ManifestChunk>;

/** Every Custom UI surface: a folder of static/ with a vite.config.ts (static/shared is code they share). */
export function surfaceNames(): string[] {
  return fs
    .readdirSync(staticDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .filter((entry) => fs.existsSync(path.join(staticDir, entry.name, 'vite.config.ts')))
    .map((entry) => entry.name)
    .sort();
}

const buildDir = (surface: string) => path.join(staticDir, surface, 'build');
const manifestFile = (surface: string) => path.join(buildDir(surface), '.vite', 'manifest.json');
const gzipKB = (file: string) => gzipSync(fs.readFileSync(file)).length / 1024;
const round = (kb: number) => Math.round(kb * 10) / 10;

/**
 * The JS a surface's page loads before it can paint: the module script build/index.html names and,
 * through the manifest, every chunk it imports statically (transitively). Chunks behind a dynamic
 * `import()` — lazy tabs, @forge/bridge, theme files — load later and are not counted.
 */
export function startupFiles(build: string, manifest: BuildManifest): string[] {
  const html = fs.readFileSync(path.join(build, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\.?\/?([^"]+)"/g)].map((m) => m[1]!);
  if (entries.length === 0) throw new Error(`bench bundle: ${build}/index.html loads no module script`);
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const seen = new Set<string>();
  const pending = entries.map((file) => {
    const key = byFile.get(file);
    if (!key) throw new Error(`bench bundle: ${file} (from index.html) is not in the build manifest`);
    return key;
  });
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    pending.push(...(manifest[key]?.imports ?? []));
  }
  return [...seen].map((key) => manifest[key]!.file);
}

/** All JS the build holds (every lazy chunk too): for information, no goal. */
function allJsFiles(build: string): string[] {
  const assets = path.join(build, 'assets');
  return fs
    .readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join('assets', name));
}

/**
 * Builds what is missing: every surface when a manifest resource has no build (ensureUiBuilt), and
 * any surface built before the build wrote Vite's manifest (its start-up chunks cannot be told).
 */
function ensureBuilt(surfaces: string[]): void {
  ensureUiBuilt();
  const stale = surfaces.filter((surface) => !fs.existsSync(manifestFile(surface)));
  if (stale.length === 0) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-ui.cjs'), ...stale], {
    cwd: repoRoot,
    // Quiet unless it fails: the thrown error then carries the build's stderr.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

export const bundleBench: Bench = {
  name: 'bundle',
  description: 'gzipped JS each Custom UI surface loads at start (entry chunk and its static imports), and in all',
  async run(report) {
    const surfaces = surfaceNames();
    ensureBuilt(surfaces);
    for (const surface of surfaces) {
      const build = buildDir(surface);
      const manifest = JSON.parse(fs.readFileSync(manifestFile(surface), 'utf8')) as BuildManifest;
      const startup = startupFiles(build, manifest).reduce((sum, file) => sum + gzipKB(path.join(build, file)), 0);
      const total = allJsFiles(build).reduce((sum, file) => sum + gzipKB(path.join(build, file)), 0);
      report({ bench: 'bundle', case: surface, metric: 'gzipKB', value: round(startup), unit: 'KB', limit: GOAL_KB });
      report({ bench: 'bundle', case: surface, metric: 'totalGzipKB', value: round(total), unit: 'KB', limit: null });
    }
  },
};
