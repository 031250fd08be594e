import type { AuditView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function saveAuditPlan(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'saveAuditPlan'>,
): Promise<AuditView> {
  throw new Error('saveAuditPlan: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function cancelAudit(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'cancelAudit'>,
): Promise<{ cancelled: true }> {
  throw new Error('cancelAudit: not written yet');
}
