import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedDemo } from '../../sandbox/demo/seed';
import { SandboxPlatform, type SandboxOptions } from '../../sandbox/site/sandboxPlatform';
import { createSandboxServer } from '../../sandbox/server/index';

/** The whole local platform on a free loopback port, seeded with the demo company. */
export async function startSandbox(
  options: SandboxOptions = {},
): Promise<{ url: string; platform: SandboxPlatform; stop(): Promise<void> }> {
  const platform = new SandboxPlatform({ sqliteFile: ':memory:', ...options });
  if (!options.appRoot) await seedDemo(platform);
  const server: http.Server = createSandboxServer(platform);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    platform,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await platform.close();
    },
  };
}
