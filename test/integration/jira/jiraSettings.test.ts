import { fakeDateOnly } from '../../support/fakeDate';
import type { JiraSettingsCheck, JiraSettingsView } from '../../../src/contract/jira';
import { suggestedJiraSettings, type JiraSettings } from '../../../src/domain/jira/jiraSettings';
import { demoWorkflow } from '../../../sandbox/demo/company';
import { demoUsers } from '../../../sandbox/site/users';
import { SandboxPlatform } from '../../../sandbox/site/sandboxPlatform';

const byName = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;
/** A Jira administrator, and the first programme manager (getSession bootstraps her). */
const aoife = byName('Aoife Brennan');
/** A programme manager who is not a Jira administrator. */
const rahul = byName('Rahul Mehta');
const grace = byName('Grace Okafor');

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; field?: string } };

/** A fresh copy of the suggestion with `change` applied, as the admin page would send it. */
function settingsWith(change: (settings: JiraSettings) => void): JiraSettings {
  const settings = structuredClone(suggestedJiraSettings);
  change(settings);
  return settings;
}

describe('the Jira configuration (admin page resolvers) on the sandbox platform', () => {
  let platform: SandboxPlatform;
  const call = <T>(name: string, payload: unknown, who: string) =>
    platform.invoke(name, payload, who) as Promise<Answer<T>>;
  const get = async (who = aoife) => {
    const answer = await call<JiraSettingsView>('getJiraSettings', {}, who);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  };
  const save = (settings: JiraSettings, expectedVersion: number, who = aoife) =>
    call<JiraSettingsView>('saveJiraSettings', { settings, expectedVersion }, who);
  const check = (settings: JiraSettings, who = aoife) =>
    call<JiraSettingsCheck>('checkJiraSettings', { settings }, who);
  const trailLength = async () => {
    const page = await call<{ entries: unknown[] }>('listAuditTrail', { limit: 500 }, aoife);
    if (!page.ok) throw new Error(page.error.message);
    return page.value.entries.length;
  };

  beforeAll(async () => {
    platform = new SandboxPlatform();
    for (const [key, name, issueType] of [
      ['NC', 'Nonconformities', 'Nonconformity'],
      ['CA', 'Corrective actions', 'Corrective action'],
    ] as const) {
      platform.jira.configureProject({ key, name, issueTypes: [{ name: issueType }], workflow: demoWorkflow });
    }
    // The IT team's service desk: a plain workflow, and Rahul may not see it.
    platform.jira.configureProject({
      key: 'OPS',
      name: 'IT operations',
      issueTypes: [{ name: 'Task' }],
      workflow: {
        statuses: [
          { name: 'To do', category: 'new' },
          { name: 'Doing', category: 'indeterminate' },
          { name: 'Done', category: 'done' },
        ],
        initial: 'To do',
        transitions: [
          { name: 'Start', from: ['To do'], to: 'Doing' },
          { name: 'Finish', from: ['Doing'], to: 'Done' },
        ],
      },
      permissions: { [rahul]: [] },
    });
    await platform.invoke('getSession', {}, aoife);
    for (const [who, roles] of [
      [rahul, ['programmeManager']],
      [grace, ['auditor']],
    ] as const) {
      const granted = await call('setUserRoles', { accountId: who, roles, expectedVersion: 0 }, aoife);
      expect(granted.ok).toBe(true);
    }
    // Business days count in the programme's time zone and on its working days.
    const programme = await call(
      'updateProgrammeSettings',
      {
        settings: {
          organisationName: 'Helix Biologics Ltd',
          cycleLengthMonths: 12,
          cycleStart: '2026-01-01',
          timeZone: 'Pacific/Auckland',
          workingDays: [1, 2, 3, 4, 5],
        },
        expectedVersion: 0,
      },
      aoife,
    );
    expect(programme.ok).toBe(true);
  });
  afterAll(async () => {
    expect(platform.violations).toEqual([]);
    await platform.close();
  });

  it('starts with no settings, the suggestion checked against the live projects, and the programme calendar', async () => {
    const view = await get(grace);
    expect(view.settings).toBeNull();
    expect(view.version).toBe(0);
    expect(view.suggested).toEqual(suggestedJiraSettings);
    expect(view.problems).toEqual([]);
    expect(view.choices.correctiveActionIssueTypes).toEqual(['Corrective action']);
    expect(view.choices.statuses).toEqual(
      expect.arrayContaining([
        { name: 'Closed', category: 'done' },
        { name: 'Awaiting verification', category: 'indeterminate' },
      ]),
    );
    expect(view.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(view.timeZone).toBe('Pacific/Auckland');
  });

  it('checks without saving and gives the example due dates of a finding raised today in the programme time zone', async () => {
    const before = await trailLength();
    // The app reads the system clock (as on Forge): only Date is faked, timers run as usual.
    fakeDateOnly(new Date('2026-11-27T20:00:00Z'));
    const answer = await check(
      settingsWith((s) => {
        s.dueDates.majorNC.planBusinessDays = 5;
      }),
    ).finally(() => jest.useRealTimers());
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.problems).toEqual([]);
    // 2026-11-27 20:00 UTC is already Saturday 28 November in Auckland, the programme's time zone: five working days end on Friday, thirty six weeks later.
    expect(answer.value.exampleRaisedOn).toBe('2026-11-28');
    const { majorNC, minorNC, observation } = answer.value.exampleDueDates;
    expect(majorNC).toEqual({ plan: '2026-12-04', implementation: '2027-01-08' });
    expect(minorNC).toEqual({ plan: '2026-12-25', implementation: '2027-02-19' });
    expect(observation).toEqual({ plan: null, implementation: null });
    expect(await trailLength()).toBe(before);
    expect((await get()).version).toBe(0);
  });

  it('saves good settings, and reads them back checked', async () => {
    const settings = settingsWith((s) => {
      s.dueDates.majorNC.planBusinessDays = 7;
      s.labels = ['iso27001-internal-audit', 'isms'];
    });
    const saved = await save(settings, 0);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.version).toBe(1);
    expect(saved.value.problems).toEqual([]);
    const view = await get(grace);
    expect(view.settings?.dueDates.majorNC.planBusinessDays).toBe(7);
    expect(view.settings?.labels).toEqual(['iso27001-internal-audit', 'isms']);
    expect(view.version).toBe(1);
  });

  const refusals: Array<[string, (s: JiraSettings) => void, string, RegExp]> = [
    [
      'a missing project',
      (s) => (s.nonconformities.projectKey = 'NOPE'),
      'settings.nonconformities.projectKey',
      /NOPE/,
    ],
    [
      'an issue type the project lacks',
      (s) => (s.nonconformities.issueType = 'Bug'),
      'settings.nonconformities.issueType',
      /no issue type "Bug".*Nonconformity/,
    ],
    [
      'an issue type of the other project',
      (s) => (s.correctiveActions.issueType = 'Nonconformity'),
      'settings.correctiveActions.issueType',
      /Project CA has no issue type "Nonconformity"/,
    ],
    [
      'a status in no workflow',
      (s) => (s.statuses.verification = 'Under review'),
      'settings.statuses.verification',
      /no status "Under review"/,
    ],
    [
      'a closed status outside the done category',
      (s) => {
        s.statuses.closed = 'Open';
      },
      'settings.statuses.closed',
      /not a done status/,
    ],
    [
      'a step before closing in the done category',
      (s) => {
        s.statuses.implemented = 'Closed';
        s.statuses.closed = 'Open';
      },
      'settings.statuses.implemented',
      /"Closed" is a done status/,
    ],
  ];

  it.each(refusals)('refuses %s, naming the field, and writes nothing', async (_what, change, field, message) => {
    const before = await trailLength();
    const refused = await save(settingsWith(change), 1);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.field).toBe(field);
    expect(refused.error.message).toMatch(message);
    expect(await trailLength()).toBe(before);
    expect((await get()).version).toBe(1);
  });

  it('refuses a mapping the schema already rules out (one status for two steps) before asking Jira', async () => {
    const refused = await save(
      settingsWith((s) => (s.statuses.closed = 'Implemented')),
      1,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'settings.statuses.closed' } });
  });

  it("reports a mapped status the corrective-action project's workflow lacks, and offers its statuses", async () => {
    const answer = await check(
      settingsWith((s) => {
        s.correctiveActions = { projectKey: 'OPS', issueType: 'Task' };
        s.statuses = { planned: 'Doing', implemented: 'Implemented', verification: 'Review', closed: 'Done' };
      }),
    );
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.problems.map((p) => p.field)).toContain('settings.statuses.verification');
    expect(answer.value.choices.statuses.map((s) => s.name)).toEqual(
      expect.arrayContaining(['To do', 'Doing', 'Done']),
    );
  });

  // Known gap: the adapter's project() lists the site's statuses (`GET /status`), not the project
  // workflow's (`GET /project/{key}/statuses`, which the emulator does not answer yet), so a
  // status of the NC/CA workflow passes for one of OPS. Flip to `it` once project() is per project.
  it.failing("does not take another project's status for one of the corrective-action project's workflow", async () => {
    const answer = await check(
      settingsWith((s) => {
        s.correctiveActions = { projectKey: 'OPS', issueType: 'Task' };
        s.statuses = { planned: 'Action planned', implemented: 'Doing', verification: 'To do', closed: 'Done' };
      }),
    );
    expect(answer.ok && answer.value.problems.map((p) => p.field)).toEqual(['settings.statuses.planned']);
  });

  it('shows a saved configuration the projects no longer satisfy as problems', async () => {
    // A Jira admin later renames the NC project's issue type: the app's view says so.
    platform.jira.configureProject({
      key: 'NC',
      name: 'Nonconformities',
      issueTypes: [{ name: 'Audit finding' }],
      workflow: demoWorkflow,
    });
    const view = await get(grace);
    expect(view.problems).toEqual([expect.objectContaining({ field: 'settings.nonconformities.issueType' })]);
    platform.jira.configureProject({
      key: 'NC',
      name: 'Nonconformities',
      issueTypes: [{ name: 'Nonconformity' }],
      workflow: demoWorkflow,
    });
    expect((await get(grace)).problems).toEqual([]);
  });

  it('lets a programme manager who is not a Jira administrator point the app only at projects they can see', async () => {
    const target = settingsWith((s) => (s.correctiveActions = { projectKey: 'OPS', issueType: 'Task' }));
    const refused = await save(target, 1, rahul);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'settings.correctiveActions.projectKey' },
    });
    const seen = await check(target, rahul);
    expect(seen.ok && seen.value.problems.map((p) => p.field)).toContain('settings.correctiveActions.projectKey');
    // Aoife administers Jira: the same project is hers to choose (its statuses are another matter).
    const asAdmin = await check(target, aoife);
    expect(asAdmin.ok && asAdmin.value.problems.map((p) => p.field)).not.toContain(
      'settings.correctiveActions.projectKey',
    );
    expect((await get()).version).toBe(1);
  });

  it('refuses a save over a newer version, and one by an auditor, and lets neither check', async () => {
    const before = await trailLength();
    expect(await save(suggestedJiraSettings, 0)).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    expect(await save(suggestedJiraSettings, 1, grace)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await check(suggestedJiraSettings, grace)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await trailLength()).toBe(before);
    expect((await get()).version).toBe(1);
  });

  it('lets a second programme manager change the saved settings, with the change in the trail', async () => {
    const before = await trailLength();
    const saved = await save(
      settingsWith((s) => (s.dueDates.minorNC.implementationBusinessDays = 45)),
      1,
      rahul,
    );
    expect(saved).toMatchObject({ ok: true, value: { version: 2 } });
    expect(await trailLength()).toBe(before + 1);
  });
});
