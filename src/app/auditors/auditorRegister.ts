import type { AuditorView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function listAuditors(_services: AppServices): Promise<{ auditors: AuditorView[] }> {
  throw new Error('listAuditors: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function saveAuditor(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'saveAuditor'>,
): Promise<AuditorView> {
  throw new Error('saveAuditor: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function recordAuditorEvaluation(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'recordAuditorEvaluation'>,
): Promise<AuditorView> {
  throw new Error('recordAuditorEvaluation: not written yet');
}
