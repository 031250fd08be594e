import { demoUsers } from '../../../sandbox/site/users';
import { seedDemo } from '../../../sandbox/demo/seed';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

/**
 * The full re-verification on the platform as production runs it: started by a resolver, its
 * chunks delivered by the emulated queue to the `trail-jobs` consumer the manifest declares, its
 * state and the checkpoint it leaves kept in the emulated Forge KVS.
 */
jest.setTimeout(120_000);

const manager = demoUsers.find((u) => u.siteAdmin)!.accountId;

describe('the full trail re-verification on the sandbox platform', () => {
  it('[P11.10e] runs through the queue consumer to a verdict, and the next quick check resumes from its checkpoint', async () => {
    const platform = new SandboxPlatform({ clock: new SandboxClock() });
    try {
      await seedDemo(platform);
      const started = (await platform.invoke('startFullVerification', {}, manager)) as {
        ok: true;
        value: { jobId: string; phase: string; of: number };
      };
      expect(started).toMatchObject({ ok: true, value: { phase: 'chain', checked: 0 } });
      for (let turn = 0; turn < 10; turn += 1) await platform.tick();
      const progress = (await platform.invoke('fullVerificationProgress', {}, manager)) as {
        ok: true;
        value: { job: { phase: string; verdict: { intact: boolean; lastSeq: number } } };
      };
      expect(progress.value.job).toMatchObject({
        jobId: started.value.jobId,
        phase: 'done',
        percent: 100,
        verdict: { intact: true },
      });
      const { lastSeq } = progress.value.job.verdict;
      expect(lastSeq).toBeGreaterThanOrEqual(started.value.of);
      const quick = await platform.invoke('verifyAuditTrail', {}, manager);
      expect(quick).toMatchObject({
        ok: true,
        value: { intact: true, since: { seq: lastSeq, fullyVerifiedAt: expect.any(String) } },
      });
    } finally {
      await platform.close();
    }
  }, 300_000);
});
