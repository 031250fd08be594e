import { JiraSettings, suggestedJiraSettings } from '../../../src/domain/jira/jiraSettings';
import type { CorrectiveActionView } from '../../../src/contract';
import {
  allFieldPaths,
  draftFrom,
  settingsInput,
  type JiraSettingsInput,
} from '../../../static/jira-admin/src/settingsDraft';
import { waitingFor } from '../../../static/programme/src/actions/waitingForYou';
import { exemptionsByFinding } from '../../../static/programme/src/actions/findingExemptions';
import type { CapaReportRow } from '../../../src/contract/capa';

describe('the Jira admin form: what it sends is what it read, through the settings schema', () => {
  it('[ISO10.2d] keeps every grade’s effectiveness waiting period and exemption switch, and the NC closed status', () => {
    const saved = JiraSettings.parse({
      ...suggestedJiraSettings,
      nonconformityStatuses: { closed: 'Done' },
      dueDates: {
        ...suggestedJiraSettings.dueDates,
        minorNC: { ...suggestedJiraSettings.dueDates.minorNC, effectivenessWaitDays: 45 },
      },
    });
    const sent = JiraSettings.parse(settingsInput(draftFrom(saved)));
    expect(sent).toEqual(saved);
    expect(sent.dueDates.majorNC.effectivenessWaitDays).toBe(60);
    expect(sent.dueDates.observation.closeWithoutAction).toBe(true);
    expect(sent.nonconformityStatuses.closed).toBe('Done');
  });

  it('[ISO10.2c] reads settings saved before the exemption switch as the backend does, and sends that explicitly', () => {
    const older = structuredClone(suggestedJiraSettings) as JiraSettingsInput;
    for (const policy of Object.values(older.dueDates)) {
      delete policy.closeWithoutAction;
      delete policy.effectivenessWaitDays;
    }
    delete older.nonconformityStatuses;
    const draft = draftFrom(older);
    expect(draft.dueDates.majorNC).toMatchObject({ closeWithoutAction: false, effectivenessWaitDays: '0' });
    expect(draft.dueDates.opportunity).toMatchObject({ closeWithoutAction: true, effectivenessWaitDays: '0' });
    expect(draft.ncClosedStatus).toBe('Closed');
  });

  it('sends an empty waiting period as 0 and an empty due date as none', () => {
    const draft = draftFrom(suggestedJiraSettings);
    draft.dueDates.observation = { ...draft.dueDates.observation, effectivenessWaitDays: ' ' };
    const sent = settingsInput(draft);
    expect(sent.dueDates.observation).toMatchObject({ effectivenessWaitDays: 0, planBusinessDays: null });
  });

  it('[ISO10.2c] lets the backend refuse "close without action" for a required grade, at the field the form shows', () => {
    const draft = draftFrom(suggestedJiraSettings);
    draft.dueDates.majorNC = { ...draft.dueDates.majorNC, closeWithoutAction: true };
    const parsed = JiraSettings.safeParse(settingsInput(draft));
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    const field = ['settings', ...issue.path].join('.');
    expect(field).toBe('settings.dueDates.majorNC.closeWithoutAction');
    expect(allFieldPaths).toContain(field);
    expect(issue.message).toBe('A grade whose corrective action is required cannot be closed without one');
  });
});

describe('the Findings & actions tab: what waits for the caller', () => {
  const view = (id: string, change: Partial<CorrectiveActionView>): CorrectiveActionView =>
    ({
      id,
      issueKey: `CA-${id}`,
      issueUrl: null,
      ownerName: 'Ciara Walsh',
      action: { title: `Action ${id}`, plan: { dueDate: '2027-01-29' } },
      extensions: [],
      may: { recordStep: false, verify: false, approvePlan: false, requestExtension: false, decideExtension: false },
      ...change,
    }) as unknown as CorrectiveActionView;
  const extension = (id: string, decided: boolean) => ({
    id,
    version: 1,
    requesterName: 'Ciara Walsh',
    deciderName: null,
    signed: false,
    extension: {
      fromDate: '2027-01-29',
      toDate: '2027-03-01',
      justification: 'The supplier ships the new firewall in February',
      decision: decided ? { result: 'refused', by: 'x', at: '2027-01-02T09:00:00Z', note: '' } : null,
    },
  });
  const may = (change: Partial<CorrectiveActionView['may']>) =>
    ({ ...view('x', {}).may, ...change }) as CorrectiveActionView['may'];

  it('[ISO10.2c] lists the plans the caller may approve, then the undecided extensions the caller may decide', () => {
    const items = waitingFor([
      view('1', {}),
      view('2', { may: may({ approvePlan: true }) }),
      view('3', {
        may: may({ decideExtension: true }),
        extensions: [extension('3:e1', true), extension('3:e2', false)] as CorrectiveActionView['extensions'],
      }),
      // Asked for by the caller: the backend says they may not decide it, so it does not wait for them.
      view('4', { extensions: [extension('4:e1', false)] as CorrectiveActionView['extensions'] }),
    ]);
    expect(items.map((item) => [item.kind, item.key])).toEqual([
      ['plan', 'plan-2'],
      ['extension', 'extension-3:e2'],
    ]);
    expect(items[0]!.detail).toBe('Plan by Ciara Walsh, to be implemented by 2027-01-29');
    expect(items[1]!.detail).toBe(
      'Ciara Walsh asks to move 2027-01-29 to 2027-03-01: The supplier ships the new firewall in February',
    );
  });
});

describe('the Findings & actions tab: findings closed without corrective action', () => {
  const row = (findingId: string, change: Partial<CapaReportRow>) =>
    ({
      findingId,
      closure: { closed: false, closedOn: null, how: null },
      exemption: null,
      ...change,
    }) as CapaReportRow;
  const signedBy = {
    byId: 'a1',
    byName: 'Aoife Brennan',
    reason: 'Already covered by the access review',
    signed: true,
  };

  it('[ISO10.2b] shows "no action needed" only where the one rule of closed says the exemption closed it', () => {
    const exempted = exemptionsByFinding([
      row('f1', {
        closure: { closed: true, closedOn: '2027-01-04', how: 'exemption' },
        exemption: { ...signedBy, on: '2027-01-04' },
      }),
      // An action opened after the exemption reopens the finding: the exemption no longer closes it.
      row('f2', { exemption: { ...signedBy, on: '2027-01-02' } }),
      row('f3', { closure: { closed: true, closedOn: '2027-01-05', how: 'actions' } }),
    ]);
    expect([...exempted.keys()]).toEqual(['f1']);
    expect(exempted.get('f1')).toEqual({
      byName: 'Aoife Brennan',
      on: '2027-01-04',
      reason: 'Already covered by the access review',
      signed: true,
    });
  });
});
