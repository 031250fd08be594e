import type { AuditSummary, ScheduleProposalView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function proposeSchedule(
  _services: AppServices,
  _query: ParsedInput<'proposeSchedule'>,
): Promise<ScheduleProposalView> {
  throw new Error('proposeSchedule: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function adoptProposedSchedule(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'adoptProposedSchedule'>,
): Promise<{ created: AuditSummary[]; alreadyScheduled: number }> {
  throw new Error('adoptProposedSchedule: not written yet');
}
