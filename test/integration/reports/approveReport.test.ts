import { createHash } from 'node:crypto';
import { runExportChunk, type ExportChunk } from '../../../src/app/records/exportJobs';
import { integrityActor } from '../../../src/app/audits/report/reportView';
import {
  auditId,
  lead,
  manager,
  outsider,
  passphrase,
  reachReporting,
  reportWorld,
  team,
  viewer,
  type ReportWorld,
} from './reportFixture';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
let world: ReportWorld;
let pageId: string;

const storedReport = async () => (await world.services.store.get('auditReport', auditId))!;
const approve = async (who = lead, secret = passphrase) =>
  world.call(
    'approveAuditReport',
    { auditId, expectedVersion: (await storedReport()).version, passphrase: secret },
    who,
  );

beforeEach(async () => {
  world = await reportWorld();
  await reachReporting(world);
  await world.value('setSigningPassphrase', { newPassphrase: passphrase }, lead);
  await world.value('setSigningPassphrase', { newPassphrase: passphrase }, manager);
  await world.value(
    'saveAuditReportContent',
    {
      auditId,
      expectedVersion: (await storedReport()).version,
      conclusion: 'The ISMS is effective, except restore testing.',
      distribution: ['Chief executive'],
    },
    lead,
  );
  pageId = (await storedReport()).record.page!.pageId;
});
afterEach(() => world.close());

describe('approving the report', () => {
  it('[P11.50] [P11.70] the lead approves the page as it is now: version, content and hash stored, then signed', async () => {
    const page = await world.pageBody(pageId);
    const answer = await approve();
    expect(answer).toMatchObject({
      ok: true,
      value: {
        integrity: 'approved',
        approval: { pageVersion: page.version, contentHash: sha256(page.storage), approvedByName: 'Rahul Mehta' },
        canApprove: false,
        canEdit: false,
      },
    });
    const report = await storedReport();
    expect(report.record.approval).toMatchObject({ content: page.storage, approvedBy: lead });
    const signatures = answer.value.signatures;
    expect(signatures).toHaveLength(1);
    expect(signatures[0]).toMatchObject({
      meaning: 'approved',
      signerAccountId: lead,
      recordVersion: report.version,
      bindingIntact: true,
    });
  });

  it('[P11.200] a wrong passphrase writes nothing to the report and signs nothing', async () => {
    const before = await storedReport();
    const answer = await approve(lead, 'not my passphrase at all');
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'passphrase' } });
    const after = await storedReport();
    expect(after.version).toBe(before.version);
    expect(after.record.approval).toBeNull();
    expect(await world.services.store.listBy('signature', 'recordId', auditId)).toEqual([]);
  });

  it.each([
    ['a team auditor', team],
    ['an auditor outside the audit', outsider],
    ['the programme manager (the audit has a lead)', manager],
    ['a viewer', viewer],
  ])('[P11.10d] %s may not approve, and nothing is written', async (_who, who) => {
    const before = await world.trailLength();
    expect(await approve(who)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await world.trailLength()).toBe(before);
  });

  it('an edit made in Confluence before approval must be regenerated first', async () => {
    await world.editInConfluence(pageId, '<p>Rewritten by hand</p>');
    const before = await world.trailLength();
    const answer = await approve();
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(answer.error.message).toContain('edited the report page');
    expect(await world.trailLength()).toBe(before);
  });

  it('a crash between the approval and its signature: approving again only signs what was stored', async () => {
    const stored = await storedReport();
    const page = await world.pageBody(pageId);
    const approval = {
      pageId,
      pageVersion: page.version,
      contentHash: sha256(page.storage),
      content: page.storage,
      approvedBy: lead,
      approvedAt: world.services.clock.now().toISOString(),
    };
    await world.services.store.apply({
      entity: 'auditReport',
      id: auditId,
      before: stored,
      after: { ...stored.record, approval },
      actor: lead,
      at: world.services.clock.now(),
    });
    const unsigned = await world.value('getAuditReport', { auditId }, lead);
    expect(unsigned).toMatchObject({ canApprove: true, signatures: [] });
    const answer = await approve();
    expect(answer).toMatchObject({ ok: true, value: { canApprove: false } });
    const after = await storedReport();
    expect(after.version).toBe(stored.version + 1);
    expect(after.record.approval).toEqual(approval);
    expect(answer.value.signatures).toEqual([
      expect.objectContaining({ recordVersion: after.version, bindingIntact: true }),
    ]);
  });

  it('an approved report is frozen: neither generated again nor concluded differently', async () => {
    await approve();
    const version = (await storedReport()).version;
    // The approved version, then the signature block the app wrote after it (and nothing since).
    const signedPage = (await storedReport()).record.approval!.pageVersion + 1;
    expect(await world.call('generateAuditReport', { auditId, replaceEditedPage: true }, lead)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await world.call(
        'saveAuditReportContent',
        { auditId, expectedVersion: version, conclusion: 'Changed my mind.', distribution: [] },
        lead,
      ),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await approve()).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await world.pageBody(pageId)).version).toBe(signedPage);
  });
});

describe('changes after approval', () => {
  beforeEach(async () => {
    expect(await approve()).toMatchObject({ ok: true });
  });

  it('a save in Confluence that changes nothing (a version bump with the same content) is not a change', async () => {
    const approved = (await storedReport()).record.approval!;
    await world.editInConfluence(pageId, approved.content);
    // After the approved version and the one with its signature block.
    expect((await world.pageBody(pageId)).version).toBe(approved.pageVersion + 2);
    const view = await world.value('getAuditReport', { auditId }, viewer);
    expect(view).toMatchObject({ integrity: 'approved', changedAfterApproval: null });
    expect((await storedReport()).record.changedAfterApproval).toBeNull();
  });

  it('an edit after approval is detected and recorded once; the approved content is kept', async () => {
    const approved = (await storedReport()).record.approval!;
    await world.editInConfluence(pageId, '<p>Findings removed by someone</p>');

    // The edit is the version after the one the app wrote with the signature block.
    const edited = approved.pageVersion + 2;
    const view = await world.value('getAuditReport', { auditId }, viewer);
    expect(view).toMatchObject({
      integrity: 'changedAfterApproval',
      currentPageVersion: edited,
      approval: { pageVersion: approved.pageVersion, content: approved.content },
      changedAfterApproval: { pageVersion: edited },
    });
    expect(view.approval.content).toContain('Restores are not tested');
    const recorded = await storedReport();
    expect(recorded.record.changedAfterApproval).toMatchObject({
      pageVersion: edited,
      contentHash: sha256('<p>Findings removed by someone</p>'),
    });
    expect(recorded.updatedBy).toBe(integrityActor);
    // The signature still binds the approved version: the change is beside it, not over it.
    expect(view.signatures[0]).toMatchObject({ bindingIntact: true });

    const trail = await world.trailLength();
    expect(await world.value('getAuditReport', { auditId }, lead)).toMatchObject({ integrity: 'changedAfterApproval' });
    expect(await world.trailLength()).toBe(trail);

    // Lists show what was recorded, with no Confluence call per audit.
    const { audits } = await world.value('listAudits', {}, viewer);
    expect(audits.find((a: { id: string }) => a.id === auditId).report).toEqual({
      integrity: 'changedAfterApproval',
      pageUrl: `/wiki/spaces/ISMS/pages/${pageId}`,
    });
  });

  it('a page deleted after approval is reported missing', async () => {
    const answer = await world.confluence.call('DELETE', `/pages/${pageId}`, undefined, manager);
    expect(answer.status).toBeLessThan(300);
    const view = await world.value('getAuditReport', { auditId }, viewer);
    expect(view).toMatchObject({ integrity: 'pageMissing', approval: { pageVersion: expect.any(Number) } });
  });

  it('the record export carries each approved report’s approved content and its signature', async () => {
    const approved = (await storedReport()).record.approval!;
    await world.editInConfluence(pageId, '<p>Findings removed by someone</p>');
    await world.value('getAuditReport', { auditId }, viewer);
    const exported = await world.value('exportProgrammeRecord', {}, manager);
    expect(exported.auditReports).toEqual([
      expect.objectContaining({
        auditId,
        auditTitle: 'Backups <b>&</b> logging',
        pageVersion: approved.pageVersion,
        content: approved.content,
        contentHash: sha256(approved.content),
        approvedByName: 'Rahul Mehta',
        changedAfterApproval: expect.objectContaining({ pageVersion: approved.pageVersion + 2 }),
        signatures: [expect.objectContaining({ meaning: 'approved', signerAccountId: lead, bindingIntact: true })],
      }),
    ]);
    expect(exported.records.filter((r: { type: string }) => r.type === 'auditReport')).toHaveLength(1);
  });

  it('the record exported as a background job joins into the one-call export, approved report and signatures alike', async () => {
    const exported = await world.value('exportProgrammeRecord', {}, manager);
    const started = await world.value('startRecordExport', {}, manager);
    while (world.trailEvents.length > 0) {
      await runExportChunk(world.services, world.trailEvents.shift()!.body as unknown as ExportChunk);
    }
    const parts: string[] = [];
    for (let fromPart: number | null = 0; fromPart !== null;) {
      const answer = await world.value('downloadExportPart', { jobId: started.jobId, fromPart }, manager);
      parts.push(answer.content);
      fromPart = answer.nextPart;
    }
    const joined = JSON.parse(parts.join(''));
    expect(joined.auditReports).toHaveLength(1);
    expect(joined.signatures.length).toBeGreaterThan(0);
    // The verdict is from the last checkpoint, which the one-call export has just moved on.
    expect({ ...joined, trailVerdict: null }).toEqual({ ...exported, trailVerdict: null });
  });
});
