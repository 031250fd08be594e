import type { FileDownload } from '../../../contract/programme';
import type { ParsedInput } from '../../../contract/resolvers';
import type { AppServices, Caller } from '../../services';
import { capaEffectivenessCsv } from './capaEffectivenessCsv';
import { correctiveActionRegisterCsv } from './correctiveActionRegisterCsv';
import { findingRegisterCsv } from './findingRegisterCsv';
import { kpiSeriesCsv } from './kpiSeriesCsv';

/** CSV of the finding register, the corrective-action register, the monthly KPI series or the CAPA report. */
export async function exportReviewCsv(
  services: AppServices,
  _caller: Caller,
  input: ParsedInput<'exportReviewCsv'>,
): Promise<FileDownload> {
  const period = input.from !== undefined && input.to !== undefined ? { from: input.from, to: input.to } : {};
  switch (input.register) {
    case 'findings':
      return findingRegisterCsv(services, period);
    case 'correctiveActions':
      return correctiveActionRegisterCsv(services, period);
    case 'kpiSeries':
      return kpiSeriesCsv(services, period);
    case 'capaEffectiveness':
      return capaEffectivenessCsv(services, { ...period, ...(input.capaQuery ? { query: input.capaQuery } : {}) });
  }
}
