// Makes sure the Debian packages that `npm run test:all` needs are present: MariaDB (the
// throwaway test server, see scripts/mariadb-server.ts) and Chromium (the e2e suites).
// As root, missing packages are installed with apt-get; otherwise we explain what to install.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Directories searched for server binaries (sbin is often not on a non-root PATH). */
const BIN_DIRS = ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin'];

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** First executable called one of `names`, looking in PATH then the usual bin dirs. */
export function findExecutable(...names: string[]): string | undefined {
  const pathDirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const dirs = [...new Set([...pathDirs, ...BIN_DIRS])];
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

export function findMariadbd(): string | undefined {
  return findExecutable('mariadbd', 'mysqld');
}

export function findInstallDb(): string | undefined {
  return findExecutable('mariadb-install-db', 'mysql_install_db');
}

interface Requirement {
  pkg: string;
  present: () => boolean;
  what: string;
}

const REQUIREMENTS: Requirement[] = [
  {
    pkg: 'mariadb-server',
    present: () => findMariadbd() !== undefined && findInstallDb() !== undefined,
    what: 'mariadbd + mariadb-install-db',
  },
  { pkg: 'chromium', present: () => isExecutable(CHROMIUM_PATH), what: CHROMIUM_PATH },
];

let aptUpdated = false;

function run(cmd: string, args: string[]): void {
  console.log(`[ensure-system-packages] $ ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (res.error) throw res.error;
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${res.status ?? res.signal})`);
  }
}

const POLICY_RC_D = '/usr/sbin/policy-rc.d';
const POLICY_MARKER = '# written by scripts/ensure-system-packages.ts';

/**
 * Runs `fn` with a policy-rc.d that forbids starting services, so installing mariadb-server
 * does not boot the system MariaDB (we only ever use our own throwaway server). An existing
 * policy-rc.d (Docker images ship one) is left untouched.
 */
function withServiceStartsBlocked(fn: () => void): void {
  if (fs.existsSync(POLICY_RC_D)) {
    fn();
    return;
  }
  fs.writeFileSync(POLICY_RC_D, `#!/bin/sh\n${POLICY_MARKER}\nexit 101\n`, { mode: 0o755 });
  try {
    fn();
  } finally {
    try {
      if (fs.readFileSync(POLICY_RC_D, 'utf8').includes(POLICY_MARKER)) fs.unlinkSync(POLICY_RC_D);
    } catch {
      // already gone
    }
  }
}

/** Installs whatever of mariadb-server / chromium is missing (root only). */
export function ensureSystemPackages(): void {
  const missing = REQUIREMENTS.filter((r) => !r.present());
  if (missing.length === 0) return;
  const pkgs = missing.map((r) => r.pkg);

  if (process.getuid?.() !== 0) {
    const msg =
      `Missing system packages: ${missing.map((r) => `${r.pkg} (${r.what})`).join(', ')}.\n` +
      `Install them with:\n  sudo apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
    console.error(msg);
    throw new Error(msg);
  }

  console.log(`[ensure-system-packages] installing: ${pkgs.join(' ')}`);
  // Wait for a concurrent apt/dpkg (e.g. unattended-upgrades on a fresh machine) instead of failing.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  withServiceStartsBlocked(() => {
    if (!aptUpdated) {
      run('apt-get', [...lock, 'update']);
      aptUpdated = true;
    }
    run('apt-get', [...lock, 'install', '-y', '--no-install-recommends', ...pkgs]);
  });

  const stillMissing = REQUIREMENTS.filter((r) => !r.present());
  if (stillMissing.length > 0) {
    throw new Error(`Still missing after apt-get install: ${stillMissing.map((r) => r.what).join(', ')}`);
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename) {
  try {
    ensureSystemPackages();
    console.log('[ensure-system-packages] all present');
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
