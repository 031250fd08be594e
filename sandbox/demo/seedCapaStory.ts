import { addDays } from '../../src/domain/calendar/calendarDate';
import type { SandboxPlatform } from '../site/sandboxPlatform';
import { demoUsers } from '../site/users';
import { seedCall } from './seedCall';

/**
 * The demo's signing passphrase for the people who sign in the CAPA story below. The local site
 * only: on a real site everyone sets their own (My signing passphrase), and nobody else knows it.
 */
export const demoSigningPassphrase = 'helix demo signing passphrase';

const id = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const manager = id('Aoife Brennan');
const lead = id('Rahul Mehta');

type Call = (name: string, payload: unknown, accountId: string) => Promise<any>;

/**
 * Nonconformities from the other sources the quality team works from, each as an inspector would
 * trace it back: the certification body's report, the FDA's Form 483, the incident in Jira.
 */
function otherSources(areaId: (name: string) => string) {
  return [
    {
      source: { kind: 'certificationAudit', body: 'BSI', reference: 'BSI surveillance audit 2026-09, report 8841' },
      finding: {
        grade: 'minorNC',
        itemId: 'A.5.30',
        areaId: areaId('IT operations'),
        requirement: 'ICT readiness for business continuity is planned, tested and maintained.',
        evidence: 'The LIMS disaster-recovery test of 2026 was planned but not run.',
        gap: 'No recovery test evidence for the LIMS in the last twelve months.',
      },
    },
    {
      source: {
        kind: 'regulatoryInspection',
        authority: 'FDA',
        reference: 'Form 483 of 2026-10-14, FEI 3012345678',
        observation: '2',
      },
      finding: {
        grade: 'majorNC',
        itemId: 'A.8.15',
        areaId: areaId('QC laboratory'),
        requirement: 'Logs recording activities, exceptions and faults are produced, kept and reviewed.',
        evidence: 'Audit trails of the chromatography data system were not reviewed before batch release.',
        gap: 'Audit-trail review is not part of the QC release procedure.',
      },
    },
    {
      source: { kind: 'incident', issueKey: 'INC-12' },
      finding: {
        grade: 'minorNC',
        itemId: 'A.5.24',
        areaId: areaId('IT operations'),
        requirement: 'Incident management is planned, with roles and procedures.',
        evidence: 'The phishing incident INC-12 was escalated after 26 hours; the procedure asks for 4.',
        gap: 'The on-call rota for security escalations had a gap over the weekend.',
      },
    },
  ];
}

async function stepsToPlan(call: Call, action: any, ownerId: string, dueDate: string, planText: string) {
  let view = action;
  const step = async (s: Record<string, unknown>) => {
    view = await call(
      'recordCorrectiveActionStep',
      { correctiveActionId: view.id, expectedVersion: view.version, step: s },
      lead,
    );
  };
  await step({ step: 'rootCause', method: 'fiveWhys', text: 'The procedure never named who reviews, or when' });
  await step({
    step: 'extent',
    text: 'Checked the other GxP systems: the same gap exists nowhere else',
    recurElsewhere: false,
  });
  await step({ step: 'plan', text: planText, ownerId, dueDate });
  return view;
}

/**
 * The CAPA side of the demo, on top of `seedDemo`, for the local site (`npm start`) only: tests
 * seed the demo without it, so their figures stay as they were. It leaves nonconformities from a
 * certification audit, an FDA inspection and an incident beside the internal audits' findings; a
 * plan approved with a signature and its due date extended by a signed approval; an action waiting
 * for its effectiveness check; and an observation closed by a signed exemption. An overdue check
 * needs history dated before today, which the demo does not write yet: every record is dated the
 * day it is seeded.
 */
export async function seedCapaStory(platform: SandboxPlatform): Promise<void> {
  const call: Call = (name, payload, accountId) => seedCall(platform, name, payload, accountId);
  for (const who of [manager, lead]) {
    // The lead set it already when the programme's plans were approved.
    if ((await call('getSigningStatus', {}, who)).status !== 'none') continue;
    await call('setSigningPassphrase', { newPassphrase: demoSigningPassphrase }, who);
  }
  const { areas } = await call('listAuditableAreas', {}, manager);
  const areaId = (name: string) => areas.find((a: any) => a.area.name === name).id as string;
  const owner = (name: string) => areas.find((a: any) => a.area.name === name).area.ownerId as string;
  const recorded: any[] = [];
  for (const nc of otherSources(areaId)) recorded.push(await call('recordNonconformity', nc, manager));
  await call('raiseNonconformityIssues', { findingIds: recorded.map((f) => f.id) }, manager);
  await platform.tick();
  const today = (await call('listOverdue', {}, manager)).today as string;

  // The FDA observation: plan approved with a signature, then more time granted with another.
  const fda = recorded[1];
  let view = await call(
    'openCorrectiveAction',
    {
      findingIds: [fda.id],
      title: 'Audit-trail review before every QC batch release',
      correction: { text: 'Reviewed the audit trails of the 14 batches released since June; no unexplained change' },
    },
    manager,
  );
  const planned = addDays(today, 20);
  view = await stepsToPlan(
    call,
    view,
    owner('QC laboratory'),
    planned,
    'Add audit-trail review to SOP QC-014 and train the analysts',
  );
  view = await call(
    'approveCorrectiveActionPlan',
    {
      correctiveActionId: view.id,
      expectedVersion: view.version,
      effectivenessCriteria: 'Every batch released in the two months after the change has a signed audit-trail review',
      checkDueDate: addDays(planned, 75),
      passphrase: demoSigningPassphrase,
    },
    manager,
  );
  view = await call(
    'requestDueDateExtension',
    {
      correctiveActionId: view.id,
      expectedVersion: view.version,
      toDate: addDays(planned, 14),
      justification: 'The CDS vendor patch that adds the review report arrives two weeks after the planned date',
    },
    lead,
  );
  const extension = view.extensions.at(-1);
  await call(
    'decideDueDateExtension',
    {
      extensionId: extension.id,
      expectedVersion: extension.version,
      decision: 'approved',
      note: 'Vendor delay confirmed in writing; interim manual review continues',
      passphrase: demoSigningPassphrase,
    },
    manager,
  );

  // The certification audit's NC: implemented, its effectiveness check opens after the waiting period.
  const bsi = recorded[0];
  view = await call(
    'openCorrectiveAction',
    {
      findingIds: [bsi.id],
      title: 'Run the LIMS recovery test every year',
      correction: { text: 'Scheduled the test' },
    },
    manager,
  );
  view = await stepsToPlan(
    call,
    view,
    owner('IT operations'),
    addDays(today, 10),
    'Run the recovery test and add it to the annual plan',
  );
  view = await call(
    'approveCorrectiveActionPlan',
    {
      correctiveActionId: view.id,
      expectedVersion: view.version,
      effectivenessCriteria: 'The recovery test restores the LIMS within its four-hour objective',
      checkDueDate: addDays(today, 60),
      passphrase: demoSigningPassphrase,
    },
    manager,
  );
  await call(
    'recordCorrectiveActionStep',
    {
      correctiveActionId: view.id,
      expectedVersion: view.version,
      step: {
        step: 'implementation',
        text: 'Recovery test run; the LIMS was back in 3 h 10 min',
        evidence: [{ label: 'Recovery test report', url: 'https://helix.example/it/dr-test-2026' }],
      },
    },
    lead,
  );

  // An observation from monitoring that the programme manager decides needs no action, signed.
  const observation = await call(
    'recordNonconformity',
    {
      source: { kind: 'monitoring', reference: 'Clear-desk walk-round, November 2026' },
      finding: {
        grade: 'observation',
        itemId: 'A.7.7',
        areaId: areaId('QC laboratory'),
        requirement: 'Clear desk and clear screen rules are defined and enforced.',
        evidence: 'The monthly walk-round found one unlocked screen in the QC office, locked within a minute.',
        gap: '',
      },
    },
    manager,
  );
  await call(
    'exemptFindingFromAction',
    {
      findingId: observation.id,
      reason: 'A single screen, locked at once; the screen-lock policy and its training already cover it',
      passphrase: demoSigningPassphrase,
    },
    manager,
  );
}
