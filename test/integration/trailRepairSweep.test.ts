import { chainTrailEntry } from '../../src/domain/trail/trailEntry';
import { demoUsers } from '../../sandbox/site/users';
import { seedDemo } from '../../sandbox/demo/seed';
import { SandboxClock } from '../../sandbox/platform/clock';
import { SandboxPlatform } from '../../sandbox/site/sandboxPlatform';

const manager = demoUsers.find((u) => u.siteAdmin)!.accountId;

describe('the hourly trail-repair sweep (scheduled trigger, run by the sandbox)', () => {
  it('completes a settings change whose trail entry was written but whose row change was lost', async () => {
    const clock = new SandboxClock();
    const platform = new SandboxPlatform({ clock });
    try {
      await seedDemo(platform);
      const before = (await platform.invoke('getProgrammeSettings', {}, manager)) as {
        value: { settings: Record<string, unknown>; version: number };
      };
      // Write what a writer that died after statement 2 of 3 leaves behind: the next trail entry,
      // chained to the head, for version N+1 — and no row change.
      const head = (await platform.sql.execute('SELECT seq, hash FROM audit_trail ORDER BY seq DESC LIMIT 1', []))
        .rows as Array<{ seq: number; hash: string }>;
      const after = { ...before.value.settings, organisationName: 'Helix Biologics (after crash)' };
      const entry = chainTrailEntry(
        {
          seq: head[0]!.seq + 1,
          at: clock.now().toISOString(),
          actor: manager,
          action: 'update',
          entityType: 'programmeSettings',
          entityId: 'programme',
          entityVersion: before.value.version + 1,
          before: before.value.settings,
          after,
          reason: null,
        },
        head[0]!.hash,
      );
      await platform.sql.execute(
        'INSERT INTO audit_trail (seq, at, actor, action, entity_type, entity_id, entity_version, before_json, after_json, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
        [
          entry.seq,
          entry.at,
          entry.actor,
          entry.action,
          entry.entityType,
          entry.entityId,
          entry.entityVersion,
          JSON.stringify(entry.before),
          JSON.stringify(entry.after),
          null,
          entry.prevHash,
          entry.hash,
        ],
      );
      expect(
        ((await platform.invoke('getProgrammeSettings', {}, manager)) as { value: { version: number } }).value.version,
      ).toBe(before.value.version);

      clock.advance(60 * 60_000);
      expect((await platform.tick()).scheduled).toContain('trail-repair-sweep');

      const repaired = (await platform.invoke('getProgrammeSettings', {}, manager)) as {
        value: { version: number; settings: { organisationName: string } };
      };
      expect(repaired.value).toMatchObject({
        version: before.value.version + 1,
        settings: { organisationName: 'Helix Biologics (after crash)' },
      });
      expect(await platform.invoke('verifyAuditTrail', {}, manager)).toMatchObject({
        ok: true,
        value: { intact: true },
      });
    } finally {
      await platform.close();
    }
  }, 300_000);
});
