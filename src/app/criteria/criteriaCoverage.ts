import type { CriteriaCoverageView } from '../../contract/criteria';
import type { ParsedInput } from '../../contract/resolvers';
import { criteriaSetCoverage } from '../../domain/criteria/criteriaSetCoverage';
import { notFound } from '../../domain/failure';
import { coverageAuditOf } from '../../domain/programme/coverage';
import { cycleContext } from '../programme/cycleContext';
import type { AppServices, Caller } from '../services';

/**
 * A cycle's coverage of one company criteria set: its requirements audited, planned or a gap, by
 * group, a line citing a cross-referenced ISO item counting too. The ISO view (getCoverage) is
 * unchanged; this is the view with another set chosen in the set filter.
 */
export async function getCriteriaCoverage(
  services: AppServices,
  _caller: Caller,
  query: ParsedInput<'getCriteriaCoverage'>,
): Promise<CriteriaCoverageView> {
  const context = await cycleContext(services, query.cycleStart);
  const [sets, audits] = await Promise.all([
    services.store.list('criteriaSet'),
    services.store.listBy('audit', 'programmeId', context.programmeId),
  ]);
  const chosen = sets.find((stored) => stored.id === query.setId);
  if (!chosen) throw notFound(`There is no criteria set ${query.setId}`);
  const result = criteriaSetCoverage({
    set: chosen.record.content,
    sets: sets.map((stored) => stored.record.content),
    cycle: context.cycle,
    audits: audits.map((audit) => {
      const seen = coverageAuditOf(audit);
      return { ...seen, results: seen.results ?? [] };
    }),
    today: context.today,
  });
  return { ...result, cycle: context.cycle, programmeId: context.programmeId, title: chosen.record.content.title };
}
