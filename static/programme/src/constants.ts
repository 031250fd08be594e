export { roleOrder, roleTitles } from '../../shared/words/roles';

export interface Weekday {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  iso: number;
  short: string;
  name: string;
}

export const weekdays: readonly Weekday[] = [
  { iso: 1, short: 'Mon', name: 'Monday' },
  { iso: 2, short: 'Tue', name: 'Tuesday' },
  { iso: 3, short: 'Wed', name: 'Wednesday' },
  { iso: 4, short: 'Thu', name: 'Thursday' },
  { iso: 5, short: 'Fri', name: 'Friday' },
  { iso: 6, short: 'Sat', name: 'Saturday' },
  { iso: 7, short: 'Sun', name: 'Sunday' },
];

export const cycleLengths = [12, 24] as const;
