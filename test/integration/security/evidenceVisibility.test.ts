import { dispatch } from '../../../src/entry/dispatch';
import type { AppServices } from '../../../src/app/services';
import { appServicesForTest, grantRoles } from '../../support/appServices';
import {
  fieldworkLines,
  fieldworkNames,
  fieldworkPeople,
  fieldworkRoles,
  writeCurrentProgramme,
  writeFieldworkAudit,
} from '../../support/fieldwork';

/**
 * Issue 14, hole 9: the evidence list is open to every app role, but a cited Confluence page's
 * title, version and fingerprint reach only those Confluence would show the page to.
 */

const { manager, team, viewer, auditee } = fieldworkPeople;

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;

async function createPage(spaceId: string, title: string): Promise<string> {
  const answer = await ctx.confluence.call(
    'POST',
    '/pages',
    { spaceId, status: 'current', title, body: { representation: 'storage', value: '<p>Confidential</p>' } },
    'app',
  );
  expect(answer.status).toBe(200);
  return (answer.body as { id: string }).id;
}

beforeEach(async () => {
  ctx = await appServicesForTest(fieldworkNames);
  services = ctx.services;
  await grantRoles(services, fieldworkRoles);
  await writeCurrentProgramme(services);
  const area = await call(
    'saveAuditableArea',
    {
      expectedVersion: 0,
      area: { name: 'HR', ownerId: auditee, memberIds: [], likelihood: 4, impact: 4, itemIds: fieldworkLines },
    },
    manager,
  );
  await writeFieldworkAudit(services, 'audit-it', 'inProgress', { areaIds: [area.value.id] });
});
afterEach(() => ctx.close());

describe('evidence that cites a page some callers cannot view', () => {
  it('[P11.10d] [A11.12] lists the page’s title, version and fingerprint only to callers who may view it', async () => {
    // Only the auditor who collected it (and the programme manager) may read the HR space.
    const hr = ctx.confluence.emulator.createSpace({
      key: 'HR',
      name: 'Human resources',
      permissions: { [manager]: ['read', 'write'], [team]: ['read'] },
    });
    const pageId = await createPage(hr.id, 'Disciplinary case of J. Doe');
    const collected = await call(
      'collectEvidence',
      {
        auditId: 'audit-it',
        evidence: {
          kind: 'document',
          itemId: fieldworkLines[0],
          description: 'The disciplinary record',
          reference: { type: 'confluencePage', pageId },
        },
      },
      team,
    );
    expect(collected).toMatchObject({
      ok: true,
      value: { evidence: { reference: { title: 'Disciplinary case of J. Doe' } } },
    });

    const seenByTeam = (await call('listEvidence', { auditId: 'audit-it' }, team)).value.evidence;
    expect(seenByTeam[0]).toMatchObject({ currentVersion: 1, changedSinceCollected: false, checkNote: null });
    expect(seenByTeam[0].evidence.reference).toMatchObject({ pageId, title: 'Disciplinary case of J. Doe' });

    const seenByViewer = await call('listEvidence', { auditId: 'audit-it' }, viewer);
    expect(seenByViewer.ok).toBe(true);
    const [hidden] = seenByViewer.value.evidence;
    expect(hidden.evidence.reference).toBeNull();
    expect(hidden).toMatchObject({ currentVersion: null, changedSinceCollected: null });
    expect(hidden.checkNote).toContain('a Confluence page you cannot view');
    expect(JSON.stringify(seenByViewer)).not.toContain('Disciplinary case');
    expect(JSON.stringify(seenByViewer)).not.toContain(`"${pageId}"`);
  });
});
