import type { ProgrammeView } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import { invalidInput } from '../../domain/failure';
import type { AuditProgramme } from '../../domain/programme/auditProgramme';
import { cycleContaining } from '../../domain/programme/cycle';
import { addDays } from '../../domain/calendar/calendarDate';
import type { StoredRecord } from '../../ports/recordStore';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';
import { signaturesOf } from '../signing/signatures';
import { cycleContext, type CycleContext } from './cycleContext';

async function toView(
  services: AppServices,
  context: CycleContext,
  stored: StoredRecord<AuditProgramme> | null,
): Promise<ProgrammeView> {
  const { cycle, settings, programmeId, isCurrentCycle } = context;
  // A programme never saved has nothing to approve; otherwise only a current approval counts.
  const approvals = stored
    ? (await signaturesOf(services, { recordType: 'auditProgramme', recordId: programmeId })).signatures.filter(
        (s) => s.meaning === 'approved' && s.status === 'current',
      )
    : [];
  return {
    id: programmeId,
    cycle,
    programme: stored?.record ?? null,
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
    updatedByName: stored ? await services.directory.displayName(stored.updatedBy) : null,
    // From the settings' sequence, so a cycle starting on the 31st pages back to the right day.
    previousCycleStart: cycleContaining(settings, addDays(cycle.start, -1)).start,
    nextCycleStart: cycle.end,
    isCurrentCycle,
    approvals,
  };
}

/** The programme of one cycle (the current one when no cycle is named), saved or not yet. */
export async function getAuditProgramme(
  services: AppServices,
  _caller: Caller,
  query: ParsedInput<'getAuditProgramme'>,
): Promise<ProgrammeView> {
  const context = await cycleContext(services, query.cycleStart);
  return toView(services, context, await services.store.get('auditProgramme', context.programmeId));
}

/**
 * Creates or changes the programme of the cycle starting on `cycleStart` (9.2.2). The cycle's
 * start and length come from the programme settings, never from the payload, so a programme always
 * describes the cycle it is filed under. A space key must name a space the app can see, or the
 * plans and reports published later would have nowhere to go.
 */
export async function saveAuditProgramme(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'saveAuditProgramme'>,
): Promise<ProgrammeView> {
  const context = await cycleContext(services, command.cycleStart);
  const current = await services.store.get('auditProgramme', context.programmeId);
  expectVersion(current, command.expectedVersion, `The programme of the cycle starting ${context.cycle.start}`);
  const spaceKey = command.programme.ismsSpaceKey;
  const space = spaceKey === null ? null : await services.confluence.asApp().spaceByKey(spaceKey);
  if (spaceKey !== null && !space) {
    throw invalidInput(
      'programme.ismsSpaceKey',
      `There is no Confluence space ${spaceKey} the app can publish to: check the key and the app's access`,
    );
  }
  // The app writes plans, reports and reviews there as itself, so whoever chooses the space must be
  // able to add pages in it themselves (asked as them). A space kept as it was is not asked again:
  // it was checked against whoever chose it, and every publisher is checked when they publish.
  if (space && space.key !== current?.record.ismsSpaceKey) {
    if (!(await services.confluence.asUser(caller.accountId).mayAddPagesIn(space.id))) {
      throw invalidInput(
        'programme.ismsSpaceKey',
        `You cannot add pages to the Confluence space ${space.key}, so the app will not publish there for you: choose a space you can write to, or ask a space admin for the permission`,
      );
    }
  }
  const programme: AuditProgramme = {
    ...command.programme,
    cycleStart: context.cycle.start,
    cycleLengthMonths: context.settings.cycleLengthMonths,
  };
  const saved = await services.store.apply({
    entity: 'auditProgramme',
    id: context.programmeId,
    before: current,
    after: programme,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: command.reason ?? null,
  });
  if (!saved) throw new Error('saveAuditProgramme: the store returned no record for a write');
  return toView(services, context, saved);
}
