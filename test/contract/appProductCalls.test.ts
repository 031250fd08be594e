import { seedDemo } from '../../sandbox/demo/seed';
import { demoUsers } from '../../sandbox/site/users';
import { SandboxPlatform } from '../../sandbox/site/sandboxPlatform';
import { describeWithOpenApi } from '../support/openapi';

// Every Jira/Confluence call the app's own code makes (through its adapters) and every answer the
// emulators give it, checked against Atlassian's OpenAPI documents.
describeWithOpenApi("the app's product calls", () => {
  it('are all documented operations with valid requests, and the emulators answer them validly', async () => {
    const platform = new SandboxPlatform({ onViolation: () => undefined });
    try {
      await seedDemo(platform);
      for (const user of demoUsers) {
        await platform.invoke('getSession', {}, user.accountId);
        await platform.invoke('listRoleAssignments', {}, user.accountId);
        await platform.invoke('getProgrammeSettings', {}, user.accountId);
      }
      expect(platform.snapshot().calls.jira).toBeGreaterThan(demoUsers.length);
      expect(platform.violations).toEqual([]);
    } finally {
      await platform.close();
    }
  }, 300_000);

  it('fail the test that makes a request Atlassian would reject: a plain-text description is not ADF', async () => {
    const platform = new SandboxPlatform();
    try {
      platform.jira.configureProject({
        key: 'NC',
        name: 'Nonconformities',
        issueTypes: [{ name: 'Nonconformity' }],
        workflow: { statuses: [{ name: 'Open', category: 'new' }], initial: 'Open', transitions: [] },
      });
      const body = {
        fields: {
          project: { key: 'NC' },
          issuetype: { name: 'Nonconformity' },
          summary: 'x',
          description: 'plain text',
        },
      };
      await expect(
        platform.requestProduct('jira', 'POST', '/rest/api/3/issue', body, undefined, 'app'),
      ).rejects.toThrow(/OpenAPI violation.*description/);
      expect(platform.violations.length).toBeGreaterThan(0);
    } finally {
      await platform.close();
    }
  });
});
