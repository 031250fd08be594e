import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AppManifest } from './platform/appManifest';

export const repoRoot = path.resolve(__dirname, '..');

/** Every Custom UI resource folder the app's manifest declares. */
export function manifestResourcePaths(): string[] {
  const resources = (new AppManifest(repoRoot).raw.resources ?? []) as Array<{ path: string }>;
  return resources.map((resource) => resource.path);
}

/**
 * Runs `npm run build`'s script once if any Custom UI build is missing (a fresh clone, CI,
 * `npm start`). By default it checks every resource in the manifest, so a new surface needs no
 * list updated anywhere.
 */
export function ensureUiBuilt(resourcePaths: string[] = manifestResourcePaths()): boolean {
  const missing = resourcePaths.filter((p) => !fs.existsSync(path.join(repoRoot, p, 'index.html')));
  if (missing.length === 0) return false;
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-ui.cjs')], { cwd: repoRoot, stdio: 'inherit' });
  return true;
}
