import { z } from 'zod';
import { IsoDate } from '../calendar/calendarDate';
import { TimeZone } from '../calendar/timeZone';
import { ProcessOwner } from '../auditors/ownership';

/** ISO weekday numbers: 1 = Monday … 7 = Sunday (date-fns `getISODay`). */
export const IsoWeekday = z.number().int().min(1).max(7);

/**
 * The programme-wide settings a programme manager maintains (clause 9.2.2: the programme's frame).
 * The time zone and working days drive every business-day due date computed later.
 */
export const ProgrammeSettings = z.object({
  organisationName: z.string().trim().min(1, 'Enter the organisation name').max(200),
  cycleLengthMonths: z.union([z.literal(12), z.literal(24)], {
    error: 'The audit cycle is 12 or 24 months',
  }),
  cycleStart: IsoDate,
  timeZone: TimeZone,
  workingDays: z
    .array(IsoWeekday)
    .min(1, 'Choose at least one working day')
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'A working day is listed twice')
    .transform((days) => [...days].sort((a, b) => a - b)),
  /**
   * Who runs each ISMS process (the audit programme, management review, risk assessment…): nobody
   * audits the clauses of a process they run (9.2.2 b). Absent until first set.
   */
  processOwners: z
    .array(ProcessOwner)
    .max(50)
    .refine((owners) => new Set(owners.map((o) => o.process)).size === owners.length, 'A process is listed twice')
    .optional(),
  /**
   * The lowest evaluation result (1–5) that keeps an auditor eligible for audit teams; absent: 3
   * (`defaultMinEvaluationResult`).
   */
  minEvaluationResult: z
    .number()
    .int('The evaluation threshold is a whole number 1 to 5')
    .min(1, 'The evaluation threshold is 1 to 5')
    .max(5, 'The evaluation threshold is 1 to 5')
    .optional(),
});
export type ProgrammeSettings = z.infer<typeof ProgrammeSettings>;

/** What a new installation starts with, until the programme manager saves real values. */
export function defaultProgrammeSettings(today: Date): ProgrammeSettings {
  const year = today.getUTCFullYear();
  return {
    organisationName: 'Your organisation',
    cycleLengthMonths: 12,
    cycleStart: `${year}-01-01`,
    timeZone: 'UTC',
    workingDays: [1, 2, 3, 4, 5],
  };
}
