import type { AppServices } from '../../../src/app/services';
import type { ManagementReviewView } from '../../../src/contract/review';
import { findForgeMacros } from '../../../sandbox/confluence/forgeMacros';
import { checkAdf } from '../../../sandbox/openapi/adf';
import { appServicesForTest } from '../../support/appServices';
import { caller, manager, names, PASS, seedReviewWorld, top } from './reviewWorld';

/**
 * The management-review page people print carries the minutes' signatures (21 CFR 11.50(b)): the
 * app writes the block when top management signs, and again when a change supersedes the signature.
 */
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = caller(() => services);

async function value<T>(answer: ReturnType<typeof call>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message} (${settled.error.field ?? ''})`);
  return settled.value as T;
}

/** The page as Confluence holds it, read as a person would, in storage format and in ADF. */
async function pageNow(pageId: string): Promise<{ version: number; storage: string; adf: unknown }> {
  const storage = await ctx.confluence.call('GET', `/pages/${pageId}?body-format=storage`, undefined, manager);
  const adf = await ctx.confluence.call('GET', `/pages/${pageId}?body-format=atlas_doc_format`, undefined, manager);
  const s = storage.body as { version: { number: number }; body: { storage: { value: string } } };
  const a = adf.body as { body: { atlas_doc_format: { value: string } } };
  return {
    version: s.version.number,
    storage: s.body.storage.value,
    adf: JSON.parse(a.body.atlas_doc_format.value),
  };
}

const utc = (iso: string) => `${iso.slice(0, 19).replace('T', ' ')} UTC`;

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await seedReviewWorld(services);
}, 120_000);
afterEach(async () => {
  expect(ctx.confluence.violations).toEqual([]);
  await ctx.close();
});

describe('[P11.50] the management-review page carries the minutes’ signature block', () => {
  it('signed: top management’s printed name, UTC time and meaning; a later change shows it superseded and says so', async () => {
    const created = await value<ManagementReviewView>(
      call(
        'createManagementReview',
        { title: 'Management review 2026 H2', from: '2026-07-01', to: '2026-12-31' },
        manager,
      ),
    );
    const meeting = {
      reviewId: created.id,
      heldOn: '2027-01-19',
      attendees: [{ name: 'Margit Olsen', role: 'CEO', accountId: top }],
      minutes: 'The ISMS is effective.',
    };
    const review = await value<ManagementReviewView>(
      call('saveReviewMeeting', { ...meeting, expectedVersion: created.version }, manager),
    );
    const pageId = review.page!.pageId;
    // Nobody signed yet: the page is as the template wrote it.
    expect((await pageNow(pageId)).storage).not.toContain('Electronic signatures');

    await value(call('setSigningPassphrase', { newPassphrase: PASS }, top));
    const sign = (recordVersion: number) =>
      value<{ signedAt: string }>(
        call(
          'signRecord',
          { recordType: 'managementReview', recordId: review.id, recordVersion, meaning: 'approved', passphrase: PASS },
          top,
        ),
      );
    const first = await sign(review.version);
    const signed = await pageNow(pageId);
    expect(signed.storage).toContain('<h2>Electronic signatures</h2>');
    expect(signed.storage).toContain(
      `<tr><td>Margit Olsen</td><td>${utc(first.signedAt)}</td><td>Approved: I approve this record</td><td>Current</td></tr>`,
    );
    expect(signed.storage).not.toContain(top);
    // The page is still the review page: valid ADF with its thirteen macros, the block after them.
    expect(checkAdf(signed.adf)).toEqual([]);
    expect(findForgeMacros(signed.adf)).toHaveLength(13);

    const edited = await value<ManagementReviewView>(
      call(
        'saveReviewMeeting',
        { ...meeting, minutes: 'Corrected.', expectedVersion: review.version, reason: 'Decision 2 was minuted twice' },
        manager,
      ),
    );
    const superseded = await pageNow(pageId);
    expect(superseded.version).toBe(signed.version + 1);
    expect(superseded.storage).toContain(
      `Changed after approval. The meeting record (when held, attendees, minutes) changed after approval: it is now at version ${edited.version}`,
    );
    expect(superseded.storage).toContain(
      `<tr><td>Margit Olsen</td><td>${utc(first.signedAt)}</td><td>Approved: I approve this record</td><td>Superseded by a change: signed version ${review.version}, the record has changed since</td></tr>`,
    );
    expect(superseded.storage.match(/<h2>Electronic signatures<\/h2>/g)).toHaveLength(1);

    // Signed again: both signatures are printed, the new one current, and the change note is gone.
    const second = await sign(edited.version);
    const again = await pageNow(pageId);
    expect(again.storage).toContain(
      `<td>${utc(second.signedAt)}</td><td>Approved: I approve this record</td><td>Current</td>`,
    );
    expect(again.storage).toContain('Superseded by a change');
    expect(again.storage).not.toContain('Changed after approval');
    expect(checkAdf(again.adf)).toEqual([]);

    // The programme record export carries the review and both signatures, each with its printed name.
    const exported = await value<{
      records: Array<{ type: string; id: string }>;
      signatures: Array<{ recordId: string; signerName: string; status: string }>;
    }>(call('exportProgrammeRecord', {}, manager));
    expect(exported.records.filter((r) => r.type === 'managementReview').map((r) => r.id)).toEqual([review.id]);
    expect(exported.signatures.filter((s) => s.recordId === review.id).map((s) => [s.signerName, s.status])).toEqual([
      ['Margit Olsen', 'supersededByChange'],
      ['Margit Olsen', 'current'],
    ]);
  }, 120_000);

  it('a meeting saved before anyone signed prints its record on the page, and no signature block', async () => {
    const created = await value<ManagementReviewView>(
      call(
        'createManagementReview',
        { title: 'Management review 2026 H1', from: '2026-01-01', to: '2026-06-30' },
        manager,
      ),
    );
    const before = await pageNow(created.page!.pageId);
    await value(
      call(
        'saveReviewMeeting',
        {
          reviewId: created.id,
          expectedVersion: created.version,
          heldOn: '2026-07-10',
          attendees: [],
          minutes: 'Held.',
        },
        manager,
      ),
    );
    // The meeting record is printed (issue 19); the signature block waits for the first signature.
    const after = await pageNow(created.page!.pageId);
    expect(after.version).toBe(before.version + 1);
    expect(after.storage).toContain('<p>Held.</p>');
    expect(after.storage).not.toContain('Electronic signatures');
  });
});
