import type { EvidenceView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function collectEvidence(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'collectEvidence'>,
): Promise<EvidenceView> {
  throw new Error('collectEvidence: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function listEvidence(
  _services: AppServices,
  _query: ParsedInput<'listEvidence'>,
): Promise<{ evidence: EvidenceView[] }> {
  throw new Error('listEvidence: not written yet');
}
