import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';

/** The stretch of time a management review (or a macro) reports on: first and last day, inclusive. */
export const ReviewPeriod = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((period) => period.from <= period.to, { message: 'The period ends before it starts', path: ['to'] });
export type ReviewPeriod = z.infer<typeof ReviewPeriod>;
