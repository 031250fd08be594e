import { demoUsers } from '../../../sandbox/site/users';
import { seedDemo } from '../../../sandbox/demo/seed';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

/**
 * The weekly full re-verification on the platform as production runs it: the manifest's scheduled
 * trigger starts it, the `trail-jobs` consumer runs it, and a recent one (whoever started it) makes
 * the next firing do nothing. A file of its own: one sandbox platform per test file.
 */
jest.setTimeout(240_000);

const manager = demoUsers.find((u) => u.siteAdmin)!.accountId;

describe('the weekly full trail re-verification on the sandbox platform', () => {
  it('starts weekly from the scheduled trigger the manifest declares, and not again while one is recent', async () => {
    const clock = new SandboxClock();
    const platform = new SandboxPlatform({ clock });
    try {
      await seedDemo(platform);
      clock.advance(7 * 24 * 3600_000);
      expect((await platform.tick()).scheduled).toContain('trail-full-verification-weekly');
      for (let turn = 0; turn < 10; turn += 1) await platform.tick();
      const progress = (await platform.invoke('fullVerificationProgress', {}, manager)) as {
        ok: true;
        value: { job: { jobId: string; phase: string; requestedBy: string } };
      };
      expect(progress.value.job).toMatchObject({ phase: 'done', requestedBy: 'app:trail-verification-schedule' });
      // A manual re-verification a day before the next firing makes it unnecessary.
      clock.advance(6 * 24 * 3600_000);
      const manual = (await platform.invoke('startFullVerification', {}, manager)) as { value: { jobId: string } };
      for (let turn = 0; turn < 10; turn += 1) await platform.tick();
      clock.advance(24 * 3600_000);
      expect((await platform.tick()).scheduled).toContain('trail-full-verification-weekly');
      const latest = (await platform.invoke('fullVerificationProgress', {}, manager)) as {
        value: { job: { jobId: string } };
      };
      expect(latest.value.job.jobId).toBe(manual.value.jobId);
    } finally {
      await platform.close();
    }
  });
});
