import { z } from 'zod';

/** A calendar month, `YYYY-MM`: the period the programme manager records outside figures for. */
export const FiguresMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month such as 2026-09');

/**
 * Figures the app cannot derive: security incidents and training completion of one month, as the
 * programme manager recorded them or as a configured JQL count found them (id = the month).
 */
export const PeriodFiguresRecord = z.object({
  month: FiguresMonth,
  incidents: z.number().int().min(0).nullable(),
  /** Mean time to resolve those incidents, in hours. */
  incidentHoursToResolve: z.number().min(0).max(100000).nullable(),
  /** Where `incidents` came from: typed in, or counted in Jira with `incidentsJql` at `countedAt`. */
  incidentsSource: z.enum(['recorded', 'jql']),
  incidentsJql: z.string().trim().max(2000).nullable(),
  countedAt: z.string().nullable(),
  /** Share of people whose required security training is complete, 0–100. */
  trainingCompletionPct: z.number().min(0).max(100).nullable(),
  note: z.string().trim().max(2000).default(''),
});
export type PeriodFiguresRecord = z.infer<typeof PeriodFiguresRecord>;
