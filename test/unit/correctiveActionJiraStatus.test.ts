import { alignActionIssue } from '../../src/app/jira/actionIssueStatus';
import type { AppServices } from '../../src/app/services';
import type { CorrectiveActionRecord } from '../../src/domain/actions/correctiveAction';
import { Failure } from '../../src/domain/failure';
import { suggestedJiraSettings } from '../../src/domain/jira/jiraSettings';
import type { JiraIssues, JiraIssueSnapshot } from '../../src/ports/jira';
import { appServicesForTest } from '../support/appServices';

/** A workflow as a graph of status names; `refuse` makes Jira reject moves into a status. */
function fakeJira(edges: Record<string, string[]>, start: string, refuse: string[] = []) {
  let status = start;
  const moves: string[] = [];
  const snapshot = (): JiraIssueSnapshot => ({
    id: '10001',
    key: 'CA-1',
    summary: 'x',
    projectKey: 'CA',
    status: { name: status, category: 'indeterminate' },
    dueDate: null,
    assigneeId: null,
    updated: '2026-11-24T10:00:00.000+0000',
    audit: null,
  });
  const jira: Partial<JiraIssues> = {
    getIssue: async () => snapshot(),
    transitions: async () => (edges[status] ?? []).map((to) => ({ id: to, name: `To ${to}`, toStatus: to })),
    transition: async (_key, id) => {
      if (refuse.includes(id)) throw new Failure('conflict', `Jira refused to move CA-1: ${id} needs a signature`);
      moves.push(id);
      status = id;
    },
  };
  return { jira: jira as JiraIssues, moves, status: () => status };
}

const action = (state: CorrectiveActionRecord['state']): CorrectiveActionRecord => ({
  findingIds: ['f1'],
  auditIds: ['a1'],
  title: 'Automate restores',
  state,
  correction: { text: 'Restored by hand', by: 'u', at: '2026-11-24T10:00:00Z' },
  rootCause: null,
  extent: null,
  plan: null,
  implementation: null,
  planApprovalId: null,
  verificationIds: [],
  notEffectiveCount: 0,
  overdueNotifiedOn: null,
  openedBy: 'u',
  openedAt: '2026-11-24T10:00:00Z',
  closedAt: null,
});

describe('alignActionIssue: Jira follows the action through its own workflow', () => {
  let ctx: Awaited<ReturnType<typeof appServicesForTest>>;
  const at = new Date('2026-11-24T10:00:00Z');
  async function given(state: CorrectiveActionRecord['state'], jira: JiraIssues): Promise<AppServices> {
    const services: AppServices = { ...ctx.services, jira: { ...ctx.services.jira, asApp: () => jira } };
    await services.store.apply({
      entity: 'jiraSettings',
      id: 'jira',
      before: null,
      after: suggestedJiraSettings,
      actor: 'u',
      at,
    });
    await services.store.apply({
      entity: 'correctiveAction',
      id: 'ca_1',
      before: null,
      after: action(state),
      actor: 'u',
      at,
    });
    await services.store.apply({
      entity: 'trackedIssue',
      id: 'correctiveAction:ca_1',
      before: null,
      after: {
        subject: 'correctiveAction',
        subjectId: 'ca_1',
        auditId: 'a1',
        state: 'raised',
        issue: { id: '10001', key: 'CA-1' },
        jobId: null,
        attempts: 1,
        lastError: null,
        jira: null,
        history: [],
      },
      actor: 'u',
      at,
    });
    return services;
  }
  beforeEach(async () => {
    ctx = await appServicesForTest();
  });
  afterEach(() => ctx.close());

  const workflow = {
    Open: ['Action planned'],
    'Action planned': ['Implemented'],
    Implemented: ['Awaiting verification'],
    'Awaiting verification': ['Closed', 'Action planned'],
  };

  it('passes through the mapped statuses on the way, forward only', async () => {
    const fake = fakeJira(workflow, 'Open');
    const outcome = await alignActionIssue(await given('verification', fake.jira), 'ca_1');
    expect(fake.moves).toEqual(['Action planned', 'Implemented', 'Awaiting verification']);
    expect(outcome).toEqual({ moved: true, status: 'Awaiting verification', note: null });
  });

  it('does nothing for a state with no mapped status, or when the issue is already there', async () => {
    const early = fakeJira(workflow, 'Open');
    expect(await alignActionIssue(await given('extent', early.jira), 'ca_1')).toMatchObject({ moved: false });
    expect(early.moves).toEqual([]);
  });

  it('reports a refused transition instead of throwing; the store keeps its state', async () => {
    const fake = fakeJira(workflow, 'Awaiting verification', ['Closed']);
    const services = await given('closed', fake.jira);
    const outcome = await alignActionIssue(services, 'ca_1');
    expect(outcome.moved).toBe(false);
    expect(outcome.note).toContain('needs a signature');
    expect((await services.store.get('correctiveAction', 'ca_1'))!.record.state).toBe('closed');
  });

  it('says so when the workflow has no way to the status', async () => {
    const fake = fakeJira({ Open: ['Cancelled'] }, 'Open');
    const outcome = await alignActionIssue(await given('implementation', fake.jira), 'ca_1');
    expect(outcome).toEqual({
      moved: false,
      status: 'Open',
      note: 'The workflow offers no way from "Open" towards "Action planned"',
    });
  });
});
