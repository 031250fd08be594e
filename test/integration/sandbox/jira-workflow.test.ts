import { createJiraHarness, expectNoViolations, grace, rahul, sofia, type JiraHarness } from './jira-harness';

const body = (answer: { body: unknown }) => answer.body as any;

/** Transition ids follow the configured order: Start work 11, Submit 21, Close 31, Reopen 41. */
const START = '11';
const SUBMIT = '21';
const CLOSE = '31';
const REOPEN = '41';

describe('workflows', () => {
  let h: JiraHarness;
  let verdict: { result: boolean; errorMessage?: string };
  let conditionHolds: boolean;

  beforeEach(() => {
    verdict = { result: true };
    conditionHolds = true;
    h = createJiraHarness({
      validate: async () => verdict,
      condition: async () => conditionHolds,
    });
  });
  afterEach(() => {
    expectNoViolations(h);
    h.close();
  });

  const transitionNames = async (key: string, as = rahul) =>
    body(await h.asUser(as, 'GET', `/rest/api/3/issue/${key}/transitions`)).transitions.map((t: any) => t.name);
  const move = (key: string, id: string, extra: Record<string, unknown> = {}) =>
    h.asUser(rahul, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id }, ...extra });
  const status = async (key: string) =>
    body(await h.asApp('GET', `/rest/api/3/issue/${key}?fields=status`)).fields.status.name;

  async function awaitingVerification() {
    const { key } = await h.createIssue();
    expect((await move(key, START)).status).toBe(204);
    expect((await move(key, SUBMIT)).status).toBe(204);
    return key;
  }

  it('lists the transitions out of the current status, in the documented shape', async () => {
    const { key } = await h.createIssue();
    const answer = await h.asUser(rahul, 'GET', `/rest/api/3/issue/${key}/transitions`);
    expect(answer.status).toBe(200);
    expect(body(answer).transitions).toEqual([
      {
        id: START,
        name: 'Start work',
        to: {
          self: expect.stringMatching(/\/rest\/api\/3\/status\/\d+$/),
          description: '',
          iconUrl: expect.any(String),
          name: 'In Progress',
          id: expect.any(String),
          statusCategory: expect.objectContaining({ key: 'indeterminate', name: 'In Progress' }),
        },
        hasScreen: false,
        isGlobal: false,
        isInitial: false,
        isAvailable: true,
        isConditional: false,
        looped: false,
      },
    ]);
    await move(key, START);
    expect(await transitionNames(key)).toEqual(['Submit for verification', 'Reopen']);
  });

  it('offers a conditional transition only while its workflow condition holds', async () => {
    const key = await awaitingVerification();
    expect(await transitionNames(key)).toEqual(['Close', 'Reopen']);
    expect(h.ruleCalls.condition.at(-1)).toEqual({ moduleKey: 'verification-recorded', issueKey: key });
    conditionHolds = false;
    expect(await transitionNames(key)).toEqual(['Reopen']);
    const refused = await move(key, CLOSE);
    expect(refused.status).toBe(400);
    expect(body(refused)).toEqual({
      errorMessages: [`Transition id '${CLOSE}' is not valid for this issue.`],
      errors: {},
    });
  });

  it('calls each validator as Forge does and closes the issue when it passes', async () => {
    const key = await awaitingVerification();
    h.advance(60);
    h.events.length = 0;
    expect(await move(key, CLOSE, { fields: { summary: 'Verified effective' } })).toEqual({
      status: 204,
      body: undefined,
    });
    const statuses = body(await h.asApp('GET', '/rest/api/3/status'));
    const idOf = (name: string) => statuses.find((s: any) => s.name === name).id;
    expect(h.ruleCalls.validate).toEqual([
      {
        moduleKey: 'independent-verification',
        input: {
          issue: { key },
          configuration: { requireEffective: true },
          transition: {
            from: { id: idOf('Awaiting verification') },
            to: { id: idOf('Closed') },
            modifiedFields: { summary: 'Verified effective' },
          },
        },
      },
    ]);
    const issue = body(
      await h.asApp('GET', `/rest/api/3/issue/${key}?fields=status,resolution,resolutiondate,summary`),
    );
    expect(issue.fields).toMatchObject({
      status: { name: 'Closed', statusCategory: { key: 'done' } },
      resolution: { name: 'Done' },
      resolutiondate: '2026-03-02T10:00:00.000+0000',
      summary: 'Verified effective',
    });
    expect(h.events).toHaveLength(1);
    expect(h.events[0]!.changelog!.items).toEqual([
      {
        field: 'summary',
        fieldId: 'summary',
        from: null,
        fromString: 'Finding',
        to: null,
        toString: 'Verified effective',
      },
      {
        field: 'status',
        fieldId: 'status',
        from: idOf('Awaiting verification'),
        fromString: 'Awaiting verification',
        to: idOf('Closed'),
        toString: 'Closed',
      },
      { field: 'resolution', fieldId: 'resolution', from: null, fromString: null, to: '10000', toString: 'Done' },
    ]);
    expect(h.events[0]).toMatchObject({ atlassianId: rahul, selfGenerated: false });

    // Reopen (a global transition) clears the resolution.
    expect((await move(key, REOPEN)).status).toBe(204);
    const reopened = body(await h.asApp('GET', `/rest/api/3/issue/${key}?fields=status,resolutiondate`));
    expect(reopened.fields).toEqual({ status: expect.objectContaining({ name: 'Open' }), resolutiondate: null });
    expect(await transitionNames(key)).toEqual(['Start work']);
  });

  it('blocks the transition with the validator’s message when it fails, and changes nothing', async () => {
    const key = await awaitingVerification();
    const before = body(await h.asApp('GET', `/rest/api/3/issue/${key}`));
    const eventsBefore = h.events.length;
    verdict = { result: false, errorMessage: 'Effectiveness must be verified by someone other than the implementer.' };
    h.advance(5);
    const answer = await move(key, CLOSE, { fields: { summary: 'Sneaky edit' } });
    expect(answer.status).toBe(400);
    expect(body(answer)).toEqual({
      errorMessages: ['Effectiveness must be verified by someone other than the implementer.'],
      errors: {},
    });
    expect(body(await h.asApp('GET', `/rest/api/3/issue/${key}`))).toEqual(before);
    expect(h.events).toHaveLength(eventsBefore);
  });

  it('blocks the transition when a validator throws', async () => {
    const h2 = createJiraHarness({
      validate: async () => {
        throw new Error('store unavailable');
      },
    });
    try {
      const { key } = await h2.createIssue();
      for (const id of [START, SUBMIT])
        await h2.asApp('POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } });
      const answer = await h2.asApp('POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: CLOSE } });
      expect(answer.status).toBe(400);
      expect(body(answer).errorMessages[0]).toMatch(/independent-verification.*store unavailable/);
      expectNoViolations(h2);
    } finally {
      h2.close();
    }
  });

  it('refuses an unknown or unavailable transition, a missing id, a bad field, and a user without the permission', async () => {
    const { key } = await h.createIssue();
    expect(body(await move(key, SUBMIT)).errorMessages).toEqual([
      `Transition id '${SUBMIT}' is not valid for this issue.`,
    ]);
    expect((await move(key, '999')).status).toBe(400);
    const missing = await h.asUser(rahul, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: {} });
    expect(body(missing).errorMessages).toEqual(["Missing 'transition' identifier"]);
    const badField = await move(key, START, { fields: { duedate: 'tomorrow' } });
    expect(badField.status).toBe(400);
    expect(body(badField).errors).toEqual({ duedate: 'Error parsing date string: tomorrow' });
    // Grace may browse but not transition: no transitions listed, 403 on POST.
    expect(await transitionNames(key, grace)).toEqual([]);
    const forbidden = await h.asUser(grace, 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: START },
    });
    expect(forbidden.status).toBe(403);
    expect(await status(key)).toBe('Open');
    expect(
      (await h.asUser(sofia, 'POST', '/rest/api/3/issue/NC-99/transitions', { transition: { id: START } })).status,
    ).toBe(404);
  });

  it('answers the status catalogue and the four status categories', async () => {
    const statuses = body(await h.asApp('GET', '/rest/api/3/status'));
    expect(statuses.map((s: any) => [s.name, s.statusCategory.key])).toEqual([
      ['Open', 'new'],
      ['In Progress', 'indeterminate'],
      ['Awaiting verification', 'indeterminate'],
      ['Closed', 'done'],
    ]);
    const categories = body(await h.asApp('GET', '/rest/api/3/statuscategory'));
    expect(categories.map((c: any) => [c.id, c.key])).toEqual([
      [1, 'undefined'],
      [2, 'new'],
      [4, 'indeterminate'],
      [3, 'done'],
    ]);
  });
});
