import { z } from 'zod';
import { IsoDate } from '../../calendar/calendarDate';
import { KpiKey } from '../macroConfig';
import { TargetLevel } from './kpiTarget';

/** Where an objective stands, as its owner reports it to the programme manager. */
export const ObjectiveStatus = z.enum(['planned', 'inProgress', 'achieved', 'notAchieved', 'withdrawn'], {
  error: 'Choose a status: planned, in progress, achieved, not achieved or withdrawn',
});
export type ObjectiveStatus = z.infer<typeof ObjectiveStatus>;

export const objectiveStatusWords: Record<ObjectiveStatus, string> = {
  planned: 'Planned',
  inProgress: 'In progress',
  achieved: 'Achieved',
  notAchieved: 'Not achieved',
  withdrawn: 'Withdrawn',
};

/**
 * How an objective is measured: by a KPI the app computes (its fulfilment is then computed for the
 * review's period), or by a measure the organisation keeps elsewhere (its result is entered).
 */
export const ObjectiveMeasure = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('kpi'), kpi: KpiKey, level: TargetLevel }),
    z.object({
      kind: z.literal('entered'),
      description: z.string().trim().min(1, 'Say how the objective is measured').max(500, 'At most 500 characters'),
      target: z.string().trim().min(1, 'Say what counts as fulfilled').max(200, 'At most 200 characters'),
      /** The latest result as entered by the programme manager ("" while none is). */
      result: z.string().trim().max(2000, 'At most 2,000 characters').default(''),
    }),
  ],
  { error: 'Choose how the objective is measured: by one of the app’s KPIs or entered' },
);
export type ObjectiveMeasure = z.infer<typeof ObjectiveMeasure>;

/** What the programme manager sends for an objective: the owner by account id only. */
export const SecurityObjectiveInput = z.object({
  title: z.string().trim().min(1, 'Say what the objective is').max(300, 'At most 300 characters'),
  measure: ObjectiveMeasure,
  ownerId: z.string().trim().min(1, 'Choose the owner').max(128),
  dueDate: IsoDate,
  status: ObjectiveStatus,
});
export type SecurityObjectiveInput = z.infer<typeof SecurityObjectiveInput>;

/**
 * An information-security objective (ISO 27001 6.2: what will be done, how it is measured, the
 * target, who is responsible, when it is due) as stored, one record each, versioned and trailed.
 * The owner's display name is taken when it is entered, so pages print it without asking Jira.
 */
export const SecurityObjective = SecurityObjectiveInput.extend({
  ownerName: z.string().max(255),
});
export type SecurityObjective = z.infer<typeof SecurityObjective>;
