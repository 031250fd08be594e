import { suggestedJiraSettings } from '../../src/domain/jira/jiraSettings';
import type { SandboxPlatform } from '../site/sandboxPlatform';
import { demoJiraProjects } from './company';
import { seedCall } from './seedCall';

/**
 * The demo's Jira configuration, saved through the admin page's resolver as the programme manager:
 * the suggested settings, which already name the demo's NC and CA projects, issue types and
 * workflow statuses. The save checks them against the projects, so a demo workflow that drifted
 * from the suggestion stops the seed with the field at fault.
 */
export async function seedJiraSettings(platform: SandboxPlatform, managerId: string): Promise<void> {
  const [nonconformities, correctiveActions] = demoJiraProjects;
  await seedCall(
    platform,
    'saveJiraSettings',
    {
      settings: {
        ...suggestedJiraSettings,
        nonconformities: { projectKey: nonconformities.key, issueType: nonconformities.issueType },
        correctiveActions: { projectKey: correctiveActions.key, issueType: correctiveActions.issueType },
      },
      expectedVersion: 0,
      reason: 'Findings raised in the quality team’s NC and CA projects',
    },
    managerId,
  );
}
