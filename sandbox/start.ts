import fs from 'node:fs';
import path from 'node:path';
import { seedDemo } from './demo/seed';
import { seedCapaStory } from './demo/seedCapaStory';
import { SandboxPlatform } from './site/sandboxPlatform';
import { createSandboxServer } from './server/index';
import { ensureUiBuilt, repoRoot } from './uiBuild';

/**
 * `npm start`: builds the Custom UI if it is missing, opens the sandbox store (SQLite in
 * .sandbox-data/ by default; SANDBOX_MARIADB_URL for MariaDB; SANDBOX_DB=:memory: for a throwaway
 * one), seeds the demo company if the store is empty, and serves everything on PORT (3000).
 */
async function main(): Promise<void> {
  if (ensureUiBuilt()) console.log('sandbox: built the Custom UI (npm run build)');
  const sqliteFile = process.env.SANDBOX_DB ?? path.join(repoRoot, '.sandbox-data', 'sandbox.sqlite');
  if (sqliteFile !== ':memory:') fs.mkdirSync(path.dirname(sqliteFile), { recursive: true });
  // The emulated products, KVS and queues persist beside the store, so a restart keeps the site.
  const platformFile = sqliteFile === ':memory:' ? ':memory:' : path.join(path.dirname(sqliteFile), 'platform.sqlite');
  const platform = new SandboxPlatform({ sqliteFile, platformFile, mariadbUrl: process.env.SANDBOX_MARIADB_URL });
  const seeded = await seedDemo(platform);
  // The CAPA story (other sources, a signed plan approval and extension, an exemption) for the local site.
  if (seeded) await seedCapaStory(platform);
  console.log(
    seeded ? 'sandbox: seeded the demo company (Helix Biologics)' : 'sandbox: store already holds data; not seeding',
  );

  const port = Number(process.env.PORT ?? 3000);
  const server = createSandboxServer(platform);
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`sandbox: the audit app is running at http://127.0.0.1:${actual}/`);
  });
  // Background work as on a real site: issue events to triggers, scheduled triggers, queues.
  const ticker = setInterval(() => {
    platform.tick().catch((error: unknown) => console.error('sandbox: background work failed', error));
  }, 1000);
  const stop = () => {
    clearInterval(ticker);
    server.close();
    void platform.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
