// The corrective-action lifecycle tests' shared setup: the local platform with the gate's validator on Close,
// the demo seeded with signing passphrases and no effectiveness wait, and helpers that work an action through its steps.
import { demoWorkflow } from '../../../sandbox/demo/company';
import { seedDemo } from '../../../sandbox/demo/seed';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import type { AppServices } from '../../../src/app/services';
import { forgeServices } from '../../../src/entry/forgeServices';
import { withoutEffectivenessWait } from '../../support/noEffectivenessWait';
import { passphraseAfterDemoSeed } from '../../support/demoSigning';

const person = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
export const manager = person('Aoife Brennan');
export const lead = person('Rahul Mehta'); // lead auditor: the implementer below
export const sofia = person('Sofia Lindqvist'); // auditor: the independent verifier
export const hannah = person('Hannah Kowalski'); // auditor
export const olu = person('Olu Adeyemi');
export const grace = person('Grace Okafor'); // viewer
export const chloe = person('Chloe Martin'); // viewer who may not browse the CA project
export const auditees = ['Tomasz Nowak', 'Marco Rossi', 'Sean Murphy'].map(person);
export const passphrase = 'a long enough signing passphrase';

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

export let platform: SandboxPlatform;
export let services: AppServices;
export let findingIds: string[];
export let ncAudits: string[];
export let today: string;

export type Answer = { ok: boolean; value?: any; error?: { code: string; message: string; field?: string } };
export const call = (name: string, payload: unknown, who: string) =>
  platform.invoke(name, payload, who) as Promise<Answer>;
export const value = async (name: string, payload: unknown, who: string) => {
  const answer = await call(name, payload, who);
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
  return answer.value;
};
export const jira = (method: string, path: string, body: unknown, who: string) =>
  platform.requestProduct('jira', method, path, body, who, 'user');
export const statusOf = async (key: string) =>
  ((await jira('GET', `/rest/api/3/issue/${key}?fields=status`, undefined, manager)).body as any).fields.status.name;
/** A Jira user clicks a transition by its name. */
export async function transitionByHand(key: string, name: string, who = manager) {
  const { transitions } = (await jira('GET', `/rest/api/3/issue/${key}/transitions`, undefined, who)).body as {
    transitions: Array<{ id: string; name: string }>;
  };
  const transition = transitions.find((t) => t.name === name);
  if (!transition) throw new Error(`${key} offers no ${name}: ${transitions.map((t) => t.name).join(', ')}`);
  return jira('POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: transition.id } }, who);
}
export const assign = (key: string, accountId: string) =>
  jira('PUT', `/rest/api/3/issue/${key}`, { fields: { assignee: { accountId } } }, manager);
export const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function open(findingId: string, title: string) {
  const view = await value(
    'openCorrectiveAction',
    { findingIds: [findingId], title, correction: { text: 'Revoked the access the same day' } },
    manager,
  );
  await platform.tick();
  return value('getCorrectiveAction', { correctiveActionId: view.id }, manager);
}
export const step = (view: any, s: Record<string, unknown>, who = lead) =>
  call('recordCorrectiveActionStep', { correctiveActionId: view.id, expectedVersion: view.version, step: s }, who);
export const plan = (dueDate = plusDays(today, 5)) => ({
  step: 'plan',
  text: 'Automate leaver revocation from HR feed',
  ownerId: lead,
  dueDate,
});
export const implementation = {
  step: 'implementation',
  text: 'HR feed now revokes VPN within one hour',
  evidence: [{ label: 'Change record', url: 'https://helix.example/changes/881' }],
};

/** The programme manager approves the lead's plan (signed), with the check due a month on. */
export async function approve(view: any, who = manager) {
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
export const ok = (answer: Answer) => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value;
};

/** Records a plan, has it approved, and records the implementation. */
export async function planToVerification(view: any, dueDate?: string) {
  const planned = ok(await step(view, plan(dueDate)));
  const approved = ok(await approve(planned));
  return ok(await step(approved, implementation));
}

/** Opens an action and records every step up to verification, as the lead auditor. */
export async function toVerification(title: string, findingId = findingIds[0]!) {
  let view = await open(findingId, title);
  for (const s of [
    { step: 'rootCause', method: 'fiveWhys', text: 'Leaver list was checked by hand' },
    { step: 'extent', text: 'Same manual step exists for the LIMS accounts', recurElsewhere: true },
  ]) {
    view = ok(await step(view, s));
  }
  return planToVerification(view);
}
export const verify = (view: any, who: string, result: 'effective' | 'notEffective', note = 'Tested three leavers') =>
  call(
    'verifyCorrectiveAction',
    { correctiveActionId: view.id, expectedVersion: view.version, result, note, passphrase },
    who,
  );

/** Starts the local platform with the gated workflow and the demo seeded, once per test file. */
export function useLifecycleFixture(): void {
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
      await value('setSigningPassphrase', passphraseAfterDemoSeed(who, passphrase), who);
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
  }, 300_000);
  afterAll(async () => {
    expect(platform.violations).toEqual([]);
    await platform.close();
  });
}
