import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SqliteEngine } from '../../../sandbox/platform/sqlEngine';
import { openScalePlatform, scaleSize, seedScale } from '../../bench/benches/scaleSeed';
import { manager } from '../jira/raisingFixture';

/**
 * The scale bench's seed writes rows and trail entries straight into SQLite; its jobs only mean
 * something if the app reads that install as its own. At a small size: the chain verifies end to
 * end with the app's own verification, every seeded record matches its trail, and the tracked
 * issues point at real issues on the emulated Jira.
 */
describe('the scale bench seed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-seed-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a trail and records the app verifies as intact', async () => {
    const size = scaleSize(0.002);
    const { trailEntries } = await seedScale(dir, size);
    expect(trailEntries).toBeGreaterThanOrEqual(size.trailEntries);
    const platform = openScalePlatform(dir);
    try {
      const verdict = (await platform.invoke('verifyAuditTrail', {}, manager)) as {
        ok: boolean;
        value: { intact: boolean; entries: number };
      };
      expect(verdict.ok).toBe(true);
      expect(verdict.value.intact).toBe(true);
      // The first call's own entries (the programme manager's role) come before the seeded ones.
      expect(verdict.value.entries).toBeGreaterThan(trailEntries);

      const db = (platform.sql as SqliteEngine).database;
      const counts = db
        .prepare(
          'SELECT (SELECT COUNT(*) FROM findings) AS findings, (SELECT COUNT(*) FROM tracked_issues) AS tracked, (SELECT COUNT(*) FROM auditable_areas) AS areas',
        )
        .get() as { findings: number; tracked: number; areas: number };
      expect(counts.findings).toBe(size.findings + size.toRaise);
      expect(counts.tracked).toBe(size.findings * 1.5);
      expect(counts.areas).toBe(size.areas);

      const tracked = db.prepare("SELECT issue_id FROM tracked_issues WHERE issue_key = 'NC-1'").get() as {
        issue_id: string;
      };
      const issue = await platform.requestProduct('jira', 'GET', '/rest/api/3/issue/NC-1', undefined, undefined, 'app');
      expect(issue.status).toBe(200);
      expect((issue.body as { id: string }).id).toBe(tracked.issue_id);
    } finally {
      await platform.close();
    }
  }, 120_000);
});
