import type { FileDownload } from '../../../contract/programme';
import { Failure } from '../../../domain/failure';
import type { AppServices } from '../../services';

/** The period asked for (both ends), or none: the programme's current cycle. */
export async function findingRegisterCsv(
  _services: AppServices,
  _period: { from?: string; to?: string },
): Promise<FileDownload> {
  throw new Failure('unavailable', 'This export is not available yet');
}
