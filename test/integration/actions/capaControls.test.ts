import { fakeDateOnly } from '../../support/fakeDate';
import { demoWorkflow } from '../../../sandbox/demo/company';
import { seedDemo } from '../../../sandbox/demo/seed';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import { passphraseAfterDemoSeed } from '../../support/demoSigning';

/**
 * The controls around a corrective action that an inspector asks about (ISO 27001 10.2 c–d):
 * due dates the policy caps, later only through a signed extension someone else approves; a plan
 * approved (signed) before implementation, fixing how and by when effectiveness is checked; a
 * check that waits for the effect to show and falls overdue; and a verifier who had no hand in it.
 * Everything runs through the resolvers on the local platform with the demo's suggested policy
 * (major NC: implemented within 30 business days, checked no sooner than 60 days after).
 */
const person = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const manager = person('Aoife Brennan'); // the only programme manager
const lead = person('Rahul Mehta'); // lead auditor: plans and implements here
const sofia = person('Sofia Lindqvist'); // auditor; certificate expires in 45 days
const lukas = person('Lukas Fischer'); // auditor; certificate valid two more years
const hannah = person('Hannah Kowalski'); // auditor, member of IT operations, certificate lapsed
const passphrase = 'a long enough signing passphrase';

let platform: SandboxPlatform;
let majorNc: { id: string; raisedOn: string };
let today: string;

type Answer = { ok: boolean; value?: any; error?: { code: string; message: string; field?: string } };
const call = (name: string, payload: unknown, who: string) => platform.invoke(name, payload, who) as Promise<Answer>;
const ok = (answer: Answer) => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value;
};
const jira = (method: string, path: string, body: unknown, who: string) =>
  platform.requestProduct('jira', method, path, body, who, 'user');
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const step = (view: any, s: Record<string, unknown>, who = lead) =>
  call('recordCorrectiveActionStep', { correctiveActionId: view.id, expectedVersion: view.version, step: s }, who);
const planStep = (dueDate: string) => ({
  step: 'plan',
  text: 'Schedule quarterly restore tests with evidence upload',
  ownerId: lead,
  dueDate,
});
const implementation = {
  step: 'implementation',
  text: 'Restore test scheduled and run; evidence uploaded',
  evidence: [{ label: 'Restore report', url: 'https://helix.example/restore/2026-q4' }],
};
const approve = (view: any, checkDueDate: string, who = manager) =>
  call(
    'approveCorrectiveActionPlan',
    {
      correctiveActionId: view.id,
      expectedVersion: view.version,
      effectivenessCriteria: 'Two consecutive quarterly restores succeed within the recovery time objective',
      checkDueDate,
      passphrase,
    },
    who,
  );
const verify = (view: any, who: string) =>
  call(
    'verifyCorrectiveAction',
    {
      correctiveActionId: view.id,
      expectedVersion: view.version,
      result: 'effective',
      note: 'Sampled the last two restores',
      passphrase,
    },
    who,
  );
const reread = (view: any) => call('getCorrectiveAction', { correctiveActionId: view.id }, manager).then(ok);

/** An action on the major NC, with root cause and extent recorded: the plan comes next. */
async function toPlan(title: string) {
  let view = ok(
    await call(
      'openCorrectiveAction',
      { findingIds: [majorNc.id], title, correction: { text: 'Ran a restore by hand' } },
      manager,
    ),
  );
  await platform.tick();
  view = await reread(view);
  view = ok(await step(view, { step: 'rootCause', method: 'fiveWhys', text: 'Nobody owned restore tests' }));
  return ok(await step(view, { step: 'extent', text: 'Only the LIMS backups', recurElsewhere: false }));
}

beforeAll(async () => {
  platform = new SandboxPlatform({ clock: new SandboxClock() });
  for (const [key, name, issueType] of [
    ['NC', 'Nonconformities', 'Nonconformity'],
    ['CA', 'Corrective actions', 'Corrective action'],
  ] as const) {
    platform.jira.configureProject({ key, name, issueTypes: [{ name: issueType }], workflow: demoWorkflow });
  }
  await seedDemo(platform);
  for (const who of [manager, lead, sofia, lukas, hannah]) {
    ok(await call('setSigningPassphrase', passphraseAfterDemoSeed(who, passphrase), who));
  }
  const { findings } = ok(await call('listFindings', {}, manager));
  const major = findings.find((f: any) => f.finding.content.grade === 'majorNC');
  majorNc = { id: major.id, raisedOn: major.finding.raisedOn };
  today = ok(await call('listOverdue', {}, manager)).today;
}, 300_000);
afterAll(async () => {
  jest.useRealTimers();
  expect(platform.violations).toEqual([]);
  await platform.close();
});

describe('controlled due dates, plan approval and the effectiveness check', () => {
  it('[ISO10.2c] caps the plan at the policy date of the grade, and names the policy when refusing', async () => {
    const view = await toPlan('Quarterly restore tests');
    expect(view.dates.policyGrade).toBe('majorNC');
    const policyDate: string = view.dates.policyDate;
    expect(policyDate > today).toBe(true);
    const late = await step(view, planStep(plusDays(policyDate, 1)));
    expect(late).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'step.dueDate' } });
    expect(late.error!.message).toBe(
      `The policy for a major nonconformity sets ${policyDate} at the latest; a later date needs an extension approved by a programme manager`,
    );
    const planned = ok(await step(view, planStep(policyDate)));
    expect(planned.action.state).toBe('planApproval');
    expect(planned.dates.controlledDueDate).toBe(policyDate);
  });

  it('[ISO10.2c] [P11.10g] approves a plan only with a signature, by someone other than its owner, with a check no sooner than the waiting period', async () => {
    let view = await toPlan('Restore evidence retained');
    view = ok(await step(view, planStep(plusDays(today, 10))));
    const earliest = plusDays(plusDays(today, 10), 60);
    expect(view.may.approvePlan).toBe(false); // the manager reads it below; the lead owns the plan
    expect((await approve(view, earliest, lead)).error).toMatchObject({ code: 'forbidden' });
    expect((await call('getCorrectiveAction', { correctiveActionId: view.id }, manager)).value.may.approvePlan).toBe(
      true,
    );
    const early = await approve(view, plusDays(earliest, -1));
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'checkDueDate' } });
    expect(early.error!.message).toContain(`can be due on ${earliest} at the earliest`);
    expect(early.error!.message).toContain('waits 60 days after implementation');
    const unsigned = await call(
      'approveCorrectiveActionPlan',
      {
        correctiveActionId: view.id,
        expectedVersion: view.version,
        effectivenessCriteria: 'Restores succeed',
        checkDueDate: earliest,
        passphrase: 'not my passphrase',
      },
      manager,
    );
    expect(unsigned).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'passphrase' } });
    expect((await reread(view)).action.state).toBe('planApproval');

    view = ok(await approve(view, earliest));
    expect(view.action.state).toBe('implementation');
    expect(view.planApproval).toMatchObject({
      approval: { approverId: manager, checkDueDate: earliest, approvedPlan: { ownerId: lead } },
      approverName: 'Aoife Brennan',
      signature: { meaning: 'approved', signerAccountId: manager, bindingIntact: true },
    });
  });

  it('[ISO10.2c] moves the due date only through an extension another programme manager approves with a signature', async () => {
    let view = await toPlan('Backup monitoring alerts');
    const planned = plusDays(today, 5);
    view = ok(await approve(ok(await step(view, planStep(planned))), plusDays(planned, 60)));
    const later = plusDays(planned, 20);

    const notLater = await call(
      'requestDueDateExtension',
      { correctiveActionId: view.id, expectedVersion: view.version, toDate: planned, justification: 'More time' },
      lead,
    );
    expect(notLater).toMatchObject({ ok: false, error: { field: 'toDate' } });
    const noReason = await call(
      'requestDueDateExtension',
      { correctiveActionId: view.id, expectedVersion: view.version, toDate: later, justification: ' ' },
      lead,
    );
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'justification' } });
    view = ok(
      await call(
        'requestDueDateExtension',
        {
          correctiveActionId: view.id,
          expectedVersion: view.version,
          toDate: later,
          justification: 'The restore hardware is delivered two weeks late',
        },
        lead,
      ),
    );
    expect(view.extensions).toHaveLength(1);
    expect(view.extensions[0]).toMatchObject({
      extension: { fromDate: planned, toDate: later, requestedBy: lead, decision: null },
      requesterName: 'Rahul Mehta',
      signed: false,
    });
    expect(view.dates.controlledDueDate).toBe(planned);
    const second = await call(
      'requestDueDateExtension',
      { correctiveActionId: view.id, expectedVersion: view.version, toDate: plusDays(later, 5), justification: 'x' },
      lead,
    );
    expect(second.error!.message).toBe('An extension of this action is already waiting for a decision');

    const extension = view.extensions[0];
    const decide = (who: string, extra: Record<string, unknown>) =>
      call('decideDueDateExtension', { extensionId: extension.id, expectedVersion: extension.version, ...extra }, who);
    expect((await decide(lead, { decision: 'approved', passphrase })).error).toMatchObject({ code: 'forbidden' });
    expect((await decide(manager, { decision: 'approved' })).error).toMatchObject({ field: 'passphrase' });
    expect((await decide(manager, { decision: 'refused' })).error).toMatchObject({ field: 'note' });

    view = ok(await decide(manager, { decision: 'approved', note: 'Supplier delay confirmed', passphrase }));
    expect(view.dates.controlledDueDate).toBe(later);
    expect(view.extensions[0]).toMatchObject({
      extension: { decision: { result: 'approved', by: manager } },
      deciderName: 'Aoife Brennan',
      signed: true,
    });
    const issue = (await jira('GET', `/rest/api/3/issue/${view.issueKey}?fields=duedate`, undefined, manager))
      .body as any;
    expect(issue.fields.duedate).toBe(later);
    expect((await decide(manager, { decision: 'refused', note: 'Changed my mind' })).error!.message).toContain(
      'already approved',
    );
  });

  it('[ISO10.2d] opens the effectiveness check after the waiting period, refuses people with a hand in it, and marks the check overdue after its due day', async () => {
    let view = await toPlan('Restore test runbook');
    const planned = plusDays(today, 5);
    const checkBy = plusDays(planned, 75);
    view = ok(await approve(ok(await step(view, planStep(planned))), checkBy));
    view = ok(await step(view, implementation));
    expect(view.action.state).toBe('verification');
    const opensOn = plusDays(today, 60);
    expect(view.dates.check).toEqual({ opensOn, dueOn: checkBy });

    const tooSoon = await verify(view, lukas);
    expect(tooSoon).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(tooSoon.error!.message).toBe(
      `The effectiveness check opens on ${opensOn}: the policy waits 60 days after implementation for the effect to show`,
    );

    // People with a hand in the action, or no valid certificate, are refused whatever the day.
    const byOwner = await verify(view, lead);
    // The plan's owner is also the CA issue's Jira assignee (the app assigns it): every reason is named.
    expect(byOwner.error!.message).toContain(
      "implemented the action, are the action's Jira assignee and own the action's plan",
    );
    expect((await verify(view, hannah)).error!.message).toContain('hold no auditor certificate valid today');

    // The app reads the system clock (as on Forge): only Date is faked.
    fakeDateOnly();
    jest.setSystemTime(Date.now() + 85 * 86_400_000);
    const { items } = ok(await call('listOverdue', {}, manager));
    const lateCheck = items.find((i: any) => i.subjectId === view.id);
    expect(lateCheck).toMatchObject({ kind: 'check', dueDate: checkBy, ownerId: manager });
    expect(lateCheck.daysOverdue).toBeGreaterThan(0);
    expect((await reread(view)).overdue).toMatchObject({ kind: 'check', dueDate: checkBy });

    // Sofia's certificate lapsed meanwhile (it expired 45 days after today): she may no longer verify.
    expect((await verify(view, sofia)).error!.message).toContain('hold no auditor certificate valid today');
    const verified = ok(await verify(await reread(view), lukas));
    expect(verified.action.state).toBe('closed');
    expect(verified.verifications[0].verification).toMatchObject({ verifierId: lukas, planOwnerId: lead });
    jest.useRealTimers();
  });
});
