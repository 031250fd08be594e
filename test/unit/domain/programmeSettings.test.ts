import { defaultProgrammeSettings, ProgrammeSettings } from '../../../src/domain/programme/programmeSettings';

const valid = {
  organisationName: 'Acme Biologics Ltd',
  cycleLengthMonths: 24,
  cycleStart: '2026-04-01',
  timeZone: 'Europe/Dublin',
  workingDays: [5, 1, 2, 3, 4],
};

function fieldOf(input: unknown): string | undefined {
  const result = ProgrammeSettings.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.path.join('.');
}

describe('ProgrammeSettings', () => {
  it('accepts valid settings and sorts the working days', () => {
    expect(ProgrammeSettings.parse(valid).workingDays).toEqual([1, 2, 3, 4, 5]);
  });
  it.each([
    ['organisationName', { organisationName: '   ' }],
    ['cycleLengthMonths', { cycleLengthMonths: 18 }],
    ['cycleStart', { cycleStart: '2026-02-30' }],
    ['cycleStart', { cycleStart: '01/04/2026' }],
    ['timeZone', { timeZone: 'Mars/Olympus' }],
    ['workingDays', { workingDays: [] }],
    ['workingDays', { workingDays: [1, 1] }],
    ['workingDays.0', { workingDays: [0] }],
  ])('names %s when it is wrong (%j)', (field, change) => {
    expect(fieldOf({ ...valid, ...change })).toBe(field);
  });
  it('defaults to a calendar-year cycle in UTC with a Monday–Friday week', () => {
    expect(defaultProgrammeSettings(new Date('2026-11-24T00:00:00Z'))).toEqual({
      organisationName: 'Your organisation',
      cycleLengthMonths: 12,
      cycleStart: '2026-01-01',
      timeZone: 'UTC',
      workingDays: [1, 2, 3, 4, 5],
    });
    expect(ProgrammeSettings.safeParse(defaultProgrammeSettings(new Date())).success).toBe(true);
  });
});
