import { planPeople } from '../../../static/programme/src/audits/planPeople';
import { fieldPathsUnder } from '../../../static/shared/forms/fieldPaths';
import { areaFieldPaths } from '../../../static/programme/src/areas/areaDraft';
import { settingsFieldPaths } from '../../../static/programme/src/settings/settingsDraft';
import { soaFieldPaths } from '../../../static/programme/src/soa/soaDraft';

describe('the form kit: field paths', () => {
  it('names each field under its record and the reason at the top, in the order given', () => {
    const paths = fieldPathsUnder('area', ['name', 'ownerId']);
    expect(paths).toEqual({ name: 'area.name', ownerId: 'area.ownerId', reason: 'reason' });
    expect(Object.values(paths)).toEqual(['area.name', 'area.ownerId', 'reason']);
  });

  it('keeps the paths the backend names for areas, settings and SoA lines', () => {
    expect(areaFieldPaths).toEqual({
      name: 'area.name',
      ownerId: 'area.ownerId',
      memberIds: 'area.memberIds',
      likelihood: 'area.likelihood',
      impact: 'area.impact',
      itemIds: 'area.itemIds',
      reason: 'reason',
    });
    expect(settingsFieldPaths).toEqual({
      organisationName: 'settings.organisationName',
      cycleLengthMonths: 'settings.cycleLengthMonths',
      cycleStart: 'settings.cycleStart',
      timeZone: 'settings.timeZone',
      workingDays: 'settings.workingDays',
      reason: 'reason',
    });
    expect(soaFieldPaths).toEqual({
      applicable: 'entry.applicable',
      justification: 'entry.justification',
      implementation: 'entry.implementation',
      ownerId: 'entry.ownerId',
      documents: 'entry.documents',
      reason: 'reason',
    });
  });
});

describe('the form kit: the people an audit plan picks from', () => {
  const person = (accountId: string, displayName: string, roles: string[]) =>
    ({ accountId, displayName, roles }) as unknown as Parameters<typeof planPeople>[0][number];
  const people = [
    person('u-zoe', 'Zoe', ['auditee']),
    person('u-ann', 'Ann', ['auditor']),
    person('u-max', 'Max', ['leadAuditor']),
    person('u-bob', 'Bob', ['auditor']),
  ];

  it('puts lead auditors first, then auditors, then everyone else, by name within each', () => {
    expect(planPeople(people).map((p) => p.displayName)).toEqual(['Max', 'Ann', 'Bob', 'Zoe']);
  });

  it('orders simply by name when auditors need not come first', () => {
    expect(planPeople(people, false)).toEqual([
      { accountId: 'u-ann', displayName: 'Ann' },
      { accountId: 'u-bob', displayName: 'Bob' },
      { accountId: 'u-max', displayName: 'Max' },
      { accountId: 'u-zoe', displayName: 'Zoe' },
    ]);
  });
});
