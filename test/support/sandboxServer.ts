import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SandboxPlatform, type SandboxOptions } from '../../sandbox/site/sandboxPlatform';
import { createSandboxServer } from '../../sandbox/server/index';
import { demoImage } from './demoImage';

/**
 * The whole local platform on a free loopback port, seeded with the demo company (from the run's
 * shared demo image: see demoImage.ts), or empty with an `appRoot` of a test app.
 */
export async function startSandbox(
  options: SandboxOptions = {},
): Promise<{ url: string; platform: SandboxPlatform; stop(): Promise<void> }> {
  const image = options.appRoot ? undefined : await demoImage();
  const platform = new SandboxPlatform({ sqliteFile: ':memory:', ...options, ...(image ? { image } : {}) });
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
