import type { AppServices } from '../../../src/app/services';
import { computeMacroData } from '../../../src/app/review/macros/macroData';
import { macroAdf } from '../../../src/app/review/macros/exportMacro';
import { doc } from '../../../src/app/pages/adf';
import type { MacroData, ManagementReviewView, ReviewInputView } from '../../../src/contract/review';
import { AuditRecord } from '../../../src/domain/audits/auditPlan';
import { FindingRecord, type FindingGrade } from '../../../src/domain/audits/finding';
import { defaultStatementOfApplicability } from '../../../src/domain/soa/soa';
import type { CorrectiveActionRecord } from '../../../src/domain/actions/correctiveAction';
import { ReviewInputKind } from '../../../src/domain/review/reviewInputs';
import type { MacroKind } from '../../../src/domain/review/macroKinds';
import { checkAdf } from '../../../sandbox/openapi/adf';
import { appServicesForTest } from '../../support/appServices';
import { caller, lead, manager, names, seedReviewWorld } from './reviewWorld';

let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
let services: AppServices;
const call = caller(() => services);
const now = () => services.clock.now();

async function value<T>(answer: ReturnType<typeof call>): Promise<T> {
  const settled = await answer;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
  return settled.value as T;
}

const refuse = (what: string) => () => {
  throw new Error(`a review input macro called ${what}`);
};

/**
 * The services a macro gets, with every store read counted (each is one SQL statement, listMany
 * included) and Jira, Confluence and the directory made to fail if touched.
 */
function countedServices(): { services: AppServices; reads: () => number } {
  let reads = 0;
  const store = new Proxy(services.store, {
    get(target, property, receiver) {
      const member: unknown = Reflect.get(target, property, receiver);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        if (property !== 'apply') reads += 1;
        return (member as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    services: {
      ...services,
      store,
      jira: { asApp: refuse('Jira'), asUser: refuse('Jira'), permissionsOn: refuse('Jira') },
      confluence: { asApp: refuse('Confluence'), asUser: refuse('Confluence'), filesAsApp: refuse('Confluence') },
      directory: { displayName: refuse('the directory'), isSiteAdmin: refuse('the directory') },
    },
    reads: () => reads,
  };
}

/** A macro's data, checking on the way that it kept to the store and its three statements. */
async function macro(kind: MacroKind, config: Record<string, unknown>): Promise<MacroData> {
  const counted = countedServices();
  const data = await computeMacroData(counted.services, kind, config, now());
  expect(counted.reads()).toBeLessThanOrEqual(3);
  expect(checkAdf(doc(macroAdf(data)))).toEqual([]);
  return data;
}
async function ready(kind: MacroKind, config: Record<string, unknown>): Promise<ReviewInputView> {
  const data = await macro(kind, config);
  if (data.status !== 'ready') throw new Error(`${kind} is unavailable: ${data.reason}`);
  return data.view as ReviewInputView;
}
const sectionText = (view: ReviewInputView) => JSON.stringify(view.sections);

async function put(entity: string, id: string, after: unknown) {
  const before = await services.store.get(entity as never, id);
  await services.store.apply({ entity: entity as never, id, before, after: after as never, actor: manager, at: now() });
}

async function seedAudits() {
  await put('auditableArea', 'area-it', {
    name: 'IT operations',
    ownerId: lead,
    memberIds: [],
    likelihood: 3,
    impact: 4,
    itemIds: ['A.8.13'],
  });
  const audit = (title: string, plannedEnd: string, state: string) =>
    AuditRecord.parse({
      programmeId: 'cycle-2026-01-01',
      state,
      origin: { kind: 'manual' },
      plan: {
        title,
        areaIds: ['area-it'],
        itemIds: ['A.8.13'],
        leadAuditorId: lead,
        plannedStart: `${plannedEnd.slice(0, 8)}01`,
        plannedEnd,
      },
    });
  await put('audit', 'audit-1', audit('Backup audit', '2026-08-20', 'closed'));
  await put('audit', 'audit-2', audit('Access audit', '2026-10-15', 'inProgress'));
  await put('audit', 'audit-3', audit('Earlier audit', '2026-03-15', 'closed'));
  const finding = (grade: FindingGrade, raisedOn: string, evidence: string) =>
    FindingRecord.parse({
      auditId: 'audit-1',
      raisedOn,
      raisedBy: lead,
      content: {
        grade,
        itemId: 'A.8.13',
        areaId: 'area-it',
        requirement: 'Restores are tested',
        evidence,
        gap: 'No test',
      },
    });
  await put('finding', 'f-1', finding('majorNC', '2026-08-10', 'No restore test since March'));
  await put('finding', 'f-2', finding('minorNC', '2026-08-11', 'One restore log unsigned'));
  await put('finding', 'f-3', finding('opportunity', '2026-08-12', 'Restore runbook could name a deputy'));
  await put('finding', 'f-4', finding('minorNC', '2026-03-01', 'Before the period'));
  const action = (findingIds: string[], state: string, dueDate: string, closedAt: string | null) =>
    ({
      findingIds,
      auditIds: ['audit-1'],
      title: 'Test restores',
      state,
      correction: { text: 'Ran a restore', by: lead, at: '2026-08-12T10:00:00.000Z' },
      rootCause: null,
      extent: null,
      plan: { text: 'Quarterly restore tests', ownerId: lead, dueDate, by: lead, at: '2026-08-13T10:00:00.000Z' },
      implementation: null,
      verificationIds: [],
      notEffectiveCount: 0,
      overdueNotifiedOn: null,
      openedBy: lead,
      openedAt: '2026-08-12T10:00:00.000Z',
      closedAt,
    }) as unknown as CorrectiveActionRecord;
  await put('correctiveAction', 'ca-1', action(['f-1'], 'closed', '2026-09-30', '2026-10-01T09:00:00.000Z'));
  await put('correctiveAction', 'ca-2', action(['f-2'], 'implementation', '2026-10-31', null));
}

const h2 = { title: 'Management review 2026 H2', from: '2026-07-01', to: '2026-12-31' };

beforeEach(async () => {
  ctx = await appServicesForTest(names);
  services = ctx.services;
  await seedReviewWorld(services);
});
afterEach(() => ctx.close());

describe('the 9.3.2 input macros', () => {
  it('an entered input without a review is unavailable with a reason and a fix; an unknown review too', async () => {
    for (const kind of ['issuesChanges', 'interestedPartiesNeeds', 'interestedPartyFeedback'] as const) {
      const data = await macro(kind, {});
      expect(data).toMatchObject({ status: 'unavailable', macro: kind });
      if (data.status === 'unavailable') {
        expect(data.reason).toContain('names none');
        expect(data.fix).toContain('choose the management review');
      }
    }
    expect(await macro('performance', { reviewId: 'review-gone' })).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('review-gone'),
    });
  });

  it('shows "Nothing entered yet" and where to enter it, then the entries once entered', async () => {
    const review = await value<ManagementReviewView>(call('createManagementReview', h2, manager));
    const empty = await ready('issuesChanges', { reviewId: review.id });
    expect(empty).toMatchObject({ source: 'entered', reviewId: review.id, entered: null });
    expect(empty.period).toEqual({ from: h2.from, to: h2.to, source: 'review' });
    expect(sectionText(empty)).toContain('Nothing entered yet');
    expect(sectionText(empty)).toContain(`Management reviews → “${h2.title}” → Inputs`);

    await value(
      call(
        'saveReviewInput',
        {
          reviewId: review.id,
          kind: 'issuesChanges',
          expectedVersion: 0,
          summary: 'The regulatory context moved.',
          entries: [{ topic: 'NIS2', detail: 'National law in force from October', category: 'external' }],
        },
        manager,
      ),
    );
    const entered = await ready('issuesChanges', { reviewId: review.id, from: h2.from, to: h2.to });
    // The name stored when it was entered, never the account id (the macro asks Jira for nothing).
    expect(entered.entered).toMatchObject({ version: 1, updatedByName: names[manager] });
    expect(entered.sections).toEqual([
      {
        heading: 'Changes in external and internal issues',
        paragraphs: ['The regulatory context moved.'],
        table: {
          columns: ['Topic', 'Category', 'Detail'],
          rows: [['NIS2', 'external', 'National law in force from October']],
        },
      },
    ]);
    // Every input of a fresh review renders something: never a blank box.
    for (const kind of ReviewInputKind.options) {
      const view = await ready(kind, { reviewId: review.id });
      expect(view.sections.length).toBeGreaterThan(0);
      expect(view.sections.every((s) => s.paragraphs.length > 0 || s.table !== null)).toBe(true);
    }
  });

  it('performance counts the period from the store beside the entered monitoring results', async () => {
    await seedAudits();
    const view = await ready('performance', { from: h2.from, to: h2.to });
    expect(view).toMatchObject({ source: 'mixed', reviewId: null, period: { source: 'config' } });
    const [byGrade, ncca, audits, entered] = view.sections;
    expect(byGrade!.table!.rows).toEqual([
      ['Major nonconformity', '1'],
      ['Minor nonconformity', '1'],
      ['Observation', '0'],
      ['Opportunity for improvement', '1'],
    ]);
    // f-1 closed (its only action closed), f-2 open; ca-2 open and past 2026-10-31 (today 2026-11-24).
    expect(ncca!.table!.rows).toEqual([
      ['Nonconformities open', '1'],
      ['Nonconformities closed', '1'],
      ['Corrective actions open', '1'],
      ['Corrective actions closed in the period', '1'],
      ['Corrective actions overdue', '1'],
    ]);
    expect(audits!.paragraphs).toEqual(['1 of 2 audits planned to end in the period have reported (50%).']);
    expect(entered!.paragraphs.join(' ')).toContain('choose the management review');
  });

  it('risk treatment counts the applicable controls by implementation status from the SoA', async () => {
    const unset = await ready('riskTreatment', {});
    expect(sectionText(unset)).toContain('Statement of Applicability is not recorded');
    const soa = defaultStatementOfApplicability();
    soa.entries[0] = { ...soa.entries[0]!, implementation: 'implemented' };
    soa.entries[1] = { ...soa.entries[1]!, implementation: 'partial' };
    soa.entries[2] = { ...soa.entries[2]!, applicable: false, justification: 'No such activity in scope here' };
    await put('statementOfApplicability', 'soa', soa);
    const view = await ready('riskTreatment', {});
    const treatment = view.sections.at(-1)!;
    expect(treatment.paragraphs).toEqual(['92 of 93 Annex A controls are applicable; 1 of them are implemented.']);
    expect(treatment.table!.rows).toEqual([
      ['Implemented', '1', '1%'],
      ['Partially implemented', '1', '1%'],
      ['Planned', '0', '0%'],
      ['Not implemented', '90', '98%'],
    ]);
  });

  it('improvement opportunities list the period’s OFI findings beside the entered ideas', async () => {
    await seedAudits();
    const review = await value<ManagementReviewView>(call('createManagementReview', h2, manager));
    const view = await ready('improvementOpportunities', { reviewId: review.id });
    const [entered, ofis] = view.sections;
    expect(entered!.paragraphs[0]).toBe('Nothing entered yet.');
    expect(ofis!.table!.rows).toEqual([
      [
        'A.8.13 Information backup',
        'IT operations',
        'Backup audit',
        '2026-08-12',
        'Restore runbook could name a deputy',
      ],
    ]);
  });

  it('previous actions: the previous review’s decisions with owner, due date and overdue; none for a first review', async () => {
    const first = await value<ManagementReviewView>(call('createManagementReview', h2, manager));
    const firstView = await ready('previousActions', { reviewId: first.id });
    expect(sectionText(firstView)).toContain('No earlier management review');
    for (const [text, dueDate] of [
      ['Fund quarterly restore tests', '2026-11-01'],
      ['Appoint a deputy ISMS manager', '2027-03-31'],
    ] as const) {
      await value(call('addReviewDecision', { reviewId: first.id, text, ownerId: lead, dueDate }, manager));
    }
    const next = await value<ManagementReviewView>(
      call(
        'createManagementReview',
        { title: 'Management review 2027 H1', from: '2027-01-01', to: '2027-06-30' },
        manager,
      ),
    );
    expect(next.previousReviewId).toBe(first.id);
    const view = await ready('previousActions', { reviewId: next.id });
    expect(view.source).toBe('store');
    expect(view.sections[0]!.paragraphs).toEqual(['2 actions: 0 done, 2 open, of which 1 overdue.']);
    expect(view.sections[0]!.table!.rows).toEqual([
      ['Fund quarterly restore tests', names[lead], '2026-11-01', 'Not raised', 'Not raised in Jira', 'Overdue'],
      ['Appoint a deputy ISMS manager', names[lead], '2027-03-31', 'Not raised', 'Not raised in Jira', 'No'],
    ]);
    // With only a period: the decisions due in it or before it ends.
    const byPeriod = await ready('previousActions', { from: '2026-10-01', to: '2026-12-31' });
    expect(byPeriod.sections[0]!.table!.rows.map((r) => r[0])).toEqual(['Fund quarterly restore tests']);
  });
});
