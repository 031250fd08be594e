import type { TrailVerificationChunk } from '../../src/app/trail/verificationJob';
import { runTrailVerificationChunk } from '../../src/app/trail/verificationJob';
import { scheduleActor, startScheduledVerification } from '../../src/app/trail/scheduledVerification';
import type { AppServices } from '../../src/app/services';
import { dispatch } from '../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../support/appServices';

/**
 * The weekly trigger's rule (issue 17): it starts the full re-verification unless one runs already
 * or one finished in the last six days, whoever started it.
 */
jest.setTimeout(120_000);

const viewer = 'acct-viewer';
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown) =>
  dispatch(name as never, payload, viewer, async () => services) as Promise<any>;

async function drain() {
  while (ctx.trailEvents.length > 0) {
    await runTrailVerificationChunk(services, ctx.trailEvents.shift()!.body as unknown as TrailVerificationChunk);
  }
}

beforeEach(async () => {
  ctx = await appServicesForTest({ [viewer]: 'Grace Okafor' });
  services = ctx.services;
  await grantRoles(services, { [viewer]: ['viewer'] });
});
afterEach(() => ctx.close());

describe('the weekly full re-verification', () => {
  it('starts one when none ran, names the schedule, and the trail page sees when it finished', async () => {
    expect(await startScheduledVerification(services)).toBe('started');
    await drain();
    const { job } = (await call('fullVerificationProgress', {})).value;
    expect(job).toMatchObject({ phase: 'done', requestedBy: scheduleActor, verdict: { intact: true } });
    expect(job.updatedAt).toBe(ctx.clock.now().toISOString());
  });

  it('does nothing while one runs, or for six days after one finished, then starts the next', async () => {
    const started = (await call('startFullVerification', {})).value;
    expect(await startScheduledVerification(services)).toBe('running');
    expect(ctx.trailEvents).toHaveLength(1);
    await drain();
    ctx.clock.advanceMinutes(6 * 24 * 60 - 1);
    expect(await startScheduledVerification(services)).toBe('recent');
    expect(ctx.trailEvents).toHaveLength(0);
    expect((await call('fullVerificationProgress', {})).value.job.jobId).toBe(started.jobId);
    ctx.clock.advanceMinutes(2);
    expect(await startScheduledVerification(services)).toBe('started');
    expect((await call('fullVerificationProgress', {})).value.job.jobId).not.toBe(started.jobId);
  });
});
