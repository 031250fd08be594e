import { trailEntryToRow } from '../../../src/adapters/sql/trailRows';
import { runTrailVerificationChunk, startFullVerification } from '../../../src/app/trail/verificationJob';
import { verifyFromCheckpoint } from '../../../src/app/trail/verifyFromCheckpoint';
import { chainTrailEntry, GENESIS_HASH, type TrailEntry } from '../../../src/domain/trail/trailEntry';
import { ENTRIES_PER_CHUNK } from '../../../src/domain/trail/verificationJob';
import type { AuditTrail } from '../../../src/ports/auditTrail';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { seedDemo } from '../../../sandbox/demo/seed';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { appServicesForTest } from '../../support/appServices';
import type { Bench, BenchFigure } from '../benchTypes';

/** Trail length measured here (`TRAIL_BENCH_ENTRIES`); 2 million is projected from the rate. */
const ENTRIES = Number(process.env.TRAIL_BENCH_ENTRIES ?? 200_000);
const RECORDS = 5_000;
const LARGE_CUSTOMER_ENTRIES = 2_000_000;
const CONSUMER_LIMIT_MS = 900_000;
const RESOLVER_LIMIT_MS = 25_000;
const INSERT_BATCH = 400;
const bench = 'trail';

/** Stored bytes of one trail row: every text column's length, 8 bytes for each number. */
const ROW_BYTES = `COALESCE(LENGTH(at),0) + COALESCE(LENGTH(actor),0) + COALESCE(LENGTH(action),0)
  + COALESCE(LENGTH(entity_type),0) + COALESCE(LENGTH(entity_id),0) + COALESCE(LENGTH(before_json),0)
  + COALESCE(LENGTH(after_json),0) + COALESCE(LENGTH(reason),0) + LENGTH(prev_hash) + LENGTH(hash) + 16`;

/** What the app itself writes: the demo programme's trail, seeded through the app's own paths. */
async function demoBytesPerEntry(): Promise<{ entries: number; bytesPerEntry: number }> {
  const platform = new SandboxPlatform({ clock: new SandboxClock() });
  try {
    await seedDemo(platform);
    const { rows } = await platform.sql.execute(
      `SELECT COUNT(*) AS n, SUM(${ROW_BYTES}) AS bytes FROM audit_trail`,
      [],
    );
    const [row] = rows as Array<{ n: number; bytes: number }>;
    return { entries: Number(row!.n), bytesPerEntry: Math.round(Number(row!.bytes) / Number(row!.n)) };
  } finally {
    await platform.close();
  }
}

/**
 * Appends entries directly (seeding may write rows; the app's own paths verify them): RECORDS
 * role records updated in turn, each entry padded through its reason to the demo's average size so
 * hashing and reading cost what the app's entries cost. The rows are then set to each record's
 * newest version, as the store would hold them.
 */
async function seedTrail(
  world: Awaited<ReturnType<typeof appServicesForTest>>,
  from: { seq: number; hash: string },
  count: number,
  padding: string,
): Promise<{ seq: number; hash: string }> {
  let prev = from;
  const newest = new Map<number, TrailEntry>();
  let batch: TrailEntry[] = [];
  for (let seq = from.seq + 1; seq <= from.seq + count; seq += 1) {
    const record = (seq - 1) % RECORDS;
    const version = Math.floor((seq - 1) / RECORDS) + 1;
    const roles = (v: number) => [v % 2 ? 'auditor' : 'viewer'];
    const entry = chainTrailEntry(
      {
        seq,
        at: new Date(Date.UTC(2021, 0, 1) + seq * 60_000).toISOString(),
        actor: `acct-${seq % 40}`,
        action: version === 1 ? 'create' : 'update',
        entityType: 'userRoles',
        entityId: `acct-r${record}`,
        entityVersion: version,
        before: version === 1 ? null : { accountId: `acct-r${record}`, roles: roles(version - 1) },
        after: { accountId: `acct-r${record}`, roles: roles(version) },
        reason: padding,
      },
      prev.hash,
    );
    newest.set(record, entry);
    batch.push(entry);
    prev = { seq, hash: entry.hash };
    if (batch.length === INSERT_BATCH) {
      await world.db.insertInto('audit_trail').values(batch.map(trailEntryToRow)).execute();
      batch = [];
    }
  }
  if (batch.length > 0) await world.db.insertInto('audit_trail').values(batch.map(trailEntryToRow)).execute();
  await world.db.deleteFrom('user_roles').execute();
  const rows = [...newest.values()].map((e) => ({
    id: e.entityId,
    version: e.entityVersion,
    updated_at: e.at,
    updated_by: e.actor,
    roles: JSON.stringify((e.after as { roles: string[] }).roles),
  }));
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await world.db
      .insertInto('user_roles')
      .values(rows.slice(i, i + INSERT_BATCH))
      .execute();
  }
  await world.anchor.raise(prev);
  return prev;
}

function counting(trail: AuditTrail): { trail: AuditTrail; read: () => number } {
  let read = 0;
  const counted: AuditTrail = Object.create(trail);
  counted.entries = async (query) => {
    const page = await trail.entries(query);
    read += page.length;
    return page;
  };
  return { trail: counted, read: () => read };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

export const trailBench: Bench = {
  name: 'trail',
  description: `audit trail at ${ENTRIES.toLocaleString('en')} entries: bytes per entry, verification from a checkpoint, the full re-verification job`,
  async run(report) {
    const figure = (
      caseName: string,
      metric: string,
      value: number,
      unit: string,
      limit: number | null = null,
      atLeast = false,
    ) =>
      report({
        bench,
        case: caseName,
        metric,
        value,
        unit,
        limit,
        ...(atLeast ? { atLeast } : {}),
      } satisfies BenchFigure);

    const demo = await demoBytesPerEntry();
    figure(`demo-${demo.entries}`, 'trailBytesPerEntry', demo.bytesPerEntry, 'bytes', 300);
    figure(
      `demo-${demo.entries}`,
      'projectedGiBAt2M',
      Math.round(((demo.bytesPerEntry * LARGE_CUSTOMER_ENTRIES) / 2 ** 30) * 100) / 100,
      'GiB',
      null,
    );

    const world = await appServicesForTest();
    try {
      const padding = 'x'.repeat(Math.max(0, demo.bytesPerEntry - 330));
      const { trail, read } = counting(world.store);
      const verify = () => verifyFromCheckpoint(trail, world.checkpoints, world.clock.now());
      let head = { seq: 0, hash: GENESIS_HASH };
      for (const size of [ENTRIES / 10, ENTRIES]) {
        head = await seedTrail(world, head, size - head.seq, padding);
        const first = await timed(verify);
        if (!first.value.intact) throw new Error(`bench trail: the seeded trail does not verify at ${size}`);
        const before = read();
        const unchanged = await timed(verify);
        figure(`sqlite-${size}`, 'fromGenesisMs', Math.round(first.ms), 'ms');
        figure(`sqlite-${size}`, 'unchangedVerifyMs', Math.round(unchanged.ms), 'ms', RESOLVER_LIMIT_MS / 2);
        // The checkpoint's entry and the one before it, which it is chained from: one read of two.
        figure(`sqlite-${size}`, 'unchangedEntriesRead', read() - before, 'entries', 2);
      }

      // The full re-verification job: chunks run back to back, as the queue would deliver them.
      const services = { ...world.services, trail };
      const job = await timed(async () => {
        await startFullVerification(services, { accountId: 'acct-bench' });
        let chunks = 0;
        let slowest = 0;
        while (world.trailEvents.length > 0) {
          const event = world.trailEvents.shift()!;
          const chunk = await timed(() =>
            runTrailVerificationChunk(services, event.body as { jobId: string; chunk: number }),
          );
          slowest = Math.max(slowest, chunk.ms);
          chunks += 1;
        }
        return { chunks, slowest };
      });
      const progress = (await world.checkpoints.latestJob())!;
      if (!progress.verdict?.intact) throw new Error('bench trail: the full job did not verify');
      const perEntryUs = (job.ms * 1000) / ENTRIES;
      const chunkAt2M = (perEntryUs * ENTRIES_PER_CHUNK) / 1000;
      figure(`sqlite-${ENTRIES}`, 'fullJobMs', Math.round(job.ms), 'ms');
      figure(`sqlite-${ENTRIES}`, 'fullJobEvents', job.value.chunks, 'events');
      figure(`sqlite-${ENTRIES}`, 'slowestEventMs', Math.round(job.value.slowest), 'ms');
      figure(`sqlite-${ENTRIES}`, 'fullJobUsPerEntry', Math.round(perEntryUs * 10) / 10, 'µs');
      figure('projected-2000000', 'fullJobEvents', Math.ceil(LARGE_CUSTOMER_ENTRIES / ENTRIES_PER_CHUNK) + 1, 'events');
      figure('projected-2000000', 'fullJobSeconds', Math.round((perEntryUs * LARGE_CUSTOMER_ENTRIES) / 1e6), 's');
      figure('projected-2000000', 'eventHeadroom', Math.round((CONSUMER_LIMIT_MS / chunkAt2M) * 10) / 10, '×', 2, true);
    } finally {
      await world.close();
    }
  },
};
