import { demoWorkflow } from '../../../sandbox/demo/company';
import { seedDemo } from '../../../sandbox/demo/seed';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import type { AppServices } from '../../../src/app/services';
import { forgeServices } from '../../../src/entry/forgeServices';
import { withoutEffectivenessWait } from '../../support/noEffectivenessWait';
import { verificationIdFor } from '../../../src/domain/actions/caVerification';

const person = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const manager = person('Aoife Brennan');
const lead = person('Rahul Mehta'); // lead auditor: the implementer below
const sofia = person('Sofia Lindqvist'); // auditor: the independent verifier
const hannah = person('Hannah Kowalski'); // auditor
const olu = person('Olu Adeyemi');
const grace = person('Grace Okafor'); // viewer
const chloe = person('Chloe Martin'); // viewer who may not browse the CA project
const auditees = ['Tomasz Nowak', 'Marco Rossi', 'Sean Murphy'].map(person);
const passphrase = 'a long enough signing passphrase';

/**
 * The demo's CA workflow with the gate's validator on Close (as a Jira admin adds it) and a
 * Reopen transition, so a closed action can be closed again by hand. The condition is left off
 * here so the validator's own messages are what a refused Close shows.
 */
const gatedWorkflow = {
  ...demoWorkflow,
  transitions: [
    ...demoWorkflow.transitions.map((t) =>
      t.name === 'Close'
        ? { name: t.name, from: t.from, to: t.to, validators: [{ moduleKey: 'verified-effective-validator' }] }
        : t,
    ),
    { name: 'Reopen', from: ['Closed'], to: 'Awaiting verification' },
  ],
};

let platform: SandboxPlatform;
let services: AppServices;
let findingIds: string[];
let ncAudits: string[];
let today: string;

type Answer = { ok: boolean; value?: any; error?: { code: string; message: string; field?: string } };
const call = (name: string, payload: unknown, who: string) => platform.invoke(name, payload, who) as Promise<Answer>;
const value = async (name: string, payload: unknown, who: string) => {
  const answer = await call(name, payload, who);
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
  return answer.value;
};
const jira = (method: string, path: string, body: unknown, who: string) =>
  platform.requestProduct('jira', method, path, body, who, 'user');
const statusOf = async (key: string) =>
  ((await jira('GET', `/rest/api/3/issue/${key}?fields=status`, undefined, manager)).body as any).fields.status.name;
/** A Jira user clicks a transition by its name. */
async function transitionByHand(key: string, name: string, who = manager) {
  const { transitions } = (await jira('GET', `/rest/api/3/issue/${key}/transitions`, undefined, who)).body as {
    transitions: Array<{ id: string; name: string }>;
  };
  const transition = transitions.find((t) => t.name === name);
  if (!transition) throw new Error(`${key} offers no ${name}: ${transitions.map((t) => t.name).join(', ')}`);
  return jira('POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: transition.id } }, who);
}
const assign = (key: string, accountId: string) =>
  jira('PUT', `/rest/api/3/issue/${key}`, { fields: { assignee: { accountId } } }, manager);
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function open(findingId: string, title: string) {
  const view = await value(
    'openCorrectiveAction',
    { findingIds: [findingId], title, correction: { text: 'Revoked the access the same day' } },
    manager,
  );
  await platform.tick();
  return value('getCorrectiveAction', { correctiveActionId: view.id }, manager);
}
const step = (view: any, s: Record<string, unknown>, who = lead) =>
  call('recordCorrectiveActionStep', { correctiveActionId: view.id, expectedVersion: view.version, step: s }, who);
const plan = (dueDate = plusDays(today, 5)) => ({
  step: 'plan',
  text: 'Automate leaver revocation from HR feed',
  ownerId: lead,
  dueDate,
});
const implementation = {
  step: 'implementation',
  text: 'HR feed now revokes VPN within one hour',
  evidence: [{ label: 'Change record', url: 'https://helix.example/changes/881' }],
};

/** The programme manager approves the lead's plan (signed), with the check due a month on. */
async function approve(view: any, who = manager) {
  return call(
    'approveCorrectiveActionPlan',
    {
      correctiveActionId: view.id,
      expectedVersion: view.version,
      effectivenessCriteria: 'No leaver keeps VPN access past their last day, sampled over a month',
      checkDueDate: plusDays(view.action.plan.dueDate, 30),
      passphrase,
    },
    who,
  );
}
const ok = (answer: Answer) => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value;
};

/** Records a plan, has it approved, and records the implementation. */
async function planToVerification(view: any, dueDate?: string) {
  const planned = ok(await step(view, plan(dueDate)));
  const approved = ok(await approve(planned));
  return ok(await step(approved, implementation));
}

/** Opens an action and records every step up to verification, as the lead auditor. */
async function toVerification(title: string, findingId = findingIds[0]!) {
  let view = await open(findingId, title);
  for (const s of [
    { step: 'rootCause', method: 'fiveWhys', text: 'Leaver list was checked by hand' },
    { step: 'extent', text: 'Same manual step exists for the LIMS accounts', recurElsewhere: true },
  ]) {
    view = ok(await step(view, s));
  }
  return planToVerification(view);
}
const verify = (view: any, who: string, result: 'effective' | 'notEffective', note = 'Tested three leavers') =>
  call(
    'verifyCorrectiveAction',
    { correctiveActionId: view.id, expectedVersion: view.version, result, note, passphrase },
    who,
  );

beforeAll(async () => {
  platform = new SandboxPlatform({ clock: new SandboxClock() });
  for (const project of [
    { key: 'NC', name: 'Nonconformities', issueType: 'Nonconformity' },
    { key: 'CA', name: 'Corrective actions', issueType: 'Corrective action' },
  ]) {
    platform.jira.configureProject({
      key: project.key,
      name: project.name,
      issueTypes: [{ name: project.issueType }],
      workflow: gatedWorkflow,
      ...(project.key === 'CA' ? { permissions: { [chloe]: [] } } : {}),
    });
  }
  await seedDemo(platform);
  for (const who of [manager, lead, sofia, hannah]) {
    await value('setSigningPassphrase', { newPassphrase: passphrase }, who);
  }
  // These tests are about the lifecycle and the gate; the waiting period has its own tests.
  await withoutEffectivenessWait(value, manager);
  services = await forgeServices();
  const { findings } = await value('listFindings', {}, manager);
  const ncs = findings.filter(
    (f: any) => f.finding.content.grade === 'majorNC' || f.finding.content.grade === 'minorNC',
  );
  findingIds = ncs.map((f: any) => f.id);
  ncAudits = ncs.map((f: any) => f.finding.auditId);
  today = (await value('listOverdue', {}, manager)).today;
}, 120_000);
afterAll(async () => {
  expect(platform.violations).toEqual([]);
  await platform.close();
});

describe('the corrective-action lifecycle and the verification gate, on the local platform', () => {
  it('works an action through every step, refusing one out of order, with Jira following', async () => {
    expect(findingIds.length).toBeGreaterThanOrEqual(2);
    let view = await open(findingIds[0]!, 'Revoke leavers automatically');
    expect(view.action.state).toBe('rootCause');
    expect(view.action.correction).toMatchObject({ by: manager, text: 'Revoked the access the same day' });
    expect(view.issueKey).toMatch(/^CA-\d+$/);
    const key: string = view.issueKey;

    const early = await step(view, plan());
    expect(early).toMatchObject({ ok: false, error: { code: 'conflict', field: 'step.step' } });
    expect(early.error!.message).toBe('The next step is the root-cause analysis, not the action plan');

    view = (await step(view, { step: 'rootCause', method: 'fiveWhys', text: 'Leaver list was checked by hand' })).value;
    view = (await step(view, { step: 'extent', text: 'LIMS accounts too', recurElsewhere: true })).value;
    const past = await step(view, plan(plusDays(today, -1)));
    expect(past).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'step.dueDate' } });
    view = (await step(view, plan())).value;
    expect(view.action.state).toBe('planApproval');
    const unapproved = await step(view, implementation);
    expect(unapproved).toMatchObject({ ok: false, error: { code: 'conflict', field: 'step.step' } });
    expect(unapproved.error!.message).toContain('The plan waits for approval');
    // The lead owns the plan: the programme manager approves it.
    expect(await approve(view, lead)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    view = ok(await approve(view));
    expect(view.action.state).toBe('implementation');
    expect(view.planApproval.signature).toMatchObject({ meaning: 'approved', signerAccountId: manager });
    expect(await statusOf(key)).toBe('Action planned');
    view = (await step(view, implementation)).value;
    expect(view.action).toMatchObject({ state: 'verification', implementation: { by: lead } });
    expect(await statusOf(key)).toBe('Awaiting verification');
    expect(view.may).toMatchObject({ recordStep: false, verify: false });

    // Closing by hand with no verification at all.
    const none = await transitionByHand(key, 'Close');
    expect(none.status).toBe(400);
    expect(JSON.stringify(none.body)).toContain('needs an effective verification signed in the audit app');
    expect(JSON.stringify(none.body)).toContain('it has no verification yet');

    // The implementer may not verify: refused when recording, before any passphrase is used.
    const own = await verify(view, lead, 'effective');
    expect(own).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(own.error!.message).toContain('implemented the action');

    // Not effective: counted, back to planning (the old plan kept in the signed verification).
    const sofiasView = await value('getCorrectiveAction', { correctiveActionId: view.id }, sofia);
    expect(sofiasView.may.verify).toBe(true);
    const notEffective = await verify(view, sofia, 'notEffective', 'Two leavers still had VPN access');
    expect(notEffective.ok).toBe(true);
    view = notEffective.value;
    expect(view.action).toMatchObject({ state: 'plan', notEffectiveCount: 1, plan: null, implementation: null });
    expect(view.verifications).toHaveLength(1);
    expect(view.verifications[0].verification.verifiedAction.plan.ownerId).toBe(lead);
    expect(view.verifications[0].signature).toMatchObject({ meaning: 'verified', signerAccountId: sofia });
    expect(await statusOf(key)).toBe('Action planned');

    // Someone pushes the issue on by hand: the gate still refuses, the verification was not effective.
    await transitionByHand(key, 'Mark implemented');
    await transitionByHand(key, 'Request verification');
    const refused = await transitionByHand(key, 'Close');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('found the action not effective');

    view = await planToVerification(view);
    expect(view.action.state).toBe('verification');
    const effective = await verify(view, sofia, 'effective', 'No leaver kept access over a month');
    expect(effective.ok).toBe(true);
    expect(effective.value.action).toMatchObject({ state: 'closed', notEffectiveCount: 1 });
    expect(effective.value.action.closedAt).not.toBeNull();
    expect(await statusOf(key)).toBe('Closed');
    const field = (await jira('GET', `/rest/api/3/issue/${key}/properties/iso27001-verification`, undefined, manager))
      .body as any;
    expect(field.value).toEqual({ result: 'effective', verifierId: sofia, implementerId: lead });
  });

  it('refuses to close on an unsigned verification (a crash between record and signature), and the retry completes it', async () => {
    const view = await toVerification('Quarterly access review');
    const key: string = view.issueKey;
    // What a request that died after writing its record, before signing, leaves behind.
    await services.store.apply({
      entity: 'caVerification',
      id: verificationIdFor(view.id, 1),
      before: null,
      after: {
        correctiveActionId: view.id,
        round: 1,
        result: 'effective',
        note: 'Reviewed the quarter',
        verifierId: sofia,
        implementerId: lead,
        assigneeId: null,
        planOwnerId: null,
        verifiedAt: new Date().toISOString(),
        verifiedAction: { plan: view.action.plan, implementation: view.action.implementation },
      },
      actor: sofia,
      at: new Date(),
    });
    const refused = await transitionByHand(key, 'Close');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('(round 1) is not signed');

    const retried = await verify(view, sofia, 'effective', 'Reviewed the quarter');
    expect(retried.ok).toBe(true);
    expect(retried.value.action.state).toBe('closed');
    expect(retried.value.verifications).toHaveLength(1);
    expect(retried.value.verifications[0].signature).toMatchObject({ signerAccountId: sofia, bindingIntact: true });
    expect(await statusOf(key)).toBe('Closed');
  });

  it('refuses the assignee as verifier, and refuses a close once the verifier has become the assignee', async () => {
    const view = await toVerification('Central VPN account register');
    const key: string = view.issueKey;
    expect((await assign(key, hannah)).status).toBe(204);
    const byAssignee = await verify(view, hannah, 'effective');
    expect(byAssignee).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(byAssignee.error!.message).toContain("are the action's Jira assignee");

    expect((await verify(view, sofia, 'effective')).value.action.state).toBe('closed');
    expect(await statusOf(key)).toBe('Closed');

    // Reopened by hand and given to the verifier: closing again is refused, naming why.
    await transitionByHand(key, 'Reopen');
    await assign(key, sofia);
    const refused = await transitionByHand(key, 'Close');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('it was verified by the assignee');
    // Given to someone else, a Jira user's own close passes the validator.
    await assign(key, olu);
    expect((await transitionByHand(key, 'Close')).status).toBe(204);
    expect(await statusOf(key)).toBe('Closed');
  });

  it('shows the issue panel only to people who may browse the issue, with the audit context and what each may do', async () => {
    const view = await toVerification('Panel action');
    const key: string = view.issueKey;
    const panel = (who: string) => call('getIssueContext', { issueKey: key }, who);
    expect(await panel(chloe)).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const forGrace = (await panel(grace)).value;
    expect(forGrace).toMatchObject({ issueKey: key, tracked: true, roles: ['viewer'] });
    expect(forGrace.findings.map((f: any) => f.id)).toEqual([findingIds[0]]);
    expect(forGrace.findings[0].guidance.length).toBeGreaterThan(80);
    expect(forGrace.findings[0].auditTitle).not.toBe(forGrace.findings[0].auditId);
    const nothing = { recordStep: false, approvePlan: false, requestExtension: false, decideExtension: false };
    expect(forGrace.actions.map((a: any) => [a.id, a.may])).toEqual([[view.id, { ...nothing, verify: false }]]);
    expect((await panel(sofia)).value.actions[0].may).toEqual({ ...nothing, verify: true });
    expect((await panel(lead)).value.actions[0].may).toEqual({ ...nothing, verify: false });

    // An issue the app knows nothing about: the panel says so and offers nothing.
    const other = await jira(
      'POST',
      '/rest/api/3/issue',
      { fields: { project: { key: 'CA' }, issuetype: { name: 'Corrective action' }, summary: 'Unrelated work' } },
      manager,
    );
    const untracked = await call('getIssueContext', { issueKey: (other.body as any).key }, grace);
    expect(untracked.value).toMatchObject({ tracked: false, findings: [], actions: [] });

    // An auditee outside the finding's area may not open an action for it.
    const { areas } = await value('listAuditableAreas', {}, manager);
    const finding = (await value('listFindings', {}, manager)).findings.find((f: any) => f.id === findingIds[0]);
    const area = areas.find((a: any) => a.id === finding.finding.content.areaId).area;
    const outsider = auditees.find((id) => id !== area.ownerId && !area.memberIds.includes(id))!;
    const refused = await call(
      'openCorrectiveAction',
      { findingIds: [findingIds[0]], title: 'Not mine', correction: { text: 'Nothing' } },
      outsider,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('lists overdue plans and actions with their age, and the daily sweep comments once per issue per day', async () => {
    // An action whose plan will fall overdue: it waits for implementation.
    const late = await toVerification('Late action', findingIds[0]!);
    const reopened = (await verify(late, sofia, 'notEffective', 'Nothing changed')).value;
    const planned = ok(await approve(ok(await step(reopened, plan(plusDays(today, 3))))));
    expect(planned.action.state).toBe('implementation');
    // The only action of the second finding is found not effective: its plan is gone, so the finding's plan is due again.
    const replan = await toVerification('Second finding action', findingIds[1]!);
    expect((await verify(replan, sofia, 'notEffective', 'Still failing')).value.action.plan).toBeNull();
    // Every nonconformity gets its Jira issue; those without any planned action fall overdue.
    for (const auditId of new Set(ncAudits)) await value('raiseFindingIssues', { auditId }, manager);
    await platform.tick();

    // The app reads the system clock (as on Forge): only Date is faked; the platform's clock follows it.
    const moveDays = (days: number) => jest.setSystemTime(Date.now() + days * 86_400_000);
    jest.useFakeTimers({
      now: Date.now(),
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    moveDays(45);
    const { today: later, items } = await value('listOverdue', {}, sofia);
    const action = items.find((i: any) => i.kind === 'action' && i.subjectId === planned.id);
    expect(action).toMatchObject({ dueDate: plusDays(today, 3), ownerId: lead, ownerName: 'Rahul Mehta' });
    expect(action.daysOverdue).toBe(Date.parse(later) / 86_400_000 - Date.parse(plusDays(today, 3)) / 86_400_000);
    const plans = items.filter((i: any) => i.kind === 'plan');
    // Every nonconformity but the first (whose late action has a plan) has no planned action now.
    expect(plans.map((i: any) => i.subjectId).sort()).toEqual(findingIds.slice(1).sort());
    expect(plans.every((i: any) => i.issueKey && i.daysOverdue > 0)).toBe(true);
    expect(items.map((i: any) => i.daysOverdue)).toEqual(
      [...items.map((i: any) => i.daysOverdue)].sort((a, b) => b - a),
    );

    const comments = async (key: string) =>
      ((await jira('GET', `/rest/api/3/issue/${key}/comment`, undefined, manager)).body as any).comments as any[];
    await platform.tick();
    const first = await comments(planned.issueKey);
    expect(first).toHaveLength(1);
    expect(JSON.stringify(first[0].body)).toContain(`"id":"${lead}"`);
    expect(await comments(plans[0].issueKey)).toHaveLength(1);
    const marked = await value('getCorrectiveAction', { correctiveActionId: planned.id }, manager);
    expect(marked.action.overdueNotifiedOn).toBe(later);

    // The same day again (the sweep run by hand as a second trigger would): nothing twice.
    const { handler } = await import('../../../src/entry/overdueSweep');
    await expect(handler()).resolves.toEqual({ statusCode: 204 });
    expect(await comments(planned.issueKey)).toHaveLength(1);

    moveDays(1);
    await platform.tick();
    expect(await comments(planned.issueKey)).toHaveLength(2);
    jest.useRealTimers();
  });
});
