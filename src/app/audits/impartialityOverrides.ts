import type { AuditView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function overrideImpartiality(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'overrideImpartiality'>,
): Promise<AuditView> {
  throw new Error('overrideImpartiality: not written yet');
}
