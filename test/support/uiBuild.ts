import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');

/** Runs `npm run build`'s script once if any Custom UI build is missing (fresh clone, CI). */
export function ensureUiBuilt(resourcePaths: string[]): void {
  const missing = resourcePaths.filter((p) => !fs.existsSync(path.join(repoRoot, p, 'index.html')));
  if (missing.length === 0) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-ui.cjs')], { cwd: repoRoot, stdio: 'inherit' });
}
