import type { AppServices } from '../../src/app/services';
import { GENESIS_HASH } from '../../src/domain/trail/trailEntry';
import { EXPORT_PART } from '../../src/app/trail/trailQueries';
import { dispatch } from '../../src/entry/dispatch';
import { appServicesForTest, grantRoles } from '../support/appServices';
import { writeRoleHistory } from '../support/roleHistory';

/**
 * The trail exported part by part (issue 17): no call reads more than one part, the parts join
 * into exactly the file one call would have made, and entries written while the export runs stay
 * out of it (the first part pins the head).
 */
jest.setTimeout(120_000);

const viewer = 'acct-viewer';
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (payload: unknown) =>
  dispatch('exportAuditTrail' as never, payload, viewer, async () => services) as Promise<any>;

const writeHistory = (count: number) => writeRoleHistory(services, () => ctx.clock.now(), viewer, count);

/** Every part in turn, as the trail page asks for them; writes `during` entries after the first. */
async function exportInParts(format: 'csv' | 'json', during = 0) {
  const parts: Array<{ content: string; entries: number }> = [];
  let afterSeq = 0;
  let throughSeq: number | undefined;
  for (;;) {
    const answer = await call({ format, afterSeq, throughSeq });
    expect(answer.ok).toBe(true);
    expect(answer.value.entries).toBeLessThanOrEqual(EXPORT_PART);
    parts.push(answer.value);
    throughSeq = answer.value.throughSeq;
    if (parts.length === 1 && during > 0) await writeHistory(during);
    if (answer.value.nextAfterSeq === null) return { parts, throughSeq: throughSeq! };
    afterSeq = answer.value.nextAfterSeq;
  }
}

beforeEach(async () => {
  ctx = await appServicesForTest({ [viewer]: 'Grace Okafor' });
  services = ctx.services;
  await grantRoles(services, { [viewer]: ['viewer'] });
  await writeHistory(2 * EXPORT_PART + 10);
});
afterEach(() => ctx.close());

describe('the trail exported part by part', () => {
  it('[P11.10b] joins CSV parts into the file one call makes, each part bounded', async () => {
    const whole = (await call({ format: 'csv' })).value;
    const { parts } = await exportInParts('csv');
    expect(parts).toHaveLength(3);
    expect(parts.map((p) => p.content).join('')).toBe(whole.content);
    expect(parts.reduce((n, p) => n + p.entries, 0)).toBe(whole.entries);
  });

  it('[P11.10b] joins JSON parts into the same entries, and leaves out what was written after the first part', async () => {
    const head = await services.trail.headSeq();
    const whole = JSON.parse((await call({ format: 'json' })).value.content);
    const { parts, throughSeq } = await exportInParts('json', 5);
    expect(throughSeq).toBe(head);
    expect(await services.trail.headSeq()).toBe(head + 5);
    const joined = JSON.parse(
      `[\n${parts
        .map((p) => p.content)
        .filter(Boolean)
        .join(',\n')}\n]`,
    );
    expect(joined).toEqual(whole);
  });

  it("[P11.10b] shows each entry's previous hash, taken from the entry before, which no row stores again", async () => {
    const rows = await ctx.db.selectFrom('audit_trail').select(['seq', 'prev_hash', 'hash']).orderBy('seq').execute();
    expect(rows.every((row) => row.prev_hash === '')).toBe(true);
    const hashOf = new Map(rows.map((row) => [Number(row.seq), String(row.hash)]));
    hashOf.set(0, GENESIS_HASH);
    const { parts } = await exportInParts('json');
    const entries = parts.flatMap((p) => (p.content ? JSON.parse(`[${p.content}]`) : [])) as Array<{
      seq: number;
      prevHash: string;
    }>;
    expect(entries).toHaveLength(rows.length);
    for (const entry of entries) expect(entry.prevHash).toBe(hashOf.get(entry.seq - 1));
    // A filtered read, whose entries are not each other's neighbours, shows them too.
    const picked = await services.trail.entries({ action: 'update', limit: 5, afterSeq: 100 });
    for (const entry of picked) expect(entry.prevHash).toBe(hashOf.get(entry.seq - 1));
  });
});
