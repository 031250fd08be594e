import type { AreaView } from '../../contract/areas';
import type { CsvImportOutcome, FileDownload } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function exportAreasCsv(_services: AppServices): Promise<FileDownload> {
  throw new Error('exportAreasCsv: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function importAreasCsv(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'importAuditableAreas'>,
): Promise<{ areas: AreaView[]; outcome: CsvImportOutcome }> {
  throw new Error('importAreasCsv: not written yet');
}
