import type { ProgrammeView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function getAuditProgramme(
  _services: AppServices,
  _query: ParsedInput<'getAuditProgramme'>,
): Promise<ProgrammeView> {
  throw new Error('getAuditProgramme: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function saveAuditProgramme(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'saveAuditProgramme'>,
): Promise<ProgrammeView> {
  throw new Error('saveAuditProgramme: not written yet');
}
