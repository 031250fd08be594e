import { expandScope } from '../../domain/audits/scope';
import type { AuditSummary } from '../../contract/audits';
import type { ScheduleProposalView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import { Failure, invalidInput } from '../../domain/failure';
import type { AuditableArea } from '../../domain/areas/auditableArea';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import { programmeIdFor, type AuditProgramme } from '../../domain/programme/auditProgramme';
import { cycleContaining } from '../../domain/programme/cycle';
import { addDays } from '../../domain/calendar/calendarDate';
import { defaultFrequencyPolicy, proposeSchedule as proposeAudits } from '../../domain/programme/riskFrequency';
import { placeProposals, whyNothingToAdopt, type PlacedProposal } from '../../domain/programme/proposalAgainstSchedule';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { toAuditSummary } from './auditSummary';
import { getCoverage } from './coverage';
import { cycleContext, type CycleContext } from './cycleContext';

/**
 * The id of the audit adopted for one proposal. Deterministic, so adopting again (or after a crash
 * halfway) finds the audits it created instead of creating them twice.
 */
export const proposedAuditId = (cycleStart: string, areaId: string, occurrence: number) =>
  `audit-${cycleStart}-${areaId}-${occurrence}`;

const TITLE_MAX = 200;

/** "<area> audit 1 of 2", the area name shortened if needed to fit a plan title. */
function proposedTitle(areaName: string, proposal: PlacedProposal): string {
  const suffix = ` audit ${proposal.number.occurrence} of ${proposal.number.occurrences}`;
  const room = TITLE_MAX - suffix.length;
  const name = areaName.length > room ? `${areaName.slice(0, room - 1)}…` : areaName;
  return `${name}${suffix}`;
}

/** Appended to a proposal's reason when adopting it cannot create an audit (a plan needs a scope). */
const NO_SCOPE_NOTE = ' — not adopted while the area carries no clauses or controls: add them to the area first';
/** Appended when the audit once adopted for the window was removed or moved: adoption never revives it. */
const HISTORY_NOTE = ' — not adopted: the audit adopted for this window earlier was removed or moved';
/** Appended when an audit of the area already runs in the window's month. */
const MONTH_NOTE = ' — not adopted: the area already has an audit in this month';
const notes: Partial<Record<PlacedProposal['status'], string>> = {
  noScope: NO_SCOPE_NOTE,
  removedOrMoved: HISTORY_NOTE,
  monthTaken: MONTH_NOTE,
};

interface Proposal {
  context: CycleContext;
  programme: StoredRecord<AuditProgramme> | null;
  areas: Map<string, StoredRecord<AuditableArea>>;
  /** The proposal laid over the cycle's audits: which windows hold an audit, which to adopt. */
  placed: PlacedProposal[];
}

/**
 * Areas with a major nonconformity in the previous cycle: findings graded majorNC, raised in audits
 * of that cycle's programme, on that area. All findings are read in one statement and filtered
 * here — the finding table is only filterable by audit, and one read beats one per past audit.
 */
export async function areasWithMajorNcInPreviousCycle(
  services: AppServices,
  context: CycleContext,
): Promise<Set<string>> {
  const previous = cycleContaining(context.settings, addDays(context.cycle.start, -1));
  const [audits, findings] = await Promise.all([
    services.store.listBy('audit', 'programmeId', programmeIdFor(previous.start)),
    services.store.list('finding'),
  ]);
  const auditIds = new Set(audits.map((audit) => audit.id));
  return new Set(
    findings
      .filter(
        (f) => f.record.content.grade === 'majorNC' && f.record.auditId !== null && auditIds.has(f.record.auditId),
      )
      .map((f) => f.record.content.areaId),
  );
}

async function buildProposal(services: AppServices, cycleStart: string | undefined): Promise<Proposal> {
  const context = await cycleContext(services, cycleStart);
  const [programme, areaRecords, majorNc, scheduled] = await Promise.all([
    services.store.get('auditProgramme', context.programmeId),
    services.store.list('auditableArea'),
    areasWithMajorNcInPreviousCycle(services, context),
    services.store.listBy('audit', 'programmeId', context.programmeId),
  ]);
  const proposals = proposeAudits({
    cycle: { start: context.cycle.start, lengthMonths: context.settings.cycleLengthMonths },
    areas: areaRecords.map((stored) => ({
      id: stored.id,
      likelihood: stored.record.likelihood,
      impact: stored.record.impact,
      majorNcInLastCycle: majorNc.has(stored.id),
    })),
    // Until the programme of the cycle is saved, the default policy (high 6, medium 12, low 24 months).
    policy: programme?.record.frequencyPolicy ?? defaultFrequencyPolicy,
  });
  const held = new Set(scheduled.map((audit) => audit.id));
  // An id held now (perhaps moved) or removed once is never adopted again. A create the trail holds
  // without its row is an interrupted adoption, which adopting completes, so only a delete counts.
  // Only windows with nothing of their area in them are asked about: one trail read each.
  const windowsHeld = new Set(
    scheduled.flatMap((audit) =>
      proposals
        .filter((p) => audit.record.plan.areaIds.includes(p.areaId))
        .filter((p) => audit.record.plan.plannedStart <= p.plannedEnd && p.plannedStart <= audit.record.plan.plannedEnd)
        .map((p) => proposedAuditId(context.cycle.start, p.areaId, p.occurrence)),
    ),
  );
  const withHistory = new Set<string>();
  for (const proposal of proposals) {
    const id = proposedAuditId(context.cycle.start, proposal.areaId, proposal.occurrence);
    if (held.has(id)) withHistory.add(id);
    else if (!windowsHeld.has(id)) {
      const removed = await services.trail.entries({ entityType: 'audit', entityId: id, action: 'delete', limit: 1 });
      if (removed.length > 0) withHistory.add(id);
    }
  }
  const placed = placeProposals(proposals, {
    audits: scheduled.map((audit) => ({
      id: audit.id,
      areaIds: audit.record.plan.areaIds,
      plannedStart: audit.record.plan.plannedStart,
      plannedEnd: audit.record.plan.plannedEnd,
    })),
    areasWithoutScope: new Set(areaRecords.filter((a) => a.record.itemIds.length === 0).map((a) => a.id)),
    hasHistory: (p) => withHistory.has(proposedAuditId(context.cycle.start, p.areaId, p.occurrence)),
  });
  return { context, programme, areas: new Map(areaRecords.map((stored) => [stored.id, stored])), placed };
}

/** What the frequency policy proposes for the cycle, and which proposals are already on the schedule. */
export async function proposeSchedule(
  services: AppServices,
  caller: Caller,
  query: ParsedInput<'proposeSchedule'>,
): Promise<ScheduleProposalView> {
  const { context, areas, placed } = await buildProposal(services, query.cycleStart);
  const gaps = placed.some((p) => p.status === 'toAdopt')
    ? 0
    : (await getCoverage(services, caller, { cycleStart: context.cycle.start })).summary.gap;
  return {
    cycle: context.cycle,
    proposals: placed.map(({ status, scheduledAs: _audit, number: _number, ...proposal }) => ({
      ...proposal,
      reason: `${proposal.reason}${notes[status] ?? ''}`,
      areaName: areas.get(proposal.areaId)!.record.name,
      // "Scheduled" only where an audit of the area falls in the window.
      alreadyScheduled: status === 'scheduled',
    })),
    nothingToAdopt: whyNothingToAdopt(placed, gaps),
  };
}

function plannedAudit(
  programmeId: string,
  programme: AuditProgramme,
  area: AuditableArea,
  areaId: string,
  proposal: PlacedProposal,
): AuditRecord {
  return {
    programmeId,
    plan: {
      title: proposedTitle(area.name, proposal),
      areaIds: [areaId],
      itemIds: area.itemIds,
      // The programme's criteria and methods are each audit's starting point (9.2.2 c); the
      // planner narrows them, names the team and picks the exact dates inside the window.
      objectives: '',
      criteria: programme.criteria,
      methods: programme.methods,
      resources: '',
      leadAuditorId: null,
      teamIds: [],
      auditeeIds: [],
      plannedStart: proposal.plannedStart,
      plannedEnd: proposal.plannedEnd,
    },
    state: 'planned',
    reportedOn: null,
    // The checklist exists from the start, as for a planned audit: one open line per item in scope.
    checklist: expandScope(area.itemIds).map((itemId) => ({ itemId, result: null, note: '' })),
    origin: {
      kind: 'proposed',
      occurrence: proposal.number.occurrence,
      occurrences: proposal.number.occurrences,
      reason: proposal.reason,
    },
    planPage: null,
  };
}

/**
 * Puts the proposed schedule on the programme: one planned audit per proposal, safe to repeat.
 * A proposal whose audit exists — or existed and was removed — is counted in `alreadyScheduled`
 * and left alone, so adopting again never duplicates an audit nor revives a cancelled one. An area
 * with no clauses or controls gets no audit (a plan needs a scope); its proposal says so.
 */
export async function adoptProposedSchedule(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'adoptProposedSchedule'>,
): Promise<{ created: AuditSummary[]; alreadyScheduled: number }> {
  const { context, programme, areas, placed } = await buildProposal(services, command.cycleStart);
  if (!programme) throw invalidInput('cycleStart', 'Save the programme of this cycle first');
  const areaNames = new Map([...areas].map(([id, stored]) => [id, stored.record.name]));
  const created: AuditSummary[] = [];
  let alreadyScheduled = 0;
  for (const proposal of placed) {
    const id = proposedAuditId(context.cycle.start, proposal.areaId, proposal.occurrence);
    const area = areas.get(proposal.areaId)!.record;
    if (proposal.status === 'noScope') continue;
    if (proposal.status !== 'toAdopt') {
      alreadyScheduled += 1;
      continue;
    }
    try {
      const saved = await services.store.apply({
        entity: 'audit',
        id,
        before: null,
        after: plannedAudit(context.programmeId, programme.record, area, proposal.areaId, proposal),
        actor: caller.accountId,
        at: services.clock.now(),
      });
      if (!saved) throw new Error('adoptProposedSchedule: the store returned no record for a write');
      created.push(await toAuditSummary(services, saved, context.today, areaNames, 0));
    } catch (error) {
      // The id has a history already: created by a concurrent adoption, or created and then removed.
      if (error instanceof Failure && error.code === 'conflict') {
        alreadyScheduled += 1;
        continue;
      }
      throw error;
    }
  }
  return { created, alreadyScheduled };
}
