import { sql } from 'kysely';
import type { AppServices } from '../../src/app/services';
import { runTrailVerificationChunk, type TrailVerificationChunk } from '../../src/app/trail/verificationJob';
import { dispatch } from '../../src/entry/dispatch';
import type { AuditTrail } from '../../src/ports/auditTrail';
import { appServicesForTest, grantRoles } from '../support/appServices';
import { writeRoleHistory } from '../support/roleHistory';

/**
 * Verification from a checkpoint kept outside SQL (issue 17): an unchanged trail is checked without
 * reading it again, what was written since is checked in full, records are still checked one by one,
 * and the full re-verification runs as a chunked background job that re-hashes every entry.
 */
jest.setTimeout(120_000);

const viewer = 'acct-viewer';
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
/** Trail entries handed to verification, counted: how much of the trail each check reads. */
let entriesRead = 0;

const call = (name: string, payload: unknown) =>
  dispatch(name as never, payload, viewer, async () => services) as Promise<any>;

async function verdict() {
  const answer = await call('verifyAuditTrail', {});
  expect(answer.ok).toBe(true);
  return answer.value;
}

/** Runs the queued chunks of the full re-verification as the consumer would, one event at a time. */
async function drainJob(entriesPerChunk: number): Promise<string[]> {
  const outcomes: string[] = [];
  while (ctx.trailEvents.length > 0) {
    const event = ctx.trailEvents.shift()!;
    outcomes.push(
      await runTrailVerificationChunk(services, event.body as unknown as TrailVerificationChunk, entriesPerChunk),
    );
  }
  return outcomes;
}

const writeHistory = (count: number) => writeRoleHistory(services, () => ctx.clock.now(), viewer, count);

beforeEach(async () => {
  ctx = await appServicesForTest({ [viewer]: 'Grace Okafor' });
  entriesRead = 0;
  const trail = ctx.store as AuditTrail;
  const counted: AuditTrail = Object.create(trail);
  counted.entries = async (query) => {
    const page = await trail.entries(query);
    entriesRead += page.length;
    return page;
  };
  services = { ...ctx.services, trail: counted };
  await grantRoles(services, { [viewer]: ['viewer'] });
  await writeHistory(40);
});
afterEach(() => ctx.close());

describe('verification from the last checkpoint', () => {
  it('[P11.10e] re-reads only its checkpoint entry and the one before it (which it is chained from) when nothing was written since, and what was written when something was', async () => {
    const head = await services.trail.headSeq();
    expect(await verdict()).toMatchObject({ intact: true, entries: head, since: { seq: 0, fullyVerifiedAt: null } });
    expect(entriesRead).toBe(head);
    expect(ctx.checkpoints.checkpoint).toMatchObject({ seq: head, fullyVerifiedAt: ctx.clock.now().toISOString() });

    entriesRead = 0;
    expect(await verdict()).toMatchObject({ intact: true, entries: head, lastSeq: head, since: { seq: head } });
    expect(entriesRead).toBe(2);

    await writeHistory(5);
    entriesRead = 0;
    expect(await verdict()).toMatchObject({ intact: true, entries: head + 5, since: { seq: head } });
    expect(entriesRead).toBe(2 + 5);
  });

  it('[P11.10a] [A11.9] names an entry after the checkpoint that was altered, and a checkpoint entry whose hash was replaced', async () => {
    await verdict();
    const checkpoint = ctx.checkpoints.checkpoint!;
    await writeHistory(3);
    await sql`UPDATE audit_trail SET actor = ${'mallory'} WHERE seq = ${checkpoint.seq + 2}`.execute(ctx.db);
    expect(await verdict()).toMatchObject({
      intact: false,
      firstBreak: { seq: checkpoint.seq + 2, kind: 'tampered' },
      since: { seq: checkpoint.seq },
    });

    await sql`UPDATE audit_trail SET actor = ${'acct-manager'} WHERE seq = ${checkpoint.seq + 2}`.execute(ctx.db);
    // The checkpoint's own entry forged consistently: its content and hash both replaced.
    await sql`UPDATE audit_trail SET hash = ${'b'.repeat(64)} WHERE seq = ${checkpoint.seq}`.execute(ctx.db);
    const found = await verdict();
    expect(found.intact).toBe(false);
    expect(found.breaks).toContainEqual(
      expect.objectContaining({ seq: checkpoint.seq, kind: expect.stringMatching(/tampered|rewritten/) }),
    );
  });

  it('[P11.10c] [A11.8] names records deleted or set back after the checkpoint, though the trail is unchanged', async () => {
    await services.trail.recoverInterruptedWrites();
    expect(await verdict()).toMatchObject({ intact: true });
    const stored = await services.store.get('userRoles', viewer);
    await sql`UPDATE user_roles SET version = ${stored!.version - 2} WHERE id = ${viewer}`.execute(ctx.db);
    const found = await verdict();
    expect(found.intact).toBe(false);
    expect(found.breaks.map((b: { message: string }) => b.message)).toContainEqual(
      expect.stringMatching(/is stored at version \d+, but trail entry \d+ recorded version \d+: it was set back/),
    );
  });

  it('[P11.10a] leaves an entry before the checkpoint altered in place to the full re-verification, which names it', async () => {
    await verdict();
    await sql`UPDATE audit_trail SET reason = ${'routine'} WHERE seq = 3`.execute(ctx.db);
    // Honest about its reach: the quick check resumed after entry 3 and says where it started.
    expect(await verdict()).toMatchObject({ intact: true, since: { seq: expect.any(Number) } });

    const started = await call('startFullVerification', {});
    expect(started).toMatchObject({ ok: true, value: { phase: 'chain', checked: 0 } });
    await drainJob(10);
    const progress = await call('fullVerificationProgress', {});
    expect(progress.value.job).toMatchObject({
      phase: 'done',
      percent: 100,
      verdict: {
        intact: false,
        firstBreak: {
          seq: 3,
          kind: 'tampered',
          message:
            'Entry 3 no longer matches its hash chained from entry 2: entry 3, or entry 2 before it, was altered after it was written',
        },
      },
    });
  });
});

describe('the full re-verification as a background job', () => {
  it('[P11.10e] re-hashes every entry a chunk per event, with progress, and becomes the checkpoint', async () => {
    const head = await services.trail.headSeq();
    const started = await call('startFullVerification', {});
    expect(started.value).toMatchObject({ phase: 'chain', checked: 0, of: head, percent: 0, chunks: 0 });
    // Asking again while it runs answers with the same job instead of starting a second.
    expect((await call('startFullVerification', {})).value.jobId).toBe(started.value.jobId);
    expect(ctx.trailEvents).toHaveLength(1);

    const first = ctx.trailEvents[0]!.body as unknown as TrailVerificationChunk;
    await drainJob(10).then((outcomes) => {
      // ⌈head/10⌉ chain chunks (the last one reaches the head), then the records.
      expect(outcomes).toEqual([...Array(Math.ceil(head / 10)).fill('chain'), 'done']);
    });
    // A redelivered event for a chunk already done changes nothing.
    expect(await runTrailVerificationChunk(services, first, 10)).toBe('ignored');

    const { job } = (await call('fullVerificationProgress', {})).value;
    expect(job).toMatchObject({
      jobId: started.value.jobId,
      phase: 'done',
      checked: head,
      percent: 100,
      verdict: { intact: true, entries: head, lastSeq: head },
    });
    expect(ctx.checkpoints.checkpoint).toMatchObject({ seq: head, fullyVerifiedAt: expect.any(String) });
    // Verification writes nothing to the trail.
    expect(await services.trail.headSeq()).toBe(head);
  });

  it('reports progress part way, and a job whose next event was lost can be started again', async () => {
    const head = await services.trail.headSeq();
    await call('startFullVerification', {});
    const event = ctx.trailEvents.shift()!;
    expect(await runTrailVerificationChunk(services, event.body as unknown as TrailVerificationChunk, 20)).toBe(
      'chain',
    );
    const { job } = (await call('fullVerificationProgress', {})).value;
    expect(job).toMatchObject({ phase: 'chain', checked: 20, of: head, percent: Math.floor((20 / head) * 100) });

    ctx.trailEvents.length = 0; // the next event lost
    ctx.clock.advanceMinutes(21);
    const again = await call('startFullVerification', {});
    expect(again.value.jobId).not.toBe(job.jobId);
    await drainJob(1000);
    expect((await call('fullVerificationProgress', {})).value.job).toMatchObject({
      jobId: again.value.jobId,
      phase: 'done',
      verdict: { intact: true },
    });
  });
});
