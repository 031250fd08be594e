import type { KpiKey } from '../../../../src/contract/review';
import type { Choice } from '../../../shared/forms/SelectField';

export type Direction = 'atLeast' | 'atMost';
export type ObjectiveStatus = 'planned' | 'inProgress' | 'achieved' | 'notAchieved' | 'withdrawn';

export const directionChoices: readonly Choice<Direction>[] = [
  { label: 'At least', value: 'atLeast' },
  { label: 'At most', value: 'atMost' },
];

export const kpiTitles: Record<KpiKey, string> = {
  auditsOnSchedule: 'Audits completed on schedule (%)',
  coverage: 'Programme coverage (%)',
  openNcsByGrade: 'Open nonconformities',
  ncClosureTime: 'NC closure time (median days)',
  overdueCas: 'Overdue corrective actions',
  caEffectiveness: 'CAs effective at first verification (%)',
  repeatFindings: 'Repeat findings',
  incidents: 'Security incidents',
  trainingCompletion: 'Security training completion (%)',
};

export const kpiChoices: readonly Choice<KpiKey>[] = (Object.keys(kpiTitles) as KpiKey[]).map((value) => ({
  label: kpiTitles[value],
  value,
}));

export const statusChoices: readonly Choice<ObjectiveStatus>[] = [
  { label: 'Planned', value: 'planned' },
  { label: 'In progress', value: 'inProgress' },
  { label: 'Achieved', value: 'achieved' },
  { label: 'Not achieved', value: 'notAchieved' },
  { label: 'Withdrawn', value: 'withdrawn' },
];
