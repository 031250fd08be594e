import { todayIn } from '../calendar/timeZone';
import type { CorrectiveActionRecord } from './correctiveAction';
import type { NcExemptionRecord } from './ncExemption';

/** Whether a finding is closed, on which day (programme time zone) and by which rule. */
export interface FindingClosure {
  closed: boolean;
  closedOn: string | null;
  how: 'actions' | 'exemption' | null;
}

export interface FindingClosureFacts {
  /** The corrective actions answering the finding (an action may answer several findings). */
  actions: ReadonlyArray<Pick<CorrectiveActionRecord, 'state' | 'closedAt'>>;
  /** The finding's signed exemption, if a programme manager recorded one. */
  exemption: Pick<NcExemptionRecord, 'at'> | null;
  timeZone: string;
}

const open: FindingClosure = { closed: false, closedOn: null, how: null };

const dayOf = (timeZone: string, instant: string | null) => {
  if (!instant) return null;
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? null : todayIn(timeZone, at);
};

/**
 * The one meaning of "closed" for a finding, used by the register, the KPI tiles, the CSV, the
 * issue panel and the Jira closing gate alike (ISO 27001 10.2):
 * 1. it has corrective actions and every one is `closed` — a state only an effective, signed
 *    verification reaches — so it closed on the day of the LATEST action's closing;
 * 2. it has a signed exemption (no corrective action needed) and no action is open — so it closed
 *    on the day of the exemption. An action opened after an exemption reopens the question.
 * Nothing else closes a finding: Jira's status is what people did to the issue, not evidence that
 * the nonconformity was dealt with. A damaged closing stamp leaves the finding open rather than
 * guessing a day.
 */
export function findingClosure(facts: FindingClosureFacts): FindingClosure {
  const { actions, exemption, timeZone } = facts;
  if (actions.length > 0) {
    const days = actions.map((a) => (a.state === 'closed' ? dayOf(timeZone, a.closedAt) : null));
    if (days.every((day) => day !== null)) {
      return { closed: true, closedOn: (days as string[]).sort().at(-1)!, how: 'actions' };
    }
    if (actions.some((a) => a.state !== 'closed')) return open;
  }
  const exemptedOn = exemption ? dayOf(timeZone, exemption.at) : null;
  return exemptedOn ? { closed: true, closedOn: exemptedOn, how: 'exemption' } : open;
}
