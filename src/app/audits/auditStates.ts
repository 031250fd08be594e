import type { AuditView } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import { invalidInput } from '../../domain/failure';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import { auditStateTitles, canTransition, type AuditState } from '../../domain/audits/auditState';
import { expectVersion } from '../expectVersion';
import { generateReportOnReporting } from './report/generateReport';
import { cycleContext } from '../programme/cycleContext';
import type { AppServices, Caller } from '../services';
import { loadAuditFor } from '../access/auditAccess';
import { getAudit } from './auditQueries';
import { assignmentChecks, assignmentFailure, overridesOf } from './assignmentChecks';
import { missingStep, stepsOf } from '../../domain/audits/auditSteps';
import { stepFactsOf } from './stepFacts';

/**
 * Fieldwork may only start with a lead auditor who, with the team, is still competent and impartial
 * today: a certificate can lapse, or an area's owner change, between planning and the first interview.
 */
async function fieldworkBlocker(services: AppServices, auditId: string, audit: AuditRecord, today: string) {
  if (!audit.plan.leadAuditorId) {
    return `Assign a lead auditor to "${audit.plan.title}" before fieldwork starts`;
  }
  const areas = await services.store.list('auditableArea');
  const overrides = await overridesOf(services, auditId, areas);
  const checks = await assignmentChecks(services, audit.plan, overrides, today, areas);
  const areaNames = new Map(areas.map((a) => [a.id, a.record.name]));
  const failure = assignmentFailure(audit.plan, checks, areaNames);
  return failure ? `Fieldwork cannot start: ${failure.message}` : null;
}

/**
 * The record after the move: `reportedOn` tracks the day fieldwork ended, for "completed on schedule";
 * fieldwork started under the steps records its day, so the audit is never taken for one that
 * started before they were required.
 */
function moved(audit: AuditRecord, to: AuditState, today: string): AuditRecord {
  if (audit.state === 'planned' && to === 'inProgress') {
    return { ...audit, state: to, steps: { ...stepsOf(audit), fieldworkStartedOn: today } };
  }
  if (to === 'reporting') return { ...audit, state: to, reportedOn: today };
  if (audit.state === 'reporting' && to === 'inProgress') return { ...audit, state: to, reportedOn: null };
  return { ...audit, state: to };
}

/**
 * Moves an audit one step through planned → in progress → reporting → closed (or back from
 * reporting to in progress, with a reason), under the state rules; a refused move writes nothing.
 */
export async function moveAudit(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'moveAudit'>,
): Promise<AuditView> {
  const stored = await loadAuditFor(services, caller, command.auditId, 'manage');
  const audit = stored.record;
  expectVersion(stored, command.expectedVersion, `The audit "${audit.plan.title}"`);

  const reopening = audit.state === 'reporting' && command.to === 'inProgress';
  const check = canTransition(audit.state, command.to, {
    ...(command.reason === undefined ? {} : { reason: command.reason }),
    checklist: audit.checklist,
  });
  if (!check.ok) throw invalidInput(reopening ? 'reason' : 'to', check.reasons.join('; '));

  const { today } = await cycleContext(services);
  if (audit.state === 'planned' && command.to === 'inProgress') {
    const blocker = await fieldworkBlocker(services, stored.id, audit, today);
    if (blocker) throw invalidInput('to', blocker);
  }
  // The audit's steps in order (approved and acknowledged plan, opening meeting, approved report).
  if (!reopening) {
    const missing = missingStep(audit.state, command.to, await stepFactsOf(services, stored));
    if (missing) throw invalidInput('to', missing);
  }

  await services.store.apply({
    entity: 'audit',
    id: stored.id,
    before: stored,
    after: moved(audit, command.to, today),
    actor: caller.accountId,
    at: services.clock.now(),
    // The workflow step is itself the why; an approved plan (whose changes need a reason) still moves.
    reason: command.reason ?? `Moved from ${auditStateTitles[audit.state]} to ${auditStateTitles[command.to]}`,
  });
  // The report page follows the move; a Confluence failure is recorded on the report, never undoes the move.
  if (command.to === 'reporting') await generateReportOnReporting(services, caller.accountId, stored.id);
  return getAudit(services, caller, { auditId: stored.id });
}
