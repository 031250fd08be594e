import type { AuditView } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import { hasAccess } from '../../domain/access/appRole';
import { conflict, forbidden, invalidInput, notFound } from '../../domain/failure';
import type { AuditPlanContent, AuditRecord, ChecklistEntry } from '../../domain/audits/auditPlan';
import { programmeIdFor, type AuditProgramme } from '../../domain/programme/auditProgramme';
import { auditStateTitles } from '../../domain/audits/auditState';
import { cycleWindow, isWithinCycle } from '../../domain/programme/cycle';
import { expandScope } from '../../domain/audits/scope';
import type { StoredRecord } from '../../ports/recordStore';
import { callerRoles } from '../access/callerRoles';
import { expectVersion } from '../expectVersion';
import { cycleContext } from '../programme/cycleContext';
import type { AppServices, Caller } from '../services';
import { assignmentChecks, assignmentFailure, overridesOf } from './assignmentChecks';
import { loadAudit, requireAuditAction } from '../access/auditAccess';
import { getAudit } from './auditQueries';
import { stepsOf } from '../../domain/audits/auditSteps';
import { canonicalJson } from '../../domain/trail/canonicalJson';
import { withPlanDates } from '../../domain/audits/scheduleBaseline';

/** Both planned days fall in the programme's cycle (audits are counted in the cycle they are planned in). */
function requireDatesInCycle(plan: AuditPlanContent, programme: AuditProgramme): void {
  const cycle = cycleWindow(programme);
  const outside = `is outside the cycle ${cycle.start} to ${cycle.end} (exclusive) of this programme`;
  if (!isWithinCycle(cycle, plan.plannedStart)) {
    throw invalidInput('plan.plannedStart', `The planned start ${plan.plannedStart} ${outside}`);
  }
  if (!isWithinCycle(cycle, plan.plannedEnd)) {
    throw invalidInput('plan.plannedEnd', `The planned end ${plan.plannedEnd} ${outside}`);
  }
}

/**
 * The checklist for the scope: one line per clause or control in catalogue order, keeping what was
 * already recorded on lines that stay. A line with a result cannot leave the scope: the result is
 * audit evidence, and dropping it would hide what was examined.
 */
function checklistFor(plan: AuditPlanContent, current: readonly ChecklistEntry[]): ChecklistEntry[] {
  const lines = expandScope(plan.itemIds);
  const byItem = new Map(current.map((line) => [line.itemId, line]));
  const dropped = current.filter((line) => line.result !== null && !lines.includes(line.itemId));
  if (dropped.length > 0) {
    throw invalidInput(
      'plan.itemIds',
      `${dropped.map((line) => line.itemId).join(', ')} already ${dropped.length === 1 ? 'has a result' : 'have results'} and cannot leave the scope`,
    );
  }
  return lines.map((itemId) => byItem.get(itemId) ?? { itemId, result: null, note: '' });
}

/**
 * The assignment is checked, not advised: everyone on the plan must be competent for the scope and
 * impartial towards its areas (after this audit's signed overrides), or nothing is written.
 */
async function requireAssignable(
  services: AppServices,
  plan: AuditPlanContent,
  auditId: string | null,
  today: string,
): Promise<void> {
  const areas = await services.store.list('auditableArea');
  const areaNames = new Map(areas.map((a) => [a.id, a.record.name]));
  plan.areaIds.forEach((areaId, index) => {
    if (!areaNames.has(areaId)) throw invalidInput(`plan.areaIds.${index}`, `There is no area ${areaId}`);
  });
  const checks = await assignmentChecks(services, plan, await overridesOf(services, auditId, areas), today, areas);
  const failure = assignmentFailure(plan, checks, areaNames);
  if (failure) throw failure;
}

/**
 * Whether the programme was ever approved, read only when the planned dates move: the dates adopted
 * at its first approval are the baseline, even once a later change of the programme supersedes it.
 */
async function programmeEverApproved(
  services: AppServices,
  programmeId: string,
  current: AuditRecord,
  plan: AuditPlanContent,
): Promise<boolean> {
  if (current.plan.plannedStart === plan.plannedStart && current.plan.plannedEnd === plan.plannedEnd) return false;
  const signatures = await services.store.listBy('signature', 'recordId', programmeId);
  return signatures.some((s) => s.record.recordType === 'auditProgramme' && s.record.meaning === 'approved');
}

/**
 * Creates an audit (no auditId: a programme manager adds it to the programme of `cycleStart`) or
 * changes its plan (the programme manager or the audit's lead, while planned or in progress; after
 * that the plan is what was audited and stays frozen).
 */
export async function saveAuditPlan(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'saveAuditPlan'>,
): Promise<AuditView> {
  const { plan } = command;
  const { today } = await cycleContext(services);
  let current: StoredRecord<AuditRecord> | null = null;
  let programmeId: string;
  if (command.auditId === undefined) {
    if (!hasAccess(await callerRoles(services, caller.accountId), ['programmeManager'])) {
      throw forbidden('Only a programme manager may add an audit to the programme');
    }
    if (command.cycleStart === undefined) {
      throw invalidInput('cycleStart', 'Say which cycle the audit belongs to (its first day)');
    }
    programmeId = programmeIdFor((await cycleContext(services, command.cycleStart)).cycle.start);
    expectVersion(null, command.expectedVersion, 'The audit');
  } else {
    current = await loadAudit(services, command.auditId);
    await requireAuditAction(services, caller, current.record, 'manage');
    expectVersion(current, command.expectedVersion, `The audit "${current.record.plan.title}"`);
    const { state } = current.record;
    if (state !== 'planned' && state !== 'inProgress') {
      throw conflict(`The audit is ${auditStateTitles[state]}: its plan is frozen`);
    }
    programmeId = current.record.programmeId;
    if (command.cycleStart !== undefined && programmeIdFor(command.cycleStart) !== programmeId) {
      throw invalidInput('cycleStart', 'An audit stays in the cycle it was planned in');
    }
  }
  // An audit is scheduled inside a programme that was set up first.
  const programme = await services.store.get('auditProgramme', programmeId);
  if (!programme) {
    throw current
      ? notFound(`There is no audit programme ${programmeId}`)
      : invalidInput('cycleStart', `The programme of the cycle starting ${command.cycleStart} is not set up yet`);
  }
  requireDatesInCycle(plan, programme.record);
  const checklist = checklistFor(plan, current?.record.checklist ?? []);
  await requireAssignable(services, plan, current?.id ?? null, today);

  // A changed plan needs a new approval and new acknowledgements: the version it changed at says which count.
  const planChanged = current !== null && canonicalJson(current.record.plan) !== canonicalJson(plan);
  const baseline = current
    ? withPlanDates(current.record, plan, {
        programmeApproved: await programmeEverApproved(services, programmeId, current.record, plan),
        today,
        accountId: caller.accountId,
        reason: command.reason,
      })
    : {};
  const after: AuditRecord = current
    ? {
        ...current.record,
        plan,
        checklist,
        ...baseline,
        ...(planChanged ? { steps: { ...stepsOf(current.record), planVersion: current.version + 1 } } : {}),
      }
    : {
        programmeId,
        plan,
        state: 'planned',
        reportedOn: null,
        checklist,
        origin: { kind: 'manual' },
        planPage: null,
        steps: { ...stepsOf({}), planVersion: 1 },
      };
  const saved = await services.store.apply({
    entity: 'audit',
    id: current?.id ?? services.ids.newId('audit'),
    before: current,
    after,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: command.reason ?? null,
  });
  if (!saved) throw new Error('saveAuditPlan: the store returned no record for a write');
  return getAudit(services, caller, { auditId: saved.id });
}

/**
 * Takes a planned audit off the schedule. Only before fieldwork: once started, an audit has
 * results and is moved through its states instead. The reason stays in the trail with the record.
 */
export async function cancelAudit(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'cancelAudit'>,
): Promise<{ cancelled: true }> {
  if (!hasAccess(await callerRoles(services, caller.accountId), ['programmeManager'])) {
    throw forbidden('Only a programme manager may take an audit off the programme');
  }
  const current = await loadAudit(services, command.auditId);
  expectVersion(current, command.expectedVersion, `The audit "${current.record.plan.title}"`);
  if (current.record.state !== 'planned') {
    throw conflict(
      `The audit is ${auditStateTitles[current.record.state]}: only a planned audit can be cancelled`,
      'auditId',
    );
  }
  await services.store.apply({
    entity: 'audit',
    id: current.id,
    before: current,
    after: null,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: command.reason,
  });
  return { cancelled: true };
}
