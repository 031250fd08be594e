import type { AppServices } from '../../../src/app/services';
import type { ManagementReviewView } from '../../../src/contract/review';
import { parseMacroConfig } from '../../../src/domain/review/macroConfig';
import { macroKindOfModule, macroModuleKeys } from '../../../src/domain/review/macroKinds';
import { ReviewInputKind } from '../../../src/domain/review/reviewInputs';
import { reviewPageTitle } from '../../../src/app/review/meeting/reviewPage';
import { templateMacros } from '../../../src/app/review/meeting/reviewTemplate';
import { findForgeMacros } from '../../../sandbox/confluence/forgeMacros';
import { checkAdf } from '../../../sandbox/openapi/adf';
import { appServicesForTest } from '../../support/appServices';
import { caller, lead, manager, names, PASS, seedReviewWorld, top, viewer } from './reviewWorld';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = caller(() => services);

async function value<T>(answer: ReturnType<typeof call>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message} (${settled.error.field ?? ''})`);
  return settled.value as T;
}

const h2 = { title: 'Management review 2026 H2', from: '2026-07-01', to: '2026-12-31' };
const create = (input: Record<string, unknown> = h2, who = manager) =>
  value<ManagementReviewView>(call('createManagementReview', input, who));

/** The page as Confluence holds it, read as a person (not through the app), in ADF. */
async function pageAdf(pageId: string): Promise<{ title: string; adf: unknown }> {
  const answer = await ctx.confluence.call('GET', `/pages/${pageId}?body-format=atlas_doc_format`, undefined, manager);
  expect(answer.status).toBe(200);
  const page = answer.body as { title: string; body: { atlas_doc_format: { value: string } } };
  return { title: page.title, adf: JSON.parse(page.body.atlas_doc_format.value) };
}
async function reviewPagesInSpace(): Promise<string[]> {
  const answer = await ctx.confluence.call('GET', '/pages?limit=250', undefined, manager);
  return (answer.body as { results: Array<{ title: string }> }).results
    .map((p) => p.title)
    .filter((t) => t.includes('management review'));
}

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await seedReviewWorld(services);
});
afterEach(async () => {
  expect(ctx.confluence.violations).toEqual([]);
  await ctx.close();
});

describe('creating a management review from the template', () => {
  it('writes the page with the 13 review macros in order, configured for the review, as valid ADF', async () => {
    const review = await create();
    expect(review).toMatchObject({
      title: h2.title,
      from: h2.from,
      to: h2.to,
      version: 2,
      previousReviewId: null,
      decisions: 0,
      minutesApproved: false,
      createdBy: manager,
    });
    expect(review.id).toMatch(/^review_/);
    expect(review.page).toMatchObject({ spaceKey: 'ISMS', title: reviewPageTitle(h2.title, h2), version: 1 });
    expect(review.pageUrl).toBe(`/wiki/spaces/ISMS/pages/${review.page!.pageId}`);

    const { title, adf } = await pageAdf(review.page!.pageId);
    expect(title).toBe(reviewPageTitle(h2.title, h2));
    expect(checkAdf(adf)).toEqual([]);
    const macros = findForgeMacros(adf);
    expect(macros).toHaveLength(13);
    expect(macros.map((m) => macroKindOfModule(m.moduleKey))).toEqual([
      'kpiTiles',
      'trendChart',
      'findingRegister',
      'caAgeing',
      'coverageHeatMap',
      'programmeSchedule',
      ...ReviewInputKind.options,
    ]);
    expect(templateMacros.map((kind) => macroModuleKeys[kind])).toEqual(macros.map((m) => m.moduleKey));
    for (const macro of macros) {
      const kind = macroKindOfModule(macro.moduleKey)!;
      // Every saved config is one the macro accepts.
      expect(parseMacroConfig(kind, macro.config)).toMatchObject({ ok: true });
    }
    const byKind = new Map(macros.map((m) => [macroKindOfModule(m.moduleKey), m.config]));
    expect(byKind.get('kpiTiles')).toEqual({ from: h2.from, to: h2.to });
    expect(byKind.get('coverageHeatMap')).toEqual({ cycleStart: '2026-01-01' });
    for (const kind of ReviewInputKind.options) {
      expect(byKind.get(kind)).toEqual({ from: h2.from, to: h2.to, reviewId: review.id });
    }
    const text = JSON.stringify(adf);
    // The meeting record's place: the app prints attendees, minutes, decisions and conclusion there.
    for (const words of ['Meeting record', 'Not recorded yet', 'attendees, the minutes, the decisions']) {
      expect(text).toContain(words);
    }
  });

  it('is idempotent: asking again returns the same review, and a page written before a crash is adopted', async () => {
    const first = await create();
    expect(await create()).toMatchObject({ id: first.id, page: first.page });

    // The next review's record is written, its page created, then the function dies before the
    // page is recorded: asking again adopts that page instead of making a second one.
    const next = { title: 'Management review 2027 H1', from: '2027-01-01', to: '2027-06-30' };
    const apply = services.store.apply.bind(services.store);
    let crashed = false;
    jest.spyOn(services.store, 'apply').mockImplementation(async (change) => {
      const after = change.after as { page?: unknown } | null;
      if (!crashed && change.entity === 'managementReview' && change.before && after?.page) {
        crashed = true;
        throw new Error('function killed');
      }
      return apply(change as never) as never;
    });
    await expect(call('createManagementReview', next, manager)).rejects.toThrow('function killed');
    const again = await create(next);
    expect(crashed).toBe(true);
    expect(again.page).not.toBeNull();
    expect(again.previousReviewId).toBe(first.id);
    expect((await reviewPagesInSpace()).sort()).toEqual(
      [reviewPageTitle(h2.title, h2), reviewPageTitle(next.title, next)].sort(),
    );
    const { reviews } = await value<{ reviews: Array<{ id: string }> }>(call('listManagementReviews', {}, viewer));
    expect(reviews.map((r) => r.id)).toEqual([again.id, first.id]);
  });

  it('refuses, naming the field and writing nothing, without an ISMS space or for a lead auditor', async () => {
    await ctx.close();
    ctx = await appServicesForTest(names);
    services = ctx.services;
    await seedReviewWorld(services, null);
    const noSpace = await call('createManagementReview', h2, manager);
    expect(noSpace).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'to' } });
    expect(await services.store.list('managementReview')).toEqual([]);
    expect(await call('createManagementReview', h2, lead)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('createManagementReview', { ...h2, to: '2026-06-30' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'to' },
    });
  });
});

describe('the meeting record', () => {
  it('records the meeting and entered inputs with optimistic versions', async () => {
    const review = await create();
    const meeting = {
      reviewId: review.id,
      expectedVersion: review.version,
      heldOn: '2027-01-20',
      attendees: [{ name: 'Margit Olsen', role: 'CEO', accountId: top }],
      minutes: 'The ISMS is effective; backup testing needs resources.',
    };
    const saved = await value<ManagementReviewView>(call('saveReviewMeeting', meeting, manager));
    expect(saved).toMatchObject({ version: review.version + 1, heldOn: '2027-01-20', minutes: meeting.minutes });
    expect(saved.attendees).toEqual([{ name: 'Margit Olsen', role: 'CEO', accountId: top }]);
    // A second save from the same stale version is refused, not merged.
    expect(await call('saveReviewMeeting', meeting, manager)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });

    const input = {
      reviewId: review.id,
      kind: 'issuesChanges',
      expectedVersion: 0,
      summary: 'Two changes in context this half-year.',
      entries: [{ topic: 'NIS2 transposition', detail: 'In force from October', category: 'external' }],
    };
    const withInput = await value<ManagementReviewView>(call('saveReviewInput', input, manager));
    const entered = withInput.inputs.find((i) => i.kind === 'issuesChanges')!;
    expect(entered).toMatchObject({ version: 1, summary: input.summary, updatedByName: names[manager] });
    expect(withInput.inputs.find((i) => i.kind === 'performance')).toMatchObject({ version: 0, entries: [] });
    expect(await call('saveReviewInput', input, manager)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('saveReviewInput', input, top)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('numbers decisions, and a racing add takes the next number instead of overwriting', async () => {
    const review = await create();
    const decide = (text: string, who = manager) =>
      value<ManagementReviewView>(
        call('addReviewDecision', { reviewId: review.id, text, ownerId: lead, dueDate: '2027-03-31' }, who),
      );
    await decide('Fund quarterly restore tests');
    // The second add reads the decisions before the first was written (as a racing request would).
    jest.spyOn(services.store, 'listBy').mockImplementationOnce(async () => []);
    const after = await decide('Appoint a deputy ISMS manager', top);
    jest.restoreAllMocks();
    expect(after.decisionList.map((d) => [d.id, d.number, d.text, d.ownerName])).toEqual([
      [`${review.id}:d1`, 1, 'Fund quarterly restore tests', names[lead]],
      [`${review.id}:d2`, 2, 'Appoint a deputy ISMS manager', names[lead]],
    ]);
    expect(after.decisionList.every((d) => d.issue === null)).toBe(true);
    expect(after.decisions).toBe(2);
    expect(
      await call('addReviewDecision', { reviewId: review.id, text: 'x', ownerId: lead, dueDate: '2027-03-31' }, viewer),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('top management approves the minutes; a later change needs a reason and withdraws the approval', async () => {
    const created = await create();
    // Minutes are approved once the meeting is recorded (signRecord's rule for a review).
    const review = await value<ManagementReviewView>(
      call(
        'saveReviewMeeting',
        {
          reviewId: created.id,
          expectedVersion: created.version,
          heldOn: '2027-01-19',
          attendees: [],
          minutes: 'The ISMS is effective.',
        },
        manager,
      ),
    );
    for (const who of [top, manager]) {
      expect(await call('setSigningPassphrase', { newPassphrase: PASS }, who)).toMatchObject({ ok: true });
    }
    const sign = (who: string, recordVersion: number) =>
      call(
        'signRecord',
        { recordType: 'managementReview', recordId: review.id, recordVersion, meaning: 'approved', passphrase: PASS },
        who,
      );
    expect(await sign(manager, review.version)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await sign(top, review.version)).toMatchObject({ ok: true, value: { signerName: names[top] } });

    const approved = await value<ManagementReviewView>(call('getManagementReview', { reviewId: review.id }, viewer));
    expect(approved.minutesApproved).toBe(true);
    expect(approved.signatures).toMatchObject([{ meaning: 'approved', status: 'current', bindingIntact: true }]);

    const edit = {
      reviewId: review.id,
      expectedVersion: review.version,
      heldOn: '2027-01-20',
      attendees: [],
      minutes: 'Corrected the list of decisions.',
    };
    expect(await call('saveReviewMeeting', edit, manager)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'reason' },
    });
    const edited = await value<ManagementReviewView>(
      call('saveReviewMeeting', { ...edit, reason: 'Decision 2 was minuted twice' }, manager),
    );
    expect(edited.minutesApproved).toBe(false);
    expect(edited.signatures).toMatchObject([{ status: 'supersededByChange' }]);
    const { reviews } = await value<{ reviews: Array<{ minutesApproved: boolean }> }>(
      call('listManagementReviews', {}, viewer),
    );
    expect(reviews).toMatchObject([{ minutesApproved: false }]);
  });
});
