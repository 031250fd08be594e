import { createHash } from 'node:crypto';
import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import type { AuditState } from '../../src/domain/audits/auditState';
import { appServicesForTest, grantRoles } from '../support/appServices';
import {
  fieldworkLines,
  fieldworkNames,
  fieldworkPeople,
  fieldworkRoles,
  writeCurrentProgramme,
  writeFieldworkAudit,
} from '../support/fieldwork';

const { manager, lead, team, outsider, viewer, auditee } = fieldworkPeople;
const lines = fieldworkLines;
const procedure = '<p>Restore the ERP database every quarter and log the result.</p>';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;

async function ismsSpaceId(): Promise<string> {
  const answer = await ctx.confluence.call('GET', '/spaces?keys=ISMS');
  return (answer.body as { results: Array<{ id: string }> }).results[0]!.id;
}

async function createPage(spaceId: string, title: string, value: string): Promise<string> {
  const answer = await ctx.confluence.call(
    'POST',
    '/pages',
    { spaceId, status: 'current', title, body: { representation: 'storage', value } },
    'app',
  );
  expect(answer.status).toBe(200);
  return (answer.body as { id: string }).id;
}

/** A person edits the page in Confluence: a new version with this body (and the title kept). */
async function editPage(pageId: string, version: number, title: string, value: string, as = auditee) {
  const answer = await ctx.confluence.call(
    'PUT',
    `/pages/${pageId}`,
    { id: pageId, status: 'current', title, body: { representation: 'storage', value }, version: { number: version } },
    as,
  );
  expect(answer.status).toBe(200);
}

const writeAudit = (id: string, state: AuditState, areaId: string) =>
  writeFieldworkAudit(services, id, state, { areaIds: [areaId] });

const collect = (reference: unknown, who = team, extra: Record<string, unknown> = {}) =>
  call(
    'collectEvidence',
    {
      auditId: 'audit-it',
      evidence: { kind: 'document', itemId: 'A.8.13', description: 'The backup procedure', reference, ...extra },
    },
    who,
  );

let spaceId: string;
let pageId: string;

beforeEach(async () => {
  ctx = await appServicesForTest(fieldworkNames);
  services = ctx.services;
  // A Jira with no issues: an issue nobody can see is cited by its key only, not fingerprinted.
  services.jira = { ...services.jira, asUser: () => ({ getIssue: async () => null }) as never };
  await grantRoles(services, fieldworkRoles);
  await writeCurrentProgramme(services);
  const area = await call(
    'saveAuditableArea',
    {
      expectedVersion: 0,
      area: { name: 'IT operations', ownerId: auditee, memberIds: [], likelihood: 4, impact: 4, itemIds: lines },
    },
    manager,
  );
  await writeAudit('audit-it', 'inProgress', area.value.id);
  spaceId = await ismsSpaceId();
  pageId = await createPage(spaceId, 'Backup procedure', procedure);
});
afterEach(() => ctx.close());

describe('evidence', () => {
  it('[ISO9.2.2][P11.10e] a Confluence page is collected with its version and body hash; an edit shows as changed since collected', async () => {
    const collected = await collect({ type: 'confluencePage', pageId });
    expect(collected).toMatchObject({
      ok: true,
      value: {
        collectedByName: 'Sofia Lindqvist',
        currentVersion: 1,
        changedSinceCollected: false,
        checkNote: null,
        evidence: {
          auditId: 'audit-it',
          kind: 'document',
          itemId: 'A.8.13',
          collectedBy: team,
          collectedAt: '2026-11-24T09:00:00.000Z',
          reference: {
            type: 'confluencePage',
            pageId,
            version: 1,
            title: 'Backup procedure',
            bodySha256: sha256(procedure),
          },
        },
      },
    });
    expect(ctx.confluence.violations).toEqual([]);

    // Saved again with the very same body: a new version, but what was collected still stands.
    await editPage(pageId, 2, 'Backup procedure', procedure);
    let listed = (await call('listEvidence', { auditId: 'audit-it' }, viewer)).value.evidence;
    expect(listed[0]).toMatchObject({ currentVersion: 2, changedSinceCollected: false });

    await editPage(pageId, 3, 'Backup procedure', '<p>Restore the ERP database once a year.</p>');
    listed = (await call('listEvidence', { auditId: 'audit-it' }, auditee)).value.evidence;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      id: collected.value.id,
      currentVersion: 3,
      changedSinceCollected: true,
      checkNote: null,
      evidence: { reference: { version: 1, bodySha256: sha256(procedure) } },
    });
  });

  it('[ISO9.2.2] an older page version can be cited; Jira issues and links are kept as given, newest first', async () => {
    await editPage(pageId, 2, 'Backup procedure', '<p>Restore quarterly; the QA lead signs the log.</p>');
    const older = await collect({ type: 'confluencePage', pageId, version: 1 });
    expect(older.value).toMatchObject({
      currentVersion: 2,
      changedSinceCollected: true,
      evidence: { reference: { version: 1, bodySha256: sha256(procedure) } },
    });
    ctx.clock.advanceMinutes(10);
    const issue = await collect({ type: 'jiraIssue', issueKey: 'ITOPS-42' }, lead, { kind: 'record', itemId: null });
    ctx.clock.advanceMinutes(10);
    const link = await collect({ type: 'url', url: 'https://backups.example.com/restore-log' }, team, {
      kind: 'test',
      itemId: 'A.8.15',
    });
    ctx.clock.advanceMinutes(10);
    const interview = await collect(null, team, { kind: 'interview', description: 'Talked to the backup operator' });
    const listed = (await call('listEvidence', { auditId: 'audit-it' }, viewer)).value.evidence;
    expect(listed.map((e: { id: string }) => e.id)).toEqual([
      interview.value.id,
      link.value.id,
      issue.value.id,
      older.value.id,
    ]);
    expect(listed[2]).toMatchObject({
      collectedByName: 'Rahul Mehta',
      currentVersion: null,
      changedSinceCollected: null,
      checkNote: null,
      evidence: { kind: 'record', itemId: null, reference: { type: 'jiraIssue', issueKey: 'ITOPS-42' } },
    });
    expect(listed[1].evidence.reference).toEqual({ type: 'url', url: 'https://backups.example.com/restore-log' });
    expect(listed[0].evidence.reference).toBeNull();
  });

  it('[ISO9.2.2] a page deleted after collection cannot be checked, and says so', async () => {
    await collect({ type: 'confluencePage', pageId });
    expect((await ctx.confluence.call('DELETE', `/pages/${pageId}`, undefined, 'app')).status).toBe(204);
    const listed = (await call('listEvidence', { auditId: 'audit-it' }, viewer)).value.evidence;
    expect(listed[0]).toMatchObject({ currentVersion: null, changedSinceCollected: null });
    expect(listed[0].checkNote).toContain('Backup procedure');
  });

  it('[P11.10d][P11.10g] a page the auditor cannot see in Confluence is refused, as is a page or version that does not exist — nothing written', async () => {
    const hr = ctx.confluence.emulator.createSpace({
      key: 'HR',
      name: 'Human resources',
      permissions: { [manager]: ['read', 'write'] },
    });
    const hidden = await createPage(hr.id, 'Disciplinary cases', '<p>Confidential</p>');
    const before = await trailLength();
    expect(await collect({ type: 'confluencePage', pageId: hidden })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'evidence.reference.pageId' },
    });
    expect(await collect({ type: 'confluencePage', pageId: '999999' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'evidence.reference.pageId' },
    });
    expect(await collect({ type: 'confluencePage', pageId, version: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'evidence.reference.pageId' },
    });
    expect(await trailLength()).toBe(before);
  });

  it('[P11.10g] refuses bad input and an audit not in fieldwork — changing nothing', async () => {
    await writeAudit('audit-planned', 'planned', (await services.store.list('auditableArea'))[0]!.id);
    const before = await trailLength();
    expect(await collect({ type: 'jiraIssue', issueKey: 'not a key' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'evidence.reference.issueKey' },
    });
    expect(await collect({ type: 'url', url: 'ftp://files.example.com/log' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'evidence.reference.url' },
    });
    expect(await collect(null, team, { description: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'evidence.description' },
    });
    expect(await collect(null, team, { itemId: 'A.5.1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'evidence.itemId' },
    });
    const planned = await call(
      'collectEvidence',
      { auditId: 'audit-planned', evidence: { kind: 'observation', description: 'Server room door propped open' } },
      team,
    );
    expect(planned).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(planned.error.message).toContain('is planned');
    expect(await call('listEvidence', { auditId: 'audit-nowhere' }, viewer)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await trailLength()).toBe(before);
  });

  it('[ISO9.2.2][P11.10g] refuses an auditor outside the team, a viewer, an auditee and a programme manager — changing nothing', async () => {
    const before = await trailLength();
    for (const who of [outsider, viewer, auditee, manager]) {
      expect(await collect({ type: 'confluencePage', pageId }, who)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await trailLength()).toBe(before);
    expect((await call('listEvidence', { auditId: 'audit-it' }, 'acct-nobody')).error.code).toBe('forbidden');
  });
});
