import type { AuditView } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import { conflict, forbidden, invalidInput } from '../../domain/failure';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import { planApproved, startedBeforeStepsRequired, stepsOf, type AuditSteps } from '../../domain/audits/auditSteps';
import { auditStateTitles } from '../../domain/audits/auditState';
import type { StoredRecord } from '../../ports/recordStore';
import { expectVersion } from '../expectVersion';
import { cycleContext } from '../programme/cycleContext';
import type { AppServices, Caller } from '../services';
import { loadAudit, loadAuditFor } from '../access/auditAccess';
import { getAudit } from './auditQueries';
import { approvedPlanVersions, reportIsApproved, standingFindingIds } from './stepFacts';

/** Writes the audit with new steps (trailed with `reason`), then returns the audit as its page shows it. */
async function saveSteps(
  services: AppServices,
  caller: Caller,
  stored: StoredRecord<AuditRecord>,
  steps: AuditSteps,
  reason: string,
): Promise<AuditView> {
  await services.store.apply({
    entity: 'audit',
    id: stored.id,
    before: stored,
    after: { ...stored.record, steps },
    actor: caller.accountId,
    at: services.clock.now(),
    reason,
  });
  return getAudit(services, caller, { auditId: stored.id });
}

/**
 * An auditee named on the plan acknowledges it (ISO 19011 6.3.2: the plan is communicated to the
 * auditee). Only an approved plan is acknowledged, while the audit is planned; the version read
 * is recorded, so a later change to the plan asks for the acknowledgement again.
 */
export async function acknowledgeAuditPlan(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'acknowledgeAuditPlan'>,
): Promise<AuditView> {
  const stored = await loadAudit(services, command.auditId);
  const { plan, state } = stored.record;
  if (!plan.auditeeIds.includes(caller.accountId)) {
    throw forbidden(`Only the auditees named on the plan of "${plan.title}" acknowledge it`);
  }
  expectVersion(stored, command.expectedVersion, `The audit "${plan.title}"`);
  if (state !== 'planned') {
    throw conflict(`"${plan.title}" is ${auditStateTitles[state]}: the plan is acknowledged before fieldwork`);
  }
  const steps = stepsOf(stored.record);
  if (!planApproved({ steps, approvedVersions: await approvedPlanVersions(services, stored.id) })) {
    throw conflict(`The plan of "${plan.title}" is not approved yet: it is acknowledged once approved`);
  }
  const { today } = await cycleContext(services);
  const acknowledgement = {
    auditeeId: caller.accountId,
    auditVersion: stored.version,
    acknowledgedOn: today,
    acknowledgedAt: services.clock.now().toISOString(),
    note: command.note,
  };
  // One acknowledgement per auditee: a new one (of a changed plan) replaces theirs; the trail keeps both.
  const others = steps.acknowledgements.filter((a) => a.auditeeId !== caller.accountId);
  return saveSteps(
    services,
    caller,
    stored,
    { ...steps, acknowledgements: [...others, acknowledgement] },
    `Plan acknowledged by auditee (record version ${stored.version})`,
  );
}

/** Every position names a standing finding of this audit. */
async function requireStandingFindings(
  services: AppServices,
  auditId: string,
  positions: ReadonlyArray<{ findingId: string }>,
): Promise<void> {
  const standing = new Set(await standingFindingIds(services, auditId));
  positions.forEach((p, index) => {
    if (!standing.has(p.findingId)) {
      throw invalidInput(
        `content.positions.${index}.findingId`,
        `${p.findingId} is not a standing finding of this audit (withdrawn, or of another audit)`,
      );
    }
  });
}

/**
 * Records the opening or closing meeting (ISO 19011 6.4.3, 6.4.10): the day, who attended, the
 * points raised and, at closing, whether the auditees agree with each finding or their diverging
 * opinion. Recorded during fieldwork or reporting until the report is approved; recording again
 * replaces the record (the trail keeps the earlier one). The closing meeting follows the opening one.
 */
export async function recordAuditMeeting(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'recordAuditMeeting'>,
): Promise<AuditView> {
  const stored = await loadAuditFor(services, caller, command.auditId, 'manage');
  const audit = stored.record;
  const { title } = audit.plan;
  expectVersion(stored, command.expectedVersion, `The audit "${title}"`);
  if (audit.state !== 'inProgress' && audit.state !== 'reporting') {
    throw conflict(
      `"${title}" is ${auditStateTitles[audit.state]}: meetings are recorded during fieldwork and reporting`,
    );
  }
  if (await reportIsApproved(services, stored.id)) {
    throw conflict(`The report of "${title}" is approved: its meetings are part of the approved record`);
  }
  const { today } = await cycleContext(services);
  if (command.content.heldOn > today) {
    throw invalidInput('content.heldOn', `The meeting is recorded once held: ${command.content.heldOn} is after today`);
  }
  const steps = stepsOf(audit);
  const recorded = { recordedBy: caller.accountId, recordedAt: services.clock.now().toISOString() };
  if (command.meeting === 'opening') {
    return saveSteps(
      services,
      caller,
      stored,
      { ...steps, openingMeeting: { ...command.content, ...recorded } },
      'Opening meeting recorded',
    );
  }
  if (steps.openingMeeting === null && !startedBeforeStepsRequired(audit)) {
    throw conflict(`Record the opening meeting of "${title}" before its closing meeting`, 'meeting');
  }
  if (steps.openingMeeting && command.content.heldOn < steps.openingMeeting.heldOn) {
    throw invalidInput(
      'content.heldOn',
      `The closing meeting is on or after the opening meeting (${steps.openingMeeting.heldOn})`,
    );
  }
  await requireStandingFindings(services, stored.id, command.content.positions);
  const diverging = command.content.positions.filter((p) => p.position === 'diverging').length;
  return saveSteps(
    services,
    caller,
    stored,
    { ...steps, closingMeeting: { ...command.content, ...recorded } },
    `Closing meeting recorded: ${command.content.positions.length} finding position(s), ${diverging} diverging`,
  );
}
