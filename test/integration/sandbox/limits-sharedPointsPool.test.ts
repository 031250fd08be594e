import path from 'node:path';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { FORGE_SQL_LIMITS, RateLimiter } from '../../../sandbox/platform/limits';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

const appRoot = path.resolve(__dirname, '../../fixtures/forge-app');
const user = '5b10a2844c20165700ede22h';

/**
 * An app's Jira points are one pool for all its installations: what one site spends, another
 * cannot. Two sandboxes given the same `RateLimiter` share it.
 */
describe('a points pool shared by several installations', () => {
  const opened: SandboxPlatform[] = [];
  afterEach(async () => {
    // Closed newest first: each restores the platform hooks the one before it installed.
    for (const platform of opened.reverse()) await platform.close();
    opened.length = 0;
  });

  it('refuses the second installation once the first has spent the shared pool', async () => {
    const clock = new SandboxClock();
    const pool = new RateLimiter({ pointsPerWindow: 3, clock: () => clock.now() });
    const first = new SandboxPlatform({ appRoot, clock, pointsPool: pool });
    const second = new SandboxPlatform({ appRoot, clock, pointsPool: pool });
    opened.push(first, second);
    const myself = (platform: SandboxPlatform) =>
      platform.requestProduct('jira', 'GET', '/rest/api/3/myself', undefined, user);

    for (let i = 0; i < 3; i += 1) expect((await myself(first)).status).toBe(200);
    const refused = await myself(second);
    expect(refused.status).toBe(429);
    expect(refused.headers?.['Retry-After']).toBeDefined();
    expect(pool.state('jira')).toMatchObject({ limit: 3, spent: 3, remaining: 0 });
    expect(second.snapshot().tooManyRequests.jira).toBe(1);
    expect(first.snapshot().points.jira).toBe(3);
  });

  it('gives each sandbox a pool of its own unless one is passed', async () => {
    const clock = new SandboxClock();
    const first = new SandboxPlatform({ appRoot, clock, pointsPerHour: 2 });
    const second = new SandboxPlatform({ appRoot, clock, pointsPerHour: 2 });
    opened.push(first, second);
    expect(first.rateLimiter).not.toBe(second.rateLimiter);
  });

  it("puts Forge SQL's documented limits in front of the app's database by default", async () => {
    const platform = new SandboxPlatform({ appRoot });
    opened.push(platform);
    if (!process.env.SANDBOX_SQL_LIMITS) expect(platform.sqlLimits.limits).toEqual(FORGE_SQL_LIMITS);
    expect(platform.sqlLimits.engine).toBe(platform.sql);
  });
});
