import { findingClosure } from '../../../../src/domain/actions/findingClosure';
import {
  GradeDuePolicy,
  JiraSettings,
  mayCloseWithoutAction,
  suggestedJiraSettings,
} from '../../../../src/domain/jira/jiraSettings';

const timeZone = 'Europe/Dublin';
const closedAction = (closedAt: string) => ({ state: 'closed' as const, closedAt });
const openAction = { state: 'verification' as const, closedAt: null };

describe('findingClosure: the one meaning of "closed" for a finding', () => {
  it('[ISO10.2] a finding with no action and no exemption is open', () => {
    expect(findingClosure({ actions: [], exemption: null, timeZone })).toEqual({
      closed: false,
      closedOn: null,
      how: null,
    });
  });

  it('[ISO10.2] closes on the day the LAST of its actions closed, in the programme time zone', () => {
    // 23:30 UTC on 30 June is already 1 July in Dublin summer time.
    const closure = findingClosure({
      actions: [closedAction('2026-06-10T09:00:00Z'), closedAction('2026-06-30T23:30:00Z')],
      exemption: null,
      timeZone,
    });
    expect(closure).toEqual({ closed: true, closedOn: '2026-07-01', how: 'actions' });
  });

  it('[ISO10.2] stays open while any of its actions is not closed', () => {
    const closure = findingClosure({
      actions: [closedAction('2026-06-10T09:00:00Z'), openAction],
      exemption: null,
      timeZone,
    });
    expect(closure.closed).toBe(false);
  });

  it('[ISO10.2] a damaged closing stamp leaves the finding open rather than guessing a day', () => {
    expect(findingClosure({ actions: [closedAction('not a time')], exemption: null, timeZone }).closed).toBe(false);
  });

  it('[ISO10.2] a signed exemption closes a finding without actions on the day it was recorded', () => {
    const closure = findingClosure({ actions: [], exemption: { at: '2026-05-04T10:00:00Z' }, timeZone });
    expect(closure).toEqual({ closed: true, closedOn: '2026-05-04', how: 'exemption' });
  });

  it('[ISO10.2] an action opened after an exemption reopens the finding until it closes', () => {
    const exemption = { at: '2026-05-04T10:00:00Z' };
    expect(findingClosure({ actions: [openAction], exemption, timeZone }).closed).toBe(false);
    expect(findingClosure({ actions: [closedAction('2026-06-01T10:00:00Z')], exemption, timeZone })).toEqual({
      closed: true,
      closedOn: '2026-06-01',
      how: 'actions',
    });
  });
});

describe('closing without a corrective action, by grade policy', () => {
  const required = { correctiveAction: 'required' as const, planBusinessDays: 10, implementationBusinessDays: 30 };
  const optional = { correctiveAction: 'optional' as const, planBusinessDays: null, implementationBusinessDays: null };

  it('[ISO10.2] settings saved before the flag existed: optional grades may, required grades may not', () => {
    expect(mayCloseWithoutAction(GradeDuePolicy.parse(optional))).toBe(true);
    expect(mayCloseWithoutAction(GradeDuePolicy.parse(required))).toBe(false);
  });

  it('[ISO10.2] an optional grade may be set to need an action all the same', () => {
    expect(mayCloseWithoutAction(GradeDuePolicy.parse({ ...optional, closeWithoutAction: false }))).toBe(false);
  });

  it('[ISO10.2] a required grade may not be closed without an action, and the message names the field', () => {
    const parsed = GradeDuePolicy.safeParse({ ...required, closeWithoutAction: true });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({
        path: ['closeWithoutAction'],
        message: 'A grade whose corrective action is required cannot be closed without one',
      }),
    ]);
  });

  it('[ISO10.2] the suggested policy allows it for observations and OFIs only; old settings read the NC closed status as "Closed"', () => {
    const { dueDates } = JiraSettings.parse(suggestedJiraSettings);
    expect(Object.entries(dueDates).map(([grade, policy]) => [grade, mayCloseWithoutAction(policy)])).toEqual([
      ['majorNC', false],
      ['minorNC', false],
      ['observation', true],
      ['opportunity', true],
    ]);
    const { nonconformityStatuses: _omitted, ...saved } = suggestedJiraSettings;
    expect(JiraSettings.parse(saved).nonconformityStatuses).toEqual({ closed: 'Closed' });
  });
});
