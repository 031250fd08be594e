import type { FindingView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function recordFinding(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'recordFinding'>,
): Promise<FindingView> {
  throw new Error('recordFinding: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function listFindings(
  _services: AppServices,
  _query: ParsedInput<'listFindings'>,
): Promise<{ findings: FindingView[] }> {
  throw new Error('listFindings: not written yet');
}
