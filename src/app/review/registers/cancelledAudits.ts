import { AuditRecord } from '../../../domain/programme/auditPlan';
import { todayIn } from '../../../domain/programme/rules/dates';
import type { ScheduledAuditInput } from '../../../domain/review/schedule/programmeSchedule';
import type { AppServices } from '../../services';

/** More cancellations than any programme makes in a cycle; the read stays one statement. */
const MAX_CANCELLED = 1000;

/**
 * The audits of a programme that were cancelled. Cancelling removes the audit record (only a
 * planned audit can be cancelled), so the trail's delete entry is where it lives on: its `before`
 * is the audit as it was, with the reason given. One trail read. An id that exists again today is
 * not shown as cancelled.
 */
export async function cancelledAudits(
  services: AppServices,
  programmeId: string,
  currentIds: ReadonlySet<string>,
  timeZone: string,
): Promise<ScheduledAuditInput[]> {
  const deletions = await services.trail.entries({ entityType: 'audit', action: 'delete', limit: MAX_CANCELLED });
  const byId = new Map<string, ScheduledAuditInput>();
  for (const entry of deletions) {
    const parsed = AuditRecord.safeParse(entry.before);
    if (!parsed.success || parsed.data.programmeId !== programmeId || currentIds.has(entry.entityId)) continue;
    const { plan, state, reportedOn } = parsed.data;
    byId.set(entry.entityId, {
      auditId: entry.entityId,
      title: plan.title,
      state,
      plannedStart: plan.plannedStart,
      plannedEnd: plan.plannedEnd,
      reportedOn,
      cancelled: { on: todayIn(timeZone, new Date(entry.at)), reason: entry.reason },
    });
  }
  return [...byId.values()];
}
