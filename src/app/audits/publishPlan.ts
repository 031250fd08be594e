import type { PublishOutcome } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function publishAuditPlan(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'publishAuditPlan'>,
): Promise<PublishOutcome> {
  throw new Error('publishAuditPlan: not written yet');
}
