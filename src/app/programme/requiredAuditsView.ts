import type { ScheduleProposalWithRequiredAudits } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import { requiredAudits } from '../../domain/programme/requiredAudits';
import { defaultFrequencyPolicy } from '../../domain/programme/riskFrequency';
import type { AppServices, Caller } from '../services';
import { cycleContext } from './cycleContext';
import { areasWithMajorNcInPreviousCycle, proposeSchedule } from './schedule';

/**
 * The proposed schedule, and beside it whether the audits on the programme give each area the
 * number of audits its risk requires in the cycle (see requiredAudits), so a short area is named
 * while its missing audits can still be planned.
 */
export async function proposeScheduleWithRequiredAudits(
  services: AppServices,
  caller: Caller,
  query: ParsedInput<'proposeSchedule'>,
): Promise<ScheduleProposalWithRequiredAudits> {
  const view = await proposeSchedule(services, caller, query);
  const context = await cycleContext(services, query.cycleStart);
  const [programme, areas, audits, majorNc] = await Promise.all([
    services.store.get('auditProgramme', context.programmeId),
    services.store.list('auditableArea'),
    services.store.listBy('audit', 'programmeId', context.programmeId),
    areasWithMajorNcInPreviousCycle(services, context),
  ]);
  return {
    ...view,
    requiredAudits: requiredAudits({
      cycle: context.cycle,
      cycleLengthMonths: context.settings.cycleLengthMonths,
      areas: areas.map((stored) => ({
        id: stored.id,
        name: stored.record.name,
        likelihood: stored.record.likelihood,
        impact: stored.record.impact,
        majorNcInLastCycle: majorNc.has(stored.id),
      })),
      audits: audits.map((audit) => ({ ...audit.record.plan, state: audit.record.state })),
      // Until the programme of the cycle is saved, the default policy, as the proposal uses.
      policy: programme?.record.frequencyPolicy ?? defaultFrequencyPolicy,
      today: context.today,
    }),
  };
}
