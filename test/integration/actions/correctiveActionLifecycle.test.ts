import { verificationIdFor } from '../../../src/domain/actions/caVerification';
import {
  approve,
  assign,
  findingIds,
  hannah,
  implementation,
  jira,
  lead,
  manager,
  ok,
  olu,
  open,
  plan,
  planToVerification,
  plusDays,
  services,
  sofia,
  statusOf,
  step,
  toVerification,
  today,
  transitionByHand,
  value,
  verify,
  useLifecycleFixture,
} from './correctiveActionLifecycle.fixture';

useLifecycleFixture();

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
});
