import type { AuditState } from '../audits/auditState';
import { isCompleted } from '../audits/auditState';
import { addDays } from '../calendar/calendarDate';
import type { CycleWindow } from './cycle';
import { effectiveRisk, type FrequencyPolicy, type RiskLevel } from './riskFrequency';

/**
 * Required audits by risk (issue 18 item 5, 9.2.2 b "the importance of the processes"): each area
 * needs as many audits in the cycle as its risk frequency asks — ceil(cycle months ÷ interval), at
 * least one, the same count the proposed schedule makes — and the programme warns while there is
 * still time to plan the missing ones, not after the cycle ends.
 */
export interface AreaForRequiredAudits {
  id: string;
  name: string;
  likelihood: number;
  impact: number;
  majorNcInLastCycle: boolean;
}

export interface AuditForRequiredAudits {
  areaIds: readonly string[];
  state: AuditState;
  plannedStart: string;
  /** Last planned day, inclusive. */
  plannedEnd: string;
}

/**
 * - `met`: enough audits of the area reached reporting.
 * - `onTrack`: with the audits still planned to end in time, it will be met.
 * - `short`: even if every audit still planned is done in time, fewer than required.
 */
export type RequiredAuditStatus = 'met' | 'onTrack' | 'short';

export interface RequiredAuditsLine {
  areaId: string;
  areaName: string;
  risk: RiskLevel;
  intervalMonths: number;
  required: number;
  /** Audits of the area in the cycle that reached reporting. */
  completed: number;
  /** Not completed, planned to end today or later and before the cycle ends. */
  stillPlanned: number;
  /** Not completed and past their planned end: they count for nothing until reported. */
  late: number;
  status: RequiredAuditStatus;
  /** For a `short` line, the sentence the overview shows; null otherwise. */
  warning: string | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One line per area, in the order given. An audit counts for an area when the area is in its
 * scope and its planned start falls in the cycle (as coverage counts it); `today` is the
 * programme's calendar day.
 */
export function requiredAudits(request: {
  cycle: CycleWindow;
  cycleLengthMonths: number;
  areas: readonly AreaForRequiredAudits[];
  audits: readonly AuditForRequiredAudits[];
  policy: FrequencyPolicy;
  today: string;
}): RequiredAuditsLine[] {
  const { cycle, cycleLengthMonths, policy, today } = request;
  const lastDay = addDays(cycle.end, -1);
  const inCycle = request.audits.filter((a) => a.plannedStart >= cycle.start && a.plannedStart < cycle.end);
  return request.areas.map((area) => {
    const risk = effectiveRisk(area, area, policy);
    const intervalMonths = policy.intervalMonths[risk];
    const required = Math.max(1, Math.ceil(cycleLengthMonths / intervalMonths));
    const ofArea = inCycle.filter((a) => a.areaIds.includes(area.id));
    const completed = ofArea.filter((a) => isCompleted(a.state)).length;
    const open = ofArea.filter((a) => !isCompleted(a.state));
    const stillPlanned = open.filter((a) => a.plannedEnd >= today && a.plannedEnd <= lastDay).length;
    const late = open.filter((a) => a.plannedEnd < today).length;
    const status: RequiredAuditStatus =
      completed >= required ? 'met' : completed + stillPlanned >= required ? 'onTrack' : 'short';
    const missing = required - completed - stillPlanned;
    const lateNote = late > 0 ? `; ${plural(late, 'late audit')} not reported yet` : '';
    const warning =
      status === 'short'
        ? `${area.name}: ${risk} risk needs ${plural(required, 'audit')} this cycle (every ${intervalMonths} months); ` +
          `${completed} reported and ${stillPlanned} planned in time${lateNote}: plan ${plural(missing, 'more audit')} to end by ${lastDay}`
        : null;
    return {
      areaId: area.id,
      areaName: area.name,
      risk,
      intervalMonths,
      required,
      completed,
      stillPlanned,
      late,
      status,
      warning,
    };
  });
}
