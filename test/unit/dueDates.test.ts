import { addBusinessDays, isoWeekday } from '../../src/domain/calendar/businessDays';
import { findingDueDates } from '../../src/domain/jira/dueDates';
import { suggestedJiraSettings } from '../../src/domain/jira/jiraSettings';

const weekdays = [1, 2, 3, 4, 5];

describe('business-day due dates', () => {
  it('knows the weekday of a date', () => {
    expect(isoWeekday('2026-11-24')).toBe(2); // a Tuesday
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('counts working days after the start day, skipping the weekend', () => {
    // Friday + 1 business day is Monday; + 5 is the next Friday.
    expect(addBusinessDays('2026-11-27', 1, weekdays)).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-27', 5, weekdays)).toBe('2026-12-04');
    // Raised on a Saturday: the first business day is Monday.
    expect(addBusinessDays('2026-11-28', 1, weekdays)).toBe('2026-11-30');
    expect(addBusinessDays('2026-11-24', 0, weekdays)).toBe('2026-11-24');
  });

  it("follows the programme's own working days (a Sunday–Thursday week)", () => {
    expect(addBusinessDays('2026-11-26', 1, [7, 1, 2, 3, 4])).toBe('2026-11-29');
  });

  it('gives each grade its policy: major 10 and 30 business days, optional grades none', () => {
    expect(findingDueDates(suggestedJiraSettings, 'majorNC', '2026-11-24', weekdays)).toEqual({
      plan: '2026-12-08',
      implementation: '2027-01-05',
    });
    expect(findingDueDates(suggestedJiraSettings, 'observation', '2026-11-24', weekdays)).toEqual({
      plan: null,
      implementation: null,
    });
  });
});
