// Starts a throwaway MariaDB server for the `mariadb` Jest project: a fresh data directory in
// os.tmpdir(), its own socket and a free TCP port on 127.0.0.1 (never the system server or
// 3306), root without a password, database `audit_test` (utf8mb4). `stop()` kills it and deletes
// everything. Run directly to get one for local work:
//   node scripts/run-ts.cjs scripts/mariadb-server.ts   # prints the URL, Ctrl-C to stop
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { findInstallDb, findMariadbd } from './ensure-system-packages';

export interface ThrowawayMariaDb {
  /** `mysql://root@127.0.0.1:PORT/audit_test` */
  url: string;
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const USER = 'root';
const PASSWORD = '';
const DATABASE = 'audit_test';
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

const log = (msg: string): void => console.error(`[mariadb-server] ${msg}`);

/** A port that was free a moment ago (bind port 0 on 127.0.0.1, read it, release it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const addr = srv.address();
      srv.close(() => {
        if (addr && typeof addr === 'object' && addr.port !== 3306) resolve(addr.port);
        else reject(new Error(`unexpected address from port 0: ${JSON.stringify(addr)}`));
      });
    });
  });
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no error log)';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, ms);
    const onExit = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

/** Servers not yet stopped, killed synchronously if the process exits without calling stop(). */
const live = new Set<{ child: ChildProcess; dir: string }>();
process.on('exit', () => {
  for (const { child, dir } of live) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

export async function startThrowawayMariaDb(): Promise<ThrowawayMariaDb> {
  const mariadbd = findMariadbd();
  const installDb = findInstallDb();
  if (!mariadbd || !installDb) {
    throw new Error(
      'MariaDB server binaries not found (mariadbd, mariadb-install-db). ' +
        'Install them with: sudo apt-get install -y --no-install-recommends mariadb-server',
    );
  }
  const isRoot = process.getuid?.() === 0;
  const userArgs = isRoot ? ['--user=root'] : [];

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-mariadb-'));
  const dataDir = path.join(dir, 'data');
  const socket = path.join(dir, 'mysqld.sock');
  const pidFile = path.join(dir, 'mysqld.pid');
  const errorLog = path.join(dir, 'error.log');
  fs.mkdirSync(dataDir);

  const started = Date.now();
  const init = spawnSync(
    installDb,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      ...userArgs,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
      '--innodb-buffer-pool-size=128M',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (init.error || init.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `${installDb} failed (exit ${init.status ?? init.signal}): ${init.error?.message ?? ''}\n` +
        `${init.stdout ?? ''}\n${init.stderr ?? ''}`,
    );
  }

  // The port is only reserved until we release it; retry on the rare bind race.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      mariadbd,
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        `--port=${port}`,
        `--bind-address=${HOST}`,
        `--pid-file=${pidFile}`,
        `--log-error=${errorLog}`,
        ...userArgs,
        '--skip-log-bin',
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=128M',
        // Throwaway data: trade durability for speed.
        '--innodb-flush-log-at-trx-commit=2',
        '--innodb-doublewrite=0',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
      ],
      { stdio: 'ignore' },
    );
    const entry = { child, dir };
    live.add(entry);
    let spawnError: Error | undefined;
    child.on('error', (err) => {
      spawnError = err;
    });

    let stopped: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopped ??= (async () => {
        if (!(await waitForExit(child, 0))) {
          child.kill('SIGTERM');
          if (!(await waitForExit(child, STOP_GRACE_MS))) {
            log(`mariadbd (pid ${child.pid}) ignored SIGTERM for ${STOP_GRACE_MS / 1000}s, killing`);
            child.kill('SIGKILL');
            await waitForExit(child, STOP_GRACE_MS);
          }
        }
        live.delete(entry);
        fs.rmSync(dir, { recursive: true, force: true });
      })();
      return stopped;
    };

    // Poll until a real client connection works, the server dies, or we time out.
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let lastError: unknown;
    let ready = false;
    while (Date.now() < deadline) {
      if (spawnError || child.exitCode !== null || child.signalCode !== null) break;
      try {
        const conn = await mysql.createConnection({ host: HOST, port, user: USER, password: PASSWORD });
        try {
          await conn.query(
            `CREATE DATABASE IF NOT EXISTS \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
          );
        } finally {
          await conn.end();
        }
        ready = true;
        break;
      } catch (err) {
        lastError = err;
        await sleep(100);
      }
    }

    if (ready) {
      log(`MariaDB ready on ${HOST}:${port} in ${Date.now() - started} ms (pid ${child.pid}, dir ${dir})`);
      return {
        url: `mysql://${USER}@${HOST}:${port}/${DATABASE}`,
        host: HOST,
        port,
        user: USER,
        password: PASSWORD,
        database: DATABASE,
        stop,
      };
    }

    const errTail = tail(errorLog);
    const exited = child.exitCode !== null || child.signalCode !== null;
    // Keep the data dir for a retry: stop only the process here.
    child.kill('SIGKILL');
    await waitForExit(child, STOP_GRACE_MS);
    live.delete(entry);
    if (exited && attempt < 3 && /Address already in use|Can't start server: Bind/i.test(errTail)) {
      log(`port ${port} was taken, retrying`);
      fs.rmSync(errorLog, { force: true });
      continue;
    }
    fs.rmSync(dir, { recursive: true, force: true });
    const why = spawnError
      ? `could not run ${mariadbd}: ${spawnError.message}`
      : exited
        ? `mariadbd exited early (code ${child.exitCode ?? child.signalCode})`
        : `mariadbd not reachable on ${HOST}:${port} within ${READY_TIMEOUT_MS / 1000}s` +
          ` (last error: ${lastError instanceof Error ? lastError.message : String(lastError)})`;
    throw new Error(`${why}\n--- error.log (tail) ---\n${errTail}`);
  }
}

async function main(): Promise<void> {
  const db = await startThrowawayMariaDb();
  console.log(db.url);
  log('running; press Ctrl-C (or send SIGTERM) to stop');
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    db.stop().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));
  // Keep the event loop alive until a signal arrives.
  setInterval(() => undefined, 1 << 30);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === __filename) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
