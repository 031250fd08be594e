import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { seedDemo } from '../../sandbox/demo/seed';
import { SandboxPlatform, type SandboxImage } from '../../sandbox/site/sandboxPlatform';

/**
 * The demo company seeded once and shared by the suites that start a seeded sandbox. Seeding runs
 * every audit through the app's own resolvers with Forge's limits on (150 DML statements a second
 * among them), about a minute each time; a dozen browser suites did it each for themselves. The
 * image is kept on disk beside the test run, named by a fingerprint of the code that seeds it, and
 * made again after `MOST_AGE_MS` so the demo's dates stay as close to today as a fresh seed's.
 * Suites in parallel Jest workers wait for the one that is seeding rather than seed twice.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.tmp', 'demo-image');
const MOST_AGE_MS = 30 * 60_000;
const LOCK_WAIT_MS = 10 * 60_000;
/** What the seed and the app it drives are made of: a change to any of them seeds again. */
const SOURCES = ['src', 'sandbox', 'manifest.yml', 'package-lock.json'];

export async function demoImage(): Promise<SandboxImage> {
  const folder = path.join(CACHE, fingerprint());
  const kept = readImage(folder);
  if (kept) return kept;
  const lock = `${folder}.lock`;
  fs.mkdirSync(CACHE, { recursive: true });
  const waitUntil = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const ready = readImage(folder);
      if (ready) return ready;
      if (holderGone(lock) || Date.now() > waitUntil) fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    const image = await seededImage();
    writeImage(folder, image);
    return image;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

async function seededImage(): Promise<SandboxImage> {
  const platform = new SandboxPlatform({ sqliteFile: ':memory:' });
  try {
    await seedDemo(platform);
    // Each suite starts with no violations of its own; the seed's are checked here, once.
    if (platform.violations.length > 0) {
      throw new Error(`The demo seed broke Atlassian's API documents: ${JSON.stringify(platform.violations[0])}`);
    }
    return platform.image();
  } finally {
    await platform.close();
  }
}

function readImage(folder: string): SandboxImage | undefined {
  const done = path.join(folder, 'clock.json');
  if (!fs.existsSync(done)) return undefined;
  if (Date.now() - fs.statSync(done).mtimeMs > MOST_AGE_MS) {
    fs.rmSync(folder, { recursive: true, force: true });
    return undefined;
  }
  return {
    sql: fs.readFileSync(path.join(folder, 'sql.db')),
    platform: fs.readFileSync(path.join(folder, 'platform.db')),
    clock: JSON.parse(fs.readFileSync(done, 'utf8')),
  };
}

/** `clock.json` is written last, by rename, so a reader never sees half an image. */
function writeImage(folder: string, image: SandboxImage): void {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'sql.db'), image.sql);
  fs.writeFileSync(path.join(folder, 'platform.db'), image.platform);
  fs.writeFileSync(path.join(folder, 'clock.json.part'), JSON.stringify(image.clock));
  fs.renameSync(path.join(folder, 'clock.json.part'), path.join(folder, 'clock.json'));
}

function holderGone(lock: string): boolean {
  const pid = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }));
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

function fingerprint(): string {
  const hash = crypto.createHash('sha256');
  const visit = (relative: string) => {
    const full = path.join(ROOT, relative);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) visit(path.join(relative, name));
      return;
    }
    hash.update(relative).update('\0').update(fs.readFileSync(full)).update('\0');
  };
  SOURCES.forEach(visit);
  return hash.digest('hex').slice(0, 16);
}
