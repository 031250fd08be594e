import type { AppServices } from '../../../src/app/services';
import type { ManagementReviewView } from '../../../src/contract/review';
import { trackedIssueId } from '../../../src/domain/jira/trackedIssue';
import { findForgeMacros } from '../../../sandbox/confluence/forgeMacros';
import { checkAdf } from '../../../sandbox/openapi/adf';
import { appServicesForTest } from '../../support/appServices';
import { caller, lead, manager, names, PASS, seedReviewWorld, top } from './reviewWorld';

/**
 * The management-review page people print carries the meeting record itself (issue 19): attendees
 * by name, the minutes, the typed 9.3.3 decisions with owner name, due date and Jira key, and the
 * 9.3 conclusion, above the minutes' signature block; printed again whenever any of it changes.
 */
let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = caller(() => services);

async function value<T>(answer: ReturnType<typeof call>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message} (${settled.error.field ?? ''})`);
  return settled.value as T;
}

async function pageNow(pageId: string): Promise<{ version: number; storage: string; adf: unknown }> {
  const storage = await ctx.confluence.call('GET', `/pages/${pageId}?body-format=storage`, undefined, manager);
  const adf = await ctx.confluence.call('GET', `/pages/${pageId}?body-format=atlas_doc_format`, undefined, manager);
  const s = storage.body as { version: { number: number }; body: { storage: { value: string } } };
  const a = adf.body as { body: { atlas_doc_format: { value: string } } };
  return { version: s.version.number, storage: s.body.storage.value, adf: JSON.parse(a.body.atlas_doc_format.value) };
}

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await seedReviewWorld(services);
}, 120_000);
afterEach(async () => {
  expect(ctx.confluence.violations).toEqual([]);
  await ctx.close();
});

const conclusion = {
  suitable: 'yes',
  adequate: 'yes',
  effective: 'no',
  statement: 'Supplier controls are not yet effective.',
};

describe('the management-review page prints the meeting record', () => {
  it('prints attendees, minutes, typed decisions and the conclusion, refreshed as they change', async () => {
    const created = await value<ManagementReviewView>(
      call(
        'createManagementReview',
        { title: 'Management review 2026 H2', from: '2026-07-01', to: '2026-12-31' },
        manager,
      ),
    );
    const pageId = created.page!.pageId;
    const fresh = await pageNow(pageId);
    expect(fresh.storage).toContain('<h2>Meeting record</h2>');
    expect(fresh.storage).not.toContain('recorded in the Audit programme app');

    const meeting = {
      reviewId: created.id,
      heldOn: '2027-01-19',
      attendees: [
        { name: 'Margit Olsen', role: 'CEO', accountId: top },
        { name: 'Aoife Brennan', role: 'ISMS manager', accountId: manager },
      ],
      minutes: 'Audit results reviewed.\nSupplier audits <late> & to be replanned.',
      conclusion,
    };
    const saved = await value<ManagementReviewView>(
      call('saveReviewMeeting', { ...meeting, expectedVersion: created.version }, manager),
    );
    let page = await pageNow(pageId);
    expect(page.storage).toContain('<tr><td>Margit Olsen</td><td>CEO</td></tr>');
    expect(page.storage).toContain('<tr><td>Aoife Brennan</td><td>ISMS manager</td></tr>');
    expect(page.storage).toContain(
      '<p>Audit results reviewed.</p><p>Supplier audits &lt;late&gt; &amp; to be replanned.</p>',
    );
    expect(page.storage).toContain('<tr><th>Effective</th><td>No</td></tr>');
    expect(page.storage).toContain('<p>Supplier controls are not yet effective.</p>');
    expect(page.storage).toContain('<em>No decisions recorded.</em>');
    expect(page.storage).toContain(`from review record version ${saved.version}.`);
    // People by name only: no account id is printed.
    for (const id of [top, manager, lead]) expect(page.storage).not.toContain(id);
    expect(page.storage.match(/<h2>Meeting record<\/h2>/g)).toHaveLength(1);

    await value(
      call(
        'addReviewDecision',
        {
          reviewId: created.id,
          type: 'resourceNeed',
          text: 'Hire a supplier auditor',
          ownerId: lead,
          dueDate: '2027-03-31',
        },
        manager,
      ),
    );
    page = await pageNow(pageId);
    expect(page.storage).toContain(
      '<tr><td>1</td><td>Resource need</td><td>Hire a supplier auditor</td><td>Rahul Mehta</td><td>2027-03-31</td><td>Not raised yet</td></tr>',
    );

    // The decision's Jira issue is created later by the raising job; opening the review prints its key.
    const decisionId = `${created.id}:d1`;
    await services.store.apply({
      entity: 'trackedIssue',
      id: trackedIssueId('reviewDecision', decisionId),
      before: null,
      after: {
        subject: 'reviewDecision',
        subjectId: decisionId,
        auditId: null,
        state: 'raised',
        issue: { id: '10042', key: 'ISMS-42' },
        jobId: null,
        attempts: 1,
        lastError: null,
        jira: null,
        history: [],
      } as never,
      actor: manager,
      at: services.clock.now(),
    });
    const versionBefore = page.version;
    await value(call('getManagementReview', { reviewId: created.id }, manager));
    page = await pageNow(pageId);
    expect(page.version).toBe(versionBefore + 1);
    expect(page.storage).toContain('<td>2027-03-31</td><td>ISMS-42</td></tr>');
    // Opened again with nothing changed: no new page version.
    await value(call('getManagementReview', { reviewId: created.id }, manager));
    expect((await pageNow(pageId)).version).toBe(page.version);
    expect(checkAdf(page.adf)).toEqual([]);
    expect(findForgeMacros(page.adf)).toHaveLength(13);
  }, 120_000);

  it('puts the record above the signature block, and says so when it changed after the minutes were signed', async () => {
    const created = await value<ManagementReviewView>(
      call(
        'createManagementReview',
        { title: 'Management review 2026 H2', from: '2026-07-01', to: '2026-12-31' },
        manager,
      ),
    );
    const pageId = created.page!.pageId;
    const meeting = {
      reviewId: created.id,
      heldOn: '2027-01-19',
      attendees: [{ name: 'Margit Olsen', role: 'CEO', accountId: top }],
      minutes: 'The ISMS is effective.',
      conclusion,
    };
    const review = await value<ManagementReviewView>(
      call('saveReviewMeeting', { ...meeting, expectedVersion: created.version }, manager),
    );
    await value(call('setSigningPassphrase', { newPassphrase: PASS }, top));
    await value(
      call(
        'signRecord',
        {
          recordType: 'managementReview',
          recordId: review.id,
          recordVersion: review.version,
          meaning: 'approved',
          passphrase: PASS,
        },
        top,
      ),
    );
    const signed = await pageNow(pageId);
    expect(signed.storage.indexOf('<h2>Meeting record</h2>')).toBeLessThan(
      signed.storage.indexOf('<h2>Electronic signatures</h2>'),
    );

    const edited = await value<ManagementReviewView>(
      call(
        'saveReviewMeeting',
        {
          ...meeting,
          minutes: 'Corrected minutes.',
          expectedVersion: review.version,
          reason: 'A line was minuted twice',
        },
        manager,
      ),
    );
    const changed = await pageNow(pageId);
    expect(changed.version).toBe(signed.version + 1);
    expect(changed.storage).toContain('<p>Corrected minutes.</p>');
    expect(changed.storage).not.toContain('The ISMS is effective.');
    expect(changed.storage).toContain(`from review record version ${edited.version}.`);
    expect(changed.storage).toContain('Changed after approval.');
    expect(changed.storage.match(/<h2>Meeting record<\/h2>/g)).toHaveLength(1);
    expect(changed.storage.indexOf('<h2>Meeting record</h2>')).toBeLessThan(
      changed.storage.indexOf('<h2>Electronic signatures</h2>'),
    );
    expect(checkAdf(changed.adf)).toEqual([]);
  }, 120_000);
});
