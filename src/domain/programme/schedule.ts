import type { AuditState } from '../audits/auditState';
import { isCompleted } from '../audits/auditState';

/**
 * "Audits completed on schedule" (a programme KPI). `plannedEnd` is the last planned day
 * (inclusive): an audit is late from the day after it while it has not reached reporting.
 */
export interface ScheduledAudit {
  state: AuditState;
  plannedEnd: string;
  /** The day the audit reached reporting, when known: reaching it after `plannedEnd` was late. */
  reportedOn?: string | null;
}

export function isLate(audit: ScheduledAudit, today: string): boolean {
  return audit.plannedEnd < today && !isCompleted(audit.state);
}

/** Whether an audit that is due (completed, or its planned end passed) met its planned end. */
function onSchedule(audit: ScheduledAudit, today: string): boolean | null {
  if (isCompleted(audit.state)) return !audit.reportedOn || audit.reportedOn <= audit.plannedEnd;
  if (audit.plannedEnd < today) return false;
  return null; // not due yet: neither on schedule nor late
}

/**
 * Of the audits that are due — completed, or past their planned end — the share completed on time,
 * in percent with one decimal. Audits still running inside their planned dates are not counted yet.
 * `null` when no audit is due, so a tile shows "no data" rather than a flattering 100 %.
 */
export function auditsOnSchedulePercent(audits: readonly ScheduledAudit[], today: string): number | null {
  const due = audits.map((audit) => onSchedule(audit, today)).filter((value) => value !== null);
  if (due.length === 0) return null;
  return percent(due.filter(Boolean).length, due.length);
}

export function percent(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 10;
}
