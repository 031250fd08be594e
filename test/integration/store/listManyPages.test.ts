import { listFirstRows, listPageBytes } from '../../../src/adapters/sql/listMany';
import { findingId, largeFinding, measuredStore, plannedAudit, type MeasuredStore } from './largeTables';

/**
 * A large programme's records come back in pages: every record once, in id order, and no answer
 * anywhere near Forge SQL's 4 MiB (the review macros' goal is 1 MiB a statement).
 */

describe('listMany of a large programme', () => {
  let measured: MeasuredStore;
  let answers: number[];
  let store: MeasuredStore['store'];

  beforeAll(async () => {
    measured = await measuredStore();
    ({ answers, store } = measured);
    for (let n = 0; n < 40; n += 1) await measured.put('audit', `au-${n}`, plannedAudit(n));
    // Written in a shuffled order, so the order of the answer is the store's doing.
    for (let k = 0; k < 300; k += 1)
      await measured.put('finding', findingId((k * 7) % 300), largeFinding(k, `au-${k % 40}`));
  }, 120_000);
  afterAll(() => measured.destroy());

  it('reads every record once, in id order, over several statements of at most about half a MiB', async () => {
    answers.length = 0;
    const read = await store.listMany(['finding', 'audit', 'trackedIssue']);
    const findingIds = Array.from({ length: 300 }, (_, n) => findingId(n));
    expect(read.finding.map((r) => r.id)).toEqual(findingIds);
    expect(read.audit.map((r) => r.id)).toEqual(
      Array.from({ length: 40 }, (_, n) => `au-${n}`).sort((a, b) => (a < b ? -1 : 1)),
    );
    expect(read.trackedIssue).toEqual([]);
    // Over 4 MiB of findings: the first statement carries a few of each entity, pages the rest.
    expect(read.finding.reduce((sum, r) => sum + JSON.stringify(r.record).length, 0)).toBeGreaterThan(4 * 1024 * 1024);
    expect(answers.length).toBeGreaterThan(8);
    expect(Math.max(...answers)).toBeLessThanOrEqual(1024 * 1024);
    expect(Math.max(...answers.slice(2))).toBeLessThanOrEqual(listPageBytes + 20_000);
  }, 120_000);

  it('gives each record as get does', async () => {
    const read = await store.listMany(['finding']);
    expect(read.finding[123]).toEqual(await store.get('finding', 'f-123'));
    expect(read.finding).toHaveLength(300);
  });

  it('reads entities that fit the first statement in it, and pages only the one that does not', async () => {
    answers.length = 0;
    expect((await store.listMany(['trackedIssue', 'jiraSettings'])).trackedIssue).toEqual([]);
    expect(answers).toHaveLength(1);
    answers.length = 0;
    const read = await store.listMany(['audit', 'trackedIssue']);
    expect(read.audit).toHaveLength(40);
    // 40 audits are more than the first statement's share of each entity: one page more.
    expect(listFirstRows).toBeLessThan(40);
    expect(answers).toHaveLength(2);
  });
});
