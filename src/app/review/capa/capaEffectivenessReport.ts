import type { CapaEffectivenessReportView } from '../../../contract/capa';
import type { ParsedInput } from '../../../contract/resolvers';
import { capaEffectivenessReport as buildReport } from '../../../domain/review/capa/capaEffectivenessReport';
import { capaQueries, CapaQueryName, selectCapaRows } from '../../../domain/review/capa/capaQueries';
import type { AppServices, Caller } from '../../services';
import { loadCapaReportFacts } from './capaReportFacts';

/**
 * The CAPA effectiveness report, whole or the rows answering one saved query, of one source or
 * all. Any app role may read it, as the other registers: it shows what the registers show.
 */
export async function getCapaEffectivenessReport(
  services: AppServices,
  _caller: Caller,
  input: ParsedInput<'getCapaEffectivenessReport'>,
): Promise<CapaEffectivenessReportView> {
  const facts = await loadCapaReportFacts(services);
  const all = buildReport(facts);
  const ofSource = selectCapaRows(all, { source: input.source });
  return {
    today: facts.today,
    query: input.query ?? null,
    source: input.source ?? null,
    queries: CapaQueryName.options.map((name) => ({
      name,
      title: capaQueries[name].title,
      meaning: capaQueries[name].meaning,
      count: selectCapaRows(ofSource, { query: name }).length,
    })),
    sources: [...new Set(all.map((row) => row.source))].sort(),
    rows: selectCapaRows(ofSource, { query: input.query }),
  };
}
