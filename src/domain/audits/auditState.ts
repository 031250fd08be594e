import { z } from 'zod';
import { parseInput } from '../parseInput';

/**
 * An audit plan's life: planned → inProgress → reporting → closed, one step at a time. The only
 * way back is reporting → inProgress (more fieldwork after the draft report), and it needs a written
 * reason for the trail. Closed is final.
 */
export const AuditState = z.enum(['planned', 'inProgress', 'reporting', 'closed']);
export type AuditState = z.infer<typeof AuditState>;

export const auditStateTitles: Record<AuditState, string> = {
  planned: 'planned',
  inProgress: 'in progress',
  reporting: 'reporting',
  closed: 'closed',
};

/** Fieldwork is done and the results stand: the audit counts as performed. */
export const isCompleted = (state: AuditState) => state === 'reporting' || state === 'closed';

/** A checklist line's result. `notAudited` means the line was in scope but not examined. */
export const CheckResult = z.enum(['conforming', 'nonconformity', 'observation', 'opportunity', 'notAudited']);
export type CheckResult = z.infer<typeof CheckResult>;

/** Shortest accepted written explanation (a reopening reason, a not-audited note). */
export const minExplanationLength = 10;

export type RuleCheck = { ok: true } | { ok: false; reasons: string[] };

const forward: Record<AuditState, AuditState | null> = {
  planned: 'inProgress',
  inProgress: 'reporting',
  reporting: 'closed',
  closed: null,
};

export const ChecklistLine = z.object({
  itemId: z.string().min(1),
  /** null or missing: not yet answered. */
  result: CheckResult.nullable().optional(),
  note: z.string().optional(),
});
export type ChecklistLine = z.input<typeof ChecklistLine>;

export type ChecklistProblem = 'noResult' | 'notAuditedWithoutNote';
export type CloseCheck =
  { ok: true } | { ok: false; reasons: string[]; lines: Array<{ itemId: string; problem: ChecklistProblem }> };

/**
 * An audit may close only when its checklist is complete: it has lines, every line has a result,
 * and every `notAudited` line carries a note (at least `minExplanationLength` characters) saying
 * why it was not examined. The reasons name each offending line.
 */
export function canClose(input: { checklist: readonly ChecklistLine[] }): CloseCheck {
  const checklist = parseInput(z.array(ChecklistLine), input.checklist, 'checklist');
  if (checklist.length === 0) {
    return {
      ok: false,
      reasons: ['The checklist has no lines: an audit with nothing examined cannot close'],
      lines: [],
    };
  }
  const lines: Array<{ itemId: string; problem: ChecklistProblem }> = [];
  const reasons: string[] = [];
  for (const line of checklist) {
    if (line.result === null || line.result === undefined) {
      lines.push({ itemId: line.itemId, problem: 'noResult' });
      reasons.push(`Line ${line.itemId} has no result`);
    } else if (line.result === 'notAudited' && (line.note ?? '').trim().length < minExplanationLength) {
      lines.push({ itemId: line.itemId, problem: 'notAuditedWithoutNote' });
      reasons.push(`Line ${line.itemId} is marked not audited without a note explaining why`);
    }
  }
  return lines.length === 0 ? { ok: true } : { ok: false, reasons, lines };
}

/** Findings are recorded during fieldwork and while the report is drafted, never before or after. */
export function canRecordFinding(state: AuditState): boolean {
  return state === 'inProgress' || state === 'reporting';
}

/**
 * Whether an audit may move from `from` to `to`. Closing needs the checklist (see `canClose`);
 * going back from reporting to in progress needs `reason`.
 */
export function canTransition(
  from: AuditState,
  to: AuditState,
  context: { reason?: string; checklist?: readonly ChecklistLine[] } = {},
): RuleCheck {
  const route = `from ${auditStateTitles[from]} to ${auditStateTitles[to]}`;
  if (from === to) return { ok: false, reasons: [`The audit is already ${auditStateTitles[to]}`] };
  if (from === 'reporting' && to === 'inProgress') {
    const reason = (context.reason ?? '').trim();
    return reason.length >= minExplanationLength
      ? { ok: true }
      : {
          ok: false,
          reasons: [`Going back ${route} needs a written reason of at least ${minExplanationLength} characters`],
        };
  }
  if (forward[from] !== to) {
    const next = forward[from];
    const allowed = next ? `it can only move to ${auditStateTitles[next]}` : 'a closed audit is final';
    return { ok: false, reasons: [`An audit cannot move ${route}: ${allowed}`] };
  }
  if (to === 'closed') {
    if (!context.checklist) return { ok: false, reasons: ['Closing an audit needs its checklist'] };
    const check = canClose({ checklist: context.checklist });
    return check.ok ? { ok: true } : { ok: false, reasons: check.reasons };
  }
  return { ok: true };
}
