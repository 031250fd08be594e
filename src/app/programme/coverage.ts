import type { CoverageView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function getCoverage(_services: AppServices, _query: ParsedInput<'getCoverage'>): Promise<CoverageView> {
  throw new Error('getCoverage: not written yet');
}
