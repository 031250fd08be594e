import { listPageBytes } from '../../../src/adapters/sql/listMany';
import { tableFirstRows } from '../../../src/adapters/sql/tableInPages';
import { findingId as id, largeFinding, measuredStore, plannedAudit, type MeasuredStore } from './largeTables';

/**
 * A large table read whole (`list`) or by an indexed field (`listBy`) comes back in pages: every
 * record once, in id order, as `get` gives it, and no answer anywhere near Forge SQL's 4 MiB (the
 * goal is 1 MiB a statement), while a small table is still read in one statement.
 */

// Two audits share the findings: au-big holds 300 of about 15 KB each (over 4 MiB), au-small 10.
const bigIds = Array.from({ length: 300 }, (_, n) => id(n));
const smallIds = Array.from({ length: 10 }, (_, n) => id(300 + n));

describe('list and listBy of a large table', () => {
  let measured: MeasuredStore;
  let answers: number[];
  let store: MeasuredStore['store'];

  beforeAll(async () => {
    measured = await measuredStore();
    ({ answers, store } = measured);
    for (let n = 0; n < 5; n += 1) await measured.put('audit', `au-${n}`, plannedAudit(n));
    // Written in a shuffled order, interleaving the two audits, so the order of the answer is the
    // store's doing and each page of au-big's findings skips rows of au-small's.
    for (let k = 0; k < 310; k += 1) {
      const n = (k * 7) % 310;
      await measured.put('finding', id(n), largeFinding(n, n < 300 ? 'au-big' : 'au-small'));
    }
  }, 120_000);
  afterAll(() => measured.destroy());

  it('list reads every record once, in id order, over several statements of at most about half a MiB', async () => {
    answers.length = 0;
    const read = await store.list('finding');
    expect(read.map((r) => r.id)).toEqual([...bigIds, ...smallIds]);
    expect(read.reduce((sum, r) => sum + JSON.stringify(r.record).length, 0)).toBeGreaterThan(4 * 1024 * 1024);
    expect(answers.length).toBeGreaterThan(6);
    expect(Math.max(...answers)).toBeLessThanOrEqual(1024 * 1024);
    expect(Math.max(...answers.slice(1))).toBeLessThanOrEqual(listPageBytes + 20_000);
  }, 120_000);

  it('listBy reads every matching record once, in id order, in pages, and none of the others', async () => {
    answers.length = 0;
    const read = await store.listBy('finding', 'auditId', 'au-big');
    expect(read.map((r) => r.id)).toEqual(bigIds);
    expect(read.every((r) => r.record.auditId === 'au-big')).toBe(true);
    expect(answers.length).toBeGreaterThan(6);
    expect(Math.max(...answers)).toBeLessThanOrEqual(1024 * 1024);
    expect(Math.max(...answers.slice(1))).toBeLessThanOrEqual(listPageBytes + 20_000);
  }, 120_000);

  it('gives each record as get does', async () => {
    const all = await store.list('finding');
    expect(all[123]).toEqual(await store.get('finding', 'f-123'));
    expect(all[305]).toEqual(await store.get('finding', 'f-305'));
    const some = await store.listBy('finding', 'auditId', 'au-big');
    expect(some[299]).toEqual(await store.get('finding', 'f-299'));
  }, 120_000);

  it('reads a table smaller than the first page in ONE statement, filtered or not', async () => {
    expect(tableFirstRows).toBeGreaterThan(10);
    answers.length = 0;
    expect((await store.list('audit')).map((r) => r.id)).toEqual(['au-0', 'au-1', 'au-2', 'au-3', 'au-4']);
    expect(answers).toHaveLength(1);
    answers.length = 0;
    expect((await store.listBy('finding', 'auditId', 'au-small')).map((r) => r.id)).toEqual(smallIds);
    expect(answers).toHaveLength(1);
    answers.length = 0;
    expect(await store.list('trackedIssue')).toEqual([]);
    expect(await store.listBy('finding', 'auditId', 'au-none')).toEqual([]);
    expect(answers).toHaveLength(2);
  });
});
