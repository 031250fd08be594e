import type { SoaView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function getStatementOfApplicability(_services: AppServices): Promise<SoaView> {
  throw new Error('getStatementOfApplicability: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function saveSoaEntry(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'saveSoaEntry'>,
): Promise<SoaView> {
  throw new Error('saveSoaEntry: not written yet');
}
