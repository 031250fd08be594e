import { addDays } from '../../domain/calendar/calendarDate';
import type { CoverageView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import { catalogueItem } from '../../domain/catalogue/catalogue';
import { coverage, coverageAuditOf, type ItemCoverage } from '../../domain/programme/coverage';
import { requiredItems } from '../../domain/audits/scope';
import { defaultStatementOfApplicability } from '../../domain/soa/soa';
import type { AppServices, Caller } from '../services';
import { cycleContext } from './cycleContext';

const SOA_ID = 'soa';

/** Why one item will be missed, for a person: what covers it now, and why that is not enough. */
function warningFor(item: ItemCoverage, title: string, lastDay: string, auditTitles: Map<string, string>): string {
  const named = (ids: string[]) => ids.map((id) => `"${auditTitles.get(id) ?? id}"`).join(', ');
  const label = `${item.itemId} ${title}`.trim();
  if (item.status === 'planned') {
    return `${label}: the audits planned for it (${named(item.plannedIn)}) end after the cycle ends on ${lastDay}`;
  }
  const late = item.lateIn.length > 0 ? ` (late and not reported: ${named(item.lateIn)})` : '';
  return `${label}: no audit planned before the cycle ends on ${lastDay} can cover it${late}`;
}

/**
 * A cycle's coverage (9.2.2): per clause and SoA-applicable control, audited, only planned, or a
 * gap, and what the schedule will miss as of today. Always three store reads, however many audits
 * the cycle holds — the settings, the SoA and the cycle's audits — and the SoA is read on every call,
 * so excluding a control shows here at once.
 */
export async function getCoverage(
  services: AppServices,
  _caller: Caller,
  query: ParsedInput<'getCoverage'>,
): Promise<CoverageView> {
  const context = await cycleContext(services, query.cycleStart);
  const [soa, audits] = await Promise.all([
    services.store.get('statementOfApplicability', SOA_ID),
    services.store.listBy('audit', 'programmeId', context.programmeId),
  ]);
  const result = coverage({
    cycle: context.cycle,
    requiredItems: requiredItems(soa?.record ?? defaultStatementOfApplicability()),
    audits: audits.map((audit) => coverageAuditOf(audit)),
    today: context.today,
    timeZone: context.settings.timeZone,
  });
  const titles = Object.fromEntries(result.items.map((item) => [item.itemId, catalogueItem(item.itemId)?.title ?? '']));
  const auditTitles = new Map(audits.map((audit) => [audit.id, audit.record.plan.title]));
  return {
    ...result,
    programmeId: context.programmeId,
    // The rule sorts gaps first, then the planned items that will still be missed.
    warnings: result.items
      .filter((item) => item.willBeMissed)
      .map((item) => warningFor(item, titles[item.itemId] ?? '', addDays(context.cycle.end, -1), auditTitles)),
    titles,
  };
}
