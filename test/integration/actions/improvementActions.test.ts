import { demoWorkflow } from '../../../sandbox/demo/company';
import { seedDemo } from '../../../sandbox/demo/seed';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxClock } from '../../../sandbox/platform/clock';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';
import type { AppServices } from '../../../src/app/services';
import { computeMacroData } from '../../../src/app/review/macros/macroData';
import type { ReviewInputView } from '../../../src/contract/review';
import { findingClosureOf } from '../../../src/app/actions/findingClosureOf';
import { forgeServices } from '../../../src/entry/forgeServices';
import { withoutEffectivenessWait } from '../../support/noEffectivenessWait';
import { passphraseAfterDemoSeed } from '../../support/demoSigning';

jest.setTimeout(120_000);

const person = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
const manager = person('Aoife Brennan');
const lead = person('Rahul Mehta'); // lead auditor: works the actions below
const sofia = person('Sofia Lindqvist'); // auditor: the independent verifier
const passphrase = 'a long enough signing passphrase';

let platform: SandboxPlatform;
let services: AppServices;
let today: string;
let nc: any;
let ofiId: string;

type Answer = { ok: boolean; value?: any; error?: { code: string; message: string; field?: string } };
const call = (name: string, payload: unknown, who: string) => platform.invoke(name, payload, who) as Promise<Answer>;
const value = async (name: string, payload: unknown, who: string) => {
  const answer = await call(name, payload, who);
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
  return answer.value;
};
const ok = (answer: Answer) => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value;
};
const statusOf = async (key: string) =>
  (
    (await platform.requestProduct('jira', 'GET', `/rest/api/3/issue/${key}?fields=status`, undefined, manager, 'user'))
      .body as any
  ).fields.status.name;
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const get = (id: string) => value('getCorrectiveAction', { correctiveActionId: id }, manager);
const step = (view: any, s: Record<string, unknown>, who = lead) =>
  call('recordCorrectiveActionStep', { correctiveActionId: view.id, expectedVersion: view.version, step: s }, who);
async function open(findingId: string, title: string, kind?: 'improvement', text = 'Contained the same day') {
  const answer = await call(
    'openCorrectiveAction',
    { findingIds: [findingId], title, correction: { text }, ...(kind ? { kind } : {}) },
    manager,
  );
  await platform.tick();
  return answer.ok ? { ...answer, value: await get(answer.value.id) } : answer;
}
const plan = (text: string) => ({ step: 'plan', text, ownerId: lead, dueDate: plusDays(today, 5) });
const evidence = [{ label: 'Change record', url: 'https://helix.example/changes/912' }];

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
      workflow: demoWorkflow, // condition and validator on Close, as the demo has them
    });
  }
  await seedDemo(platform);
  for (const who of [manager, lead, sofia])
    await value('setSigningPassphrase', passphraseAfterDemoSeed(who, passphrase), who);
  await withoutEffectivenessWait(value, manager);
  services = await forgeServices();
  const { findings } = await value('listFindings', {}, manager);
  nc = findings.find((f: any) => f.finding.content.grade === 'minorNC');
  expect(nc).toBeTruthy();
  // The demo audits record no OFI: one is written as an auditor would have recorded it, in the same audit.
  const stored = (await services.store.get('finding', nc.id))!;
  ofiId = `${nc.id}-ofi`;
  await services.store.apply({
    entity: 'finding',
    id: ofiId,
    before: null,
    after: {
      ...stored.record,
      content: {
        ...stored.record.content,
        grade: 'opportunity',
        evidence: 'Restore runbook could name a deputy',
        gap: '',
      },
    },
    actor: manager,
    at: services.clock.now(),
  });
  today = (await value('listOverdue', {}, manager)).today;
}, 240_000);
afterAll(async () => {
  expect(platform.violations).toEqual([]);
  await platform.close();
});

describe('improvement actions and ISMS change, on the local platform', () => {
  it('[ISO10.1] an OFI gets an improvement action, raised to Jira and closed when done, with no verification', async () => {
    const refused = await open(ofiId, 'Name a restore deputy');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'findingIds.0' } });
    expect(refused.error!.message).toContain('open an improvement action for it (10.1)');
    const onNc = await open(nc.id, 'Improve leavers', 'improvement');
    expect(onNc).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'findingIds.0' } });
    expect(onNc.error!.message).toContain('needs a corrective action verified effective');

    let view = ok(await open(ofiId, 'Name a restore deputy', 'improvement', 'A deputy for restores is wanted'));
    expect(view.action).toMatchObject({ kind: 'improvement', state: 'plan' });
    expect(view.issueKey).toMatch(/^CA-\d+$/);
    const key: string = view.issueKey;

    const rootCause = await step(view, { step: 'rootCause', method: 'fiveWhys', text: 'No deputy named' });
    expect(rootCause).toMatchObject({ ok: false, error: { code: 'conflict', field: 'step.step' } });
    expect(rootCause.error!.message).toContain('An improvement action has no root-cause analysis');

    view = ok(await step(view, plan('Name a deputy in the restore runbook')));
    expect(view.action.state).toBe('implementation');
    expect(view.may.approvePlan).toBe(false);
    expect(await statusOf(key)).toBe('Action planned');

    view = ok(
      await step(view, {
        step: 'implementation',
        text: 'The runbook names the deputy',
        evidence,
        ismsChanges: [{ kind: 'procedure', title: 'Restore runbook v4', url: 'https://wiki.example/restore' }],
      }),
    );
    expect(view.action).toMatchObject({ state: 'closed', verificationIds: [] });
    expect(view.action.closedAt).not.toBeNull();
    expect(view.overdue).toBeNull();
    // The condition offers Close (marked done) and the validator allows it: nothing waits for a verification.
    expect(await statusOf(key)).toBe('Closed');
    const verify = await call(
      'verifyCorrectiveAction',
      { correctiveActionId: view.id, expectedVersion: view.version, result: 'effective', note: 'x', passphrase },
      sofia,
    );
    expect(verify.ok).toBe(false);
    // The OFI is closed by its action, by the one rule the register, KPIs and gate use.
    expect((await findingClosureOf(services, ofiId)).closure).toEqual({
      closed: true,
      closedOn: today,
      how: 'actions',
    });
  });

  it('[ISO10.1] the recorded decision not to act on an OFI is the signed exemption, refused while its improvement action is open', async () => {
    const stored = (await services.store.get('finding', ofiId))!;
    const otherId = `${ofiId}-2`;
    await services.store.apply({
      entity: 'finding',
      id: otherId,
      before: null,
      after: stored.record,
      actor: manager,
      at: services.clock.now(),
    });
    ok(await open(otherId, 'Share the restore rota', 'improvement', 'Others could learn the rota'));
    const exempt = (reason: string) =>
      call('exemptFindingFromAction', { findingId: otherId, reason, passphrase }, manager);
    const whileOpen = await exempt('We decided not to act on this opportunity this cycle');
    expect(whileOpen).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(whileOpen.error!.message).toContain('has an open improvement action');
    expect(whileOpen.error!.message).toContain('it closes when that is done');
    const short = await exempt('No.');
    expect(short).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    expect(short.error!.message).toContain(
      'Write the reason no action is needed or none will be taken (at least 10 characters)',
    );
    // A third OFI the manager decides not to act on: signed, and it closes the finding.
    const thirdId = `${ofiId}-3`;
    await services.store.apply({
      entity: 'finding',
      id: thirdId,
      before: null,
      after: stored.record,
      actor: manager,
      at: services.clock.now(),
    });
    const decided = ok(
      await call(
        'exemptFindingFromAction',
        { findingId: thirdId, reason: 'The restore runbook is being replaced next quarter', passphrase },
        manager,
      ),
    );
    expect(decided.closure).toEqual({ closed: true, closedOn: today, how: 'exemption' });
  });

  it('[ISO10.2b] an extent that recurs in two other places opens a corrective action for each, linked back', async () => {
    const { areas } = await value('listAuditableAreas', {}, manager);
    const ncArea = nc.finding.content.areaId;
    const other = areas.find((a: any) => a.id !== ncArea);
    expect(other).toBeTruthy();
    let view = ok(await open(nc.id, 'Revoke leavers automatically'));
    view = ok(await step(view, { step: 'rootCause', method: 'fiveWhys', text: 'Leaver list checked by hand' }));

    const extent = (places: unknown[], recurElsewhere = true) =>
      step(view, {
        step: 'extent',
        text: 'The same manual step exists elsewhere',
        recurElsewhere,
        otherPlaces: places,
      });
    const no = await extent([{ place: { kind: 'described', description: 'LIMS accounts' } }], false);
    expect(no).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'step.otherPlaces' } });
    const unknown = await extent([{ place: { kind: 'area', areaId: 'area-nowhere' } }]);
    expect(unknown).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'step.otherPlaces.0.place.areaId',
        message: 'There is no area area-nowhere',
      },
    });
    expect((await get(view.id)).version).toBe(view.version);
    const before = (await value('listCorrectiveActions', { findingId: nc.id }, manager)).actions.length;

    view = ok(
      await extent([
        { place: { kind: 'area', areaId: other.id } },
        { place: { kind: 'described', description: 'LIMS accounts' } },
        { place: { kind: 'described', description: 'Badge access' }, openAction: false },
      ]),
    );
    await platform.tick();
    expect(view.action.state).toBe('plan');
    const places = view.action.extent.otherPlaces;
    expect(places).toHaveLength(3);
    expect(places[2]).toEqual({
      place: { kind: 'described', description: 'Badge access' },
      correctiveActionId: null,
      name: 'Badge access',
    });
    expect(places[0].name).toBe(other.area?.name ?? other.name);
    const { actions } = await value('listCorrectiveActions', { findingId: nc.id }, manager);
    expect(actions).toHaveLength(before + 2);
    const opened = await Promise.all(places.slice(0, 2).map((p: any) => get(p.correctiveActionId)));
    expect(opened.map((a: any) => a.action.title)).toEqual([
      `Revoke leavers automatically (${other.area?.name ?? other.name})`,
      'Revoke leavers automatically (LIMS accounts)',
    ]);
    for (const [index, child] of opened.entries()) {
      expect(child.action).toMatchObject({
        kind: 'corrective',
        state: 'rootCause',
        findingIds: [nc.id],
        raisedFrom: { correctiveActionId: view.id, place: places[index].place },
      });
      expect(child.action.correction.text).toContain('extent analysis of "Revoke leavers automatically"');
      expect(child.issueKey).toMatch(/^CA-\d+$/);
    }
  });

  it('[ISO10.2a] [ISO10.2e] consequences and ISMS changes recorded with the implementation appear in the review input', async () => {
    let view = ok(await open(nc.id, 'Quarterly access review'));
    view = ok(await step(view, { step: 'rootCause', method: 'fiveWhys', text: 'No periodic review' }));
    view = ok(await step(view, { step: 'extent', text: 'Only here', recurElsewhere: false }));
    view = ok(await step(view, plan('Review access quarterly')));
    view = ok(
      await call(
        'approveCorrectiveActionPlan',
        {
          correctiveActionId: view.id,
          expectedVersion: view.version,
          effectivenessCriteria: 'No stale access found at the next quarterly review',
          checkDueDate: plusDays(view.action.plan.dueDate, 30),
          passphrase,
        },
        manager,
      ),
    );
    const badSoa = await step(view, {
      step: 'implementation',
      text: 'x',
      evidence,
      ismsChanges: [{ kind: 'soaLine', itemId: 'A.99.9', description: 'x' }],
    });
    expect(badSoa).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'step.ismsChanges.0.itemId' },
    });
    view = ok(
      await step(view, {
        step: 'implementation',
        text: 'Quarterly review scheduled and first run',
        evidence,
        consequences: 'Checked the VPN logs of the leaver: no access after leaving; informed the DPO',
        ismsChanges: [
          { kind: 'riskAssessment', description: 'Leaver access risk re-rated', url: 'https://wiki.example/risk/12' },
          { kind: 'soaLine', itemId: 'A.5.18', description: 'Quarterly review added to the control' },
        ],
      }),
    );
    expect(view.action.implementation).toMatchObject({
      consequences: 'Checked the VPN logs of the leaver: no access after leaving; informed the DPO',
      ismsChanges: [{ kind: 'riskAssessment' }, { kind: 'soaLine', itemId: 'A.5.18' }],
    });
    view = ok(
      await call(
        'verifyCorrectiveAction',
        {
          correctiveActionId: view.id,
          expectedVersion: view.version,
          result: 'effective',
          note: 'Reviewed the quarter',
          passphrase,
        },
        sofia,
      ),
    );
    expect(view.action.state).toBe('closed');

    const data = await computeMacroData(services, 'improvementOpportunities', {}, services.clock.now());
    expect(data.status).toBe('ready');
    const input = (data as { view: ReviewInputView }).view;
    const closed = input.sections.find((s) => s.heading.startsWith('Corrective and improvement actions closed'))!;
    expect(closed.paragraphs[0]).toBe('2 actions closed: 1 corrective, 1 improvement; 2 changed the ISMS.');
    expect(closed.table!.rows).toContainEqual([
      'Quarterly access review',
      'Corrective',
      today,
      'Checked the VPN logs of the leaver: no access after leaving; informed the DPO',
      'Risk assessment: Leaver access risk re-rated (https://wiki.example/risk/12); SoA line A.5.18 Access rights: Quarterly review added to the control',
    ]);
    expect(closed.table!.rows).toContainEqual([
      'Name a restore deputy',
      'Improvement',
      today,
      'Not recorded',
      'Procedure: Restore runbook v4 (https://wiki.example/restore)',
    ]);
  });
});
