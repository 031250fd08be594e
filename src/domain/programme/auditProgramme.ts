import { z } from 'zod';
import { FrequencyPolicy } from './riskFrequency';
import { IsoDate } from '../calendar/calendarDate';

const text = (what: string) => z.string().trim().max(5000, `${what} is at most 5000 characters`).default('');

/**
 * The audit programme of one cycle (9.2.2 a–b): what it is for, against what, how, who does what
 * and how results are reported, plus the risk-based frequency policy its schedule is proposed by.
 * One record per cycle, keyed by the cycle's first day (`programmeIdFor`).
 */
export const AuditProgramme = z.object({
  cycleStart: IsoDate,
  cycleLengthMonths: z.union([z.literal(12), z.literal(24)], { error: 'The audit cycle is 12 or 24 months' }),
  objectives: text('Objectives'),
  criteria: text('Criteria'),
  methods: text('Methods'),
  responsibilities: text('Responsibilities'),
  reporting: text('Reporting'),
  frequencyPolicy: FrequencyPolicy.prefault({}),
  /** The Confluence space audit plans and reports are published in; null until chosen. */
  ismsSpaceKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,255}$/, 'A space key is letters and digits, e.g. ISMS')
    .nullable()
    .default(null),
});
export type AuditProgramme = z.infer<typeof AuditProgramme>;
export type AuditProgrammeInput = z.input<typeof AuditProgramme>;

/** The store id of the programme of the cycle starting on `cycleStart`. */
export const programmeIdFor = (cycleStart: string) => `cycle-${cycleStart}`;
