import type { SandboxPlatform } from '../site/sandboxPlatform';
import { demoAreas } from './company';
import { seedCall } from './seedCall';
import { seedJiraSettings } from './seedJiraSettings';
import { demoCycleStart, seedProgramme } from './seedProgramme';
import { seedConfluence, seedJira } from './seedProducts';
import { seedCriteria } from './seedCriteria';
import { seedReview } from './seedReview';
import { seedObjectives } from './seedObjectives';
import { demoRoles, demoUsers } from '../site/users';

/**
 * Fills an empty store with the demo company, through the app's own resolvers (so the demo's
 * audit trail shows real entries): the first site admin opens the app and becomes programme
 * manager, sets the programme up and grants the other roles. Does nothing if already seeded.
 */
export async function seedDemo(platform: SandboxPlatform): Promise<boolean> {
  await seedConfluence(platform);
  await seedJira(platform);
  const manager = demoUsers.find((u) => u.siteAdmin)!;
  const session = (await seedCall(platform, 'getSession', {}, manager.accountId)) as {
    becameFirstProgrammeManager: boolean;
  };
  if (!session.becameFirstProgrammeManager) return false;
  const timeZone = 'Europe/Dublin';
  const cycleStart = demoCycleStart(platform.clock.now(), timeZone);
  await seedCall(
    platform,
    'updateProgrammeSettings',
    {
      settings: {
        organisationName: 'Helix Biologics Ltd',
        cycleLengthMonths: 12,
        cycleStart,
        timeZone,
        workingDays: [1, 2, 3, 4, 5],
      },
      expectedVersion: 0,
      reason: 'Programme set up for the current cycle',
    },
    manager.accountId,
  );
  for (const [accountId, roles] of Object.entries(demoRoles)) {
    await seedCall(
      platform,
      'setUserRoles',
      { accountId, roles, expectedVersion: 0, reason: 'Demo role assignment' },
      manager.accountId,
    );
  }
  await seedJiraSettings(platform, manager.accountId);
  for (const area of demoAreas) {
    const members: readonly string[] = 'members' in area ? area.members : [];
    await seedCall(
      platform,
      'saveAuditableArea',
      {
        expectedVersion: 0,
        area: {
          name: area.name,
          ownerId: area.owner,
          memberIds: [...members],
          likelihood: area.likelihood,
          impact: area.impact,
          itemIds: [...area.itemIds],
        },
        reason: 'ISMS scope as approved for the current cycle',
      },
      manager.accountId,
    );
  }
  await seedCriteria(platform, manager.accountId);
  await seedProgramme(platform, cycleStart, timeZone);
  // Issue 8: the period figures, the management review so far and the audit reports' conclusions.
  await seedReview(platform, cycleStart, timeZone);
  await seedObjectives(platform, cycleStart);
  return true;
}
