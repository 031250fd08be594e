import { fakeDateOnly } from '../../support/fakeDate';
import {
  approve,
  auditees,
  call,
  chloe,
  findingIds,
  grace,
  jira,
  lead,
  manager,
  ncAudits,
  ok,
  platform,
  plan,
  plusDays,
  sofia,
  step,
  toVerification,
  today,
  value,
  verify,
  useLifecycleFixture,
} from './correctiveActionLifecycle.fixture';

useLifecycleFixture();

describe('the corrective-action lifecycle and the verification gate, on the local platform', () => {
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
    fakeDateOnly();
    moveDays(45);
    const { today: later, items } = await value('listOverdue', {}, sofia);
    const action = items.find((i: any) => i.kind === 'action' && i.subjectId === planned.id);
    expect(action).toMatchObject({ dueDate: plusDays(today, 3), ownerId: lead, ownerName: 'Rahul Mehta' });
    // The CA ageing macro names the plan owner too: by the name stored with the plan, asking Jira nothing.
    const ageing = await value('getMacroData', { macro: 'caAgeing', config: {} }, sofia);
    expect(ageing.view.items.find((i: any) => i.correctiveActionId === planned.id)).toMatchObject({
      ownerName: 'Rahul Mehta',
    });
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
