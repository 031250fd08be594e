import type { AuditSummary, AuditView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function listAudits(
  _services: AppServices,
  _query: ParsedInput<'listAudits'>,
): Promise<{ audits: AuditSummary[] }> {
  throw new Error('listAudits: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function getAudit(
  _services: AppServices,
  _caller: Caller,
  _query: ParsedInput<'getAudit'>,
): Promise<AuditView> {
  throw new Error('getAudit: not written yet');
}
