import { createHash } from 'node:crypto';
import { withoutSignatureBlock } from '../../../src/domain/signing/signatureBlock';
import {
  lead,
  manager,
  passphrase,
  reachReporting,
  reportWorld,
  viewer,
  auditId,
  type ReportWorld,
} from './reportFixture';

/**
 * The report page people print and show an inspector carries its approval signature (21 CFR
 * 11.50(b)): the signer's printed name, the UTC date and time and the meaning, written onto the page
 * by the app after the approved version, and shown superseded once the page changed after approval.
 */
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
let world: ReportWorld;
let pageId: string;

const storedReport = async () => (await world.services.store.get('auditReport', auditId))!;

beforeEach(async () => {
  world = await reportWorld();
  await reachReporting(world);
  await world.value('setSigningPassphrase', { newPassphrase: passphrase }, lead);
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
}, 120_000);
afterEach(() => world.close());

describe('[P11.50] the report page carries its signature block', () => {
  it('after approval: the lead’s printed name (not the account id), UTC time and meaning, and the approved content is unchanged', async () => {
    const before = await world.pageBody(pageId);
    expect(before.storage).not.toContain('Electronic signatures');
    const approved = await world.value(
      'approveAuditReport',
      { auditId, expectedVersion: (await storedReport()).version, passphrase },
      lead,
    );
    const page = await world.pageBody(pageId);
    expect(page.version).toBe(before.version + 1);
    const signedAt = approved.signatures[0].signedAt as string;
    expect(page.storage).toContain('<h2>Electronic signatures</h2>');
    expect(page.storage).toContain(
      `<tr><td>Rahul Mehta</td><td>${signedAt.slice(0, 19).replace('T', ' ')} UTC</td><td>Approved: I approve this record</td><td>Current</td></tr>`,
    );
    expect(page.storage).not.toContain(lead);
    // The block is beside the approved content, never in it: the approval still holds.
    expect(withoutSignatureBlock(page.storage)).toBe(before.storage);
    expect(sha256(withoutSignatureBlock(page.storage))).toBe(approved.approval.contentHash);
    const view = await world.value('getAuditReport', { auditId }, viewer);
    expect(view).toMatchObject({ integrity: 'approved', changedAfterApproval: null });
  });

  it('an edit after approval: the page says it changed after approval and shows the signature superseded', async () => {
    await world.value(
      'approveAuditReport',
      { auditId, expectedVersion: (await storedReport()).version, passphrase },
      lead,
    );
    const signed = await world.pageBody(pageId);
    await world.editInConfluence(pageId, signed.storage.replace('restore testing', 'nothing at all'));
    const edited = await world.pageBody(pageId);

    const view = await world.value('getAuditReport', { auditId }, viewer);
    expect(view).toMatchObject({
      integrity: 'changedAfterApproval',
      changedAfterApproval: { pageVersion: edited.version },
      signatures: [{ status: 'supersededByChange', bindingIntact: true }],
    });
    const page = await world.pageBody(pageId);
    expect(page.version).toBe(edited.version + 1);
    expect(page.storage).toContain('Changed after approval. This report page changed after approval');
    expect(page.storage).toContain(`<td>Rahul Mehta</td>`);
    expect(page.storage).toContain('Superseded by a change');
    // The edit someone made stays on the page: the app only rewrote its own block.
    expect(page.storage).toContain('except nothing at all');
    expect(withoutSignatureBlock(page.storage)).toBe(withoutSignatureBlock(edited.storage));

    // Read again: nothing new to say, so the page is not written again.
    await world.value('getAuditReport', { auditId }, manager);
    expect((await world.pageBody(pageId)).version).toBe(page.version);
  });

  it('a block removed in Confluence (or never written) is written again when the report is next read', async () => {
    const approved = await world.value(
      'approveAuditReport',
      { auditId, expectedVersion: (await storedReport()).version, passphrase },
      lead,
    );
    await world.editInConfluence(pageId, approved.approval.content);
    const removed = await world.pageBody(pageId);
    expect(removed.storage).not.toContain('Electronic signatures');
    expect(await world.value('getAuditReport', { auditId }, viewer)).toMatchObject({ integrity: 'approved' });
    const restored = await world.pageBody(pageId);
    expect(restored.version).toBe(removed.version + 1);
    expect(restored.storage).toContain('<td>Rahul Mehta</td>');
    expect(withoutSignatureBlock(restored.storage)).toBe(approved.approval.content);
  });
});
