import { createHash } from 'node:crypto';
import { dispatch } from '../../src/entry/dispatch';
import type { AppServices } from '../../src/app/services';
import { evidenceBlockersOf } from '../../src/app/audits/evidenceChecks';
import { multipartBody } from '../../src/adapters/confluence/multipart';
import { appServicesForTest, grantRoles } from '../support/appServices';
import {
  fieldworkNames,
  fieldworkPeople,
  fieldworkRoles,
  writeCurrentProgramme,
  writeFieldworkAudit,
} from '../support/fieldwork';

/** Evidence files on the audit's Confluence page, and Jira and web evidence, through the resolvers. */
const { manager, lead, team, outsider, viewer } = fieldworkPeople;
const screenshot = Buffer.from(Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
let planPageId: string;
const call = (name: string, payload: unknown, who: string) =>
  dispatch(name as never, payload, who, async () => services) as Promise<any>;
const trailLength = async () => (await services.trail.entries({ limit: 10_000 })).length;

const collectFile = (reference: Record<string, unknown>, who = team) =>
  call(
    'collectEvidence',
    {
      auditId: 'audit-it',
      evidence: {
        kind: 'record',
        itemId: null,
        description: 'Screenshot of the restore test result',
        reference: { type: 'file', fileName: 'restore-test.png', mediaType: 'image/png', ...reference },
      },
    },
    who,
  );

/** Someone replaces the file on the page in Confluence: a new version under the same name. */
async function replaceInConfluence(bytes: Uint8Array) {
  const { body } = multipartBody([{ name: 'file', fileName: 'restore-test.png', mediaType: 'image/png', bytes }]);
  const answer = await ctx.confluence.call('POST', `/wiki/rest/api/content/${planPageId}/child/attachment`, body);
  expect(answer.status).toBe(200);
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
      area: { name: 'IT operations', ownerId: manager, memberIds: [], likelihood: 4, impact: 4, itemIds: ['A.8.13'] },
    },
    manager,
  );
  await writeFieldworkAudit(services, 'audit-it', 'inProgress', { areaIds: [area.value.id] });
  const spaces = await ctx.confluence.call('GET', '/spaces?keys=ISMS');
  const spaceId = (spaces.body as { results: Array<{ id: string }> }).results[0]!.id;
  const page = await ctx.confluence.call('POST', '/pages', {
    spaceId,
    status: 'current',
    title: 'Audit plan: IT operations audit',
    body: { representation: 'storage', value: '<p>Plan</p>' },
  });
  planPageId = (page.body as { id: string }).id;
  const audit = (await services.store.get('audit', 'audit-it'))!;
  await services.store.apply({
    entity: 'audit',
    id: 'audit-it',
    before: audit,
    after: {
      ...audit.record,
      planPage: { pageId: planPageId, spaceKey: 'ISMS', version: 1, title: 'Audit plan', publishedAt: '2026-11-20' },
    },
    actor: manager,
    at: services.clock.now(),
  });
});
afterEach(() => ctx.close());

describe('file evidence', () => {
  it('[ISO9.2.2][P11.10e] a file is attached to the audit page, fingerprinted with SHA-256, and a replaced or deleted file is flagged and blocks the report', async () => {
    const collected = await collectFile({ contentBase64: screenshot.toString('base64') });
    expect(collected).toMatchObject({
      ok: true,
      value: {
        changedSinceCollected: false,
        checkNote: null,
        evidence: {
          collectedBy: team,
          reference: {
            type: 'confluenceAttachment',
            pageId: planPageId,
            fileName: 'restore-test.png',
            mediaType: 'image/png',
            size: 3000,
            sha256: sha256(screenshot),
          },
        },
      },
    });
    // The file is on the page in Confluence, with the very bytes sent.
    const attached = await services.confluence.filesAsApp().listOn(planPageId);
    expect(attached).toMatchObject([{ fileName: 'restore-test.png', size: 3000 }]);
    expect(await evidenceBlockersOf(services, 'audit-it')).toEqual([]);

    await replaceInConfluence(Uint8Array.from([9, 9, 9]));
    const listed = (await call('listEvidence', { auditId: 'audit-it' }, viewer)).value.evidence;
    expect(listed[0]).toMatchObject({
      changedSinceCollected: true,
      checkNote: 'The file restore-test.png has changed since it was collected: it no longer shows what was collected',
    });
    const [blocker] = await evidenceBlockersOf(services, 'audit-it');
    expect(blocker).toContain('"Screenshot of the restore test result": The file restore-test.png has changed');

    // The page is deleted: the file is gone, and says so.
    expect((await ctx.confluence.call('DELETE', `/pages/${planPageId}`)).status).toBe(204);
    const gone = (await call('listEvidence', { auditId: 'audit-it' }, viewer)).value.evidence;
    expect(gone[0]).toMatchObject({ changedSinceCollected: null, checkNote: expect.stringContaining('is gone') });
    expect(await evidenceBlockersOf(services, 'audit-it')).toHaveLength(1);
  });

  it('refuses an oversized or empty file, a file before the plan is published, and an outsider, changing nothing', async () => {
    const before = await trailLength();
    const tooBig = Buffer.alloc(2 * 1024 * 1024 + 1, 1).toString('base64');
    expect(await collectFile({ contentBase64: tooBig })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('evidence files may be at most 2 MB') },
    });
    expect(await collectFile({ contentBase64: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('The file is empty') },
    });
    expect(await collectFile({ contentBase64: screenshot.toString('base64') }, outsider)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const audit = (await services.store.get('audit', 'audit-it'))!;
    await services.store.apply({
      entity: 'audit',
      id: 'audit-it',
      before: audit,
      after: { ...audit.record, planPage: null },
      actor: manager,
      at: services.clock.now(),
    });
    const unpublished = await trailLength();
    expect(await collectFile({ contentBase64: screenshot.toString('base64') }, lead)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Publish the plan of "IT operations audit" first') },
    });
    expect(await trailLength()).toBe(unpublished);
    expect(unpublished).toBe(before + 1);
    expect(await services.confluence.filesAsApp().listOn(planPageId)).toEqual([]);
  });

  it('a web address keeps the day it was seen; a day after today is refused', async () => {
    const seen = await call(
      'collectEvidence',
      {
        auditId: 'audit-it',
        evidence: {
          kind: 'test',
          itemId: null,
          description: 'Restore log on the backup console',
          reference: { type: 'url', url: 'https://backups.example.com/log', seenOn: '2026-11-23' },
        },
      },
      team,
    );
    expect(seen.value.evidence.reference).toEqual({
      type: 'url',
      url: 'https://backups.example.com/log',
      seenOn: '2026-11-23',
    });
    const future = await call(
      'collectEvidence',
      {
        auditId: 'audit-it',
        evidence: {
          kind: 'test',
          itemId: null,
          description: 'Restore log',
          reference: { type: 'url', url: 'https://backups.example.com/log', seenOn: '2027-01-01' },
        },
      },
      team,
    );
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'evidence.reference.seenOn' } });
  });
});
