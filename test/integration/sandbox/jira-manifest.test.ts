import BetterSqlite3 from 'better-sqlite3';
import yaml from 'js-yaml';
import { demoUsers } from '../../../sandbox/site/users';
import { JiraEmulator } from '../../../sandbox/jira/jiraEmulator';
import { jiraModulesFromManifest } from '../../../sandbox/jira/manifestModules';
import { checkedHandler, ncProject } from './jira-harness';

const manifest = yaml.load(`
modules:
  jira:customField:
    - key: finding-grade
      name: Finding grade
      description: Grade of the finding
      type: string
    - key: iso-clauses
      name: ISO clauses
      description: Clauses and controls
      type: string
      collection: list
    - key: verification
      name: Verification
      description: Effectiveness verification
      type: object
      readOnly: true
      schema:
        type: object
        properties:
          result: { type: string, searchAlias: result }
          verifier: { type: string, searchType: user, searchAlias: verifier }
          detail:
            type: object
            properties:
              verifiedAt: { type: string, searchType: date, searchAlias: verifiedAt }
    - key: team
      name: Team
      description: Not modelled
      type: group
  jira:entityProperty:
    - key: audit-finding-index
      entityType: issue
      propertyKey: audit-finding
      values:
        - { path: auditId, type: string, searchAlias: auditId }
        - { path: raisedOn, type: date }
    - key: project-index
      entityType: project
      propertyKey: programme
      values:
        - { path: id, type: string }
`) as { modules: Record<string, Array<Record<string, unknown> & { key: string }>> };

const fromManifest = () => jiraModulesFromManifest({ list: (kind) => manifest.modules[kind] ?? [] });

describe('jiraModulesFromManifest', () => {
  it('reads custom fields and issue entity properties as the emulator takes them', () => {
    expect(fromManifest()).toEqual({
      appFields: [
        { key: 'finding-grade', name: 'Finding grade', type: 'string' },
        { key: 'iso-clauses', name: 'ISO clauses', type: 'array-string' },
        {
          key: 'verification',
          name: 'Verification',
          type: 'object',
          readOnly: true,
          properties: [
            { path: 'result', type: 'string', searchAlias: 'result' },
            { path: 'verifier', type: 'user', searchAlias: 'verifier' },
            { path: 'detail.verifiedAt', type: 'date', searchAlias: 'verifiedAt' },
          ],
        },
      ],
      entityProperties: [
        {
          propertyKey: 'audit-finding',
          values: [
            { path: 'auditId', type: 'string', searchAlias: 'auditId' },
            { path: 'raisedOn', type: 'date' },
          ],
        },
      ],
    });
  });

  it('gives an emulator whose JQL knows the fields and aliases', async () => {
    const db = new BetterSqlite3(':memory:');
    try {
      const jira = new JiraEmulator({ database: db, clock: () => new Date(), users: demoUsers, ...fromManifest() });
      jira.configureProject(ncProject);
      const handle = checkedHandler(jira.handle);
      const call = (method: string, path: string, body?: unknown) =>
        handle({ product: 'jira', provider: 'app', accountId: undefined, method, path, body });
      await call('POST', '/rest/api/3/issue', {
        fields: {
          project: { key: 'NC' },
          issuetype: { name: 'Nonconformity' },
          summary: 'x',
          customfield_10051: ['A.8.13'],
        },
        properties: [{ key: 'audit-finding', value: { auditId: 'A-2' } }],
      });
      await call('PUT', '/rest/api/3/app/field/verification/value', {
        updates: [{ issueIds: [10000], value: { result: 'effective', detail: { verifiedAt: '2026-03-01' } } }],
      });
      const jql = 'auditId = A-2 AND "ISO clauses" = "A.8.13" AND Verification.verifiedAt >= 2026-02-01';
      const found = await call('GET', `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}`);
      expect(found.body).toEqual({ issues: [{ id: '10000' }], isLast: true });
      expect(handle.violations).toEqual([]);
    } finally {
      db.close();
    }
  });
});
