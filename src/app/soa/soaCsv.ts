import type { CsvImportOutcome, FileDownload, SoaView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import type { AppServices, Caller } from '../services';

// PLACEHOLDER until the use case lands (this file is being written).
export async function exportSoaCsv(_services: AppServices): Promise<FileDownload> {
  throw new Error('exportSoaCsv: not written yet');
}

// PLACEHOLDER until the use case lands (this file is being written).
export async function importSoaCsv(
  _services: AppServices,
  _caller: Caller,
  _command: ParsedInput<'importStatementOfApplicability'>,
): Promise<SoaView & { outcome: CsvImportOutcome }> {
  throw new Error('importSoaCsv: not written yet');
}
