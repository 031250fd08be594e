import { isDeepStrictEqual } from 'node:util';
import type { AuditView } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import { conflict, invalidInput } from '../../domain/failure';
import type { AuditRecord, ChecklistEntry } from '../../domain/audits/auditPlan';
import { findingGradeTitles, type FindingContent, type FindingGrade } from '../../domain/audits/finding';
import { auditStateTitles, minExplanationLength, type CheckResult } from '../../domain/audits/auditState';
import type { StoredRecord } from '../../ports/recordStore';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';
import { loadAudit, requireAuditAction } from '../access/auditAccess';
import { getAudit } from './auditQueries';
import { raiseFinding } from './findings';

/** The grades a finding sent with a line may have, by the line's result (none: no finding fits). */
const gradesFor: Record<CheckResult, readonly FindingGrade[]> = {
  nonconformity: ['majorNC', 'minorNC'],
  observation: ['observation'],
  opportunity: ['opportunity'],
  conforming: [],
  notAudited: [],
};

type Command = ParsedInput<'saveChecklistLine'>;

function checkLine(audit: AuditRecord, command: Command): void {
  if (!audit.checklist.some((line) => line.itemId === command.itemId)) {
    throw invalidInput('itemId', `${command.itemId} is not a line of the checklist of "${audit.plan.title}"`);
  }
  if (command.result === 'notAudited' && command.note.length < minExplanationLength) {
    throw invalidInput(
      'note',
      `Say why ${command.itemId} was not audited (at least ${minExplanationLength} characters): the report must explain the gap`,
    );
  }
  const finding = command.finding;
  if (!finding) return;
  if (finding.itemId !== command.itemId) {
    throw invalidInput('finding.itemId', `The finding is on ${finding.itemId}, but the line is ${command.itemId}`);
  }
  const grades = command.result === null ? [] : gradesFor[command.result];
  if (!grades.includes(finding.grade)) {
    const fits = grades.map((grade) => `a ${findingGradeTitles[grade]}`).join(' or ');
    throw invalidInput(
      'finding.grade',
      fits
        ? `A line with this result takes ${fits}, not a ${findingGradeTitles[finding.grade]}`
        : 'A line without a finding result (conforming, not audited or unanswered) takes no finding',
    );
  }
}

/**
 * The finding the line stands on, recorded first when it was sent. Without transactions a crash can
 * fall between the finding and the line: the retry (same payload) then finds the identical finding
 * this caller already recorded on this audit and does not record it twice.
 */
async function findingFirst(services: AppServices, caller: Caller, audit: StoredRecord<AuditRecord>, command: Command) {
  const sent: FindingContent | undefined = command.finding;
  if (command.result !== 'nonconformity' && !sent) return;
  const existing = await services.store.listBy('finding', 'auditId', audit.id);
  if (sent) {
    const recorded = existing.some(
      (stored) => stored.record.raisedBy === caller.accountId && isDeepStrictEqual(stored.record.content, sent),
    );
    if (!recorded) await raiseFinding(services, caller, audit, sent);
    return;
  }
  const nonconformity = existing.some(
    (stored) =>
      stored.record.content.itemId === command.itemId && gradesFor.nonconformity.includes(stored.record.content.grade),
  );
  if (!nonconformity) {
    throw invalidInput(
      'finding',
      `A nonconformity needs its finding: send a major or minor nonconformity on ${command.itemId} with the line, or record it first`,
    );
  }
}

/**
 * Records one checklist result with its note, during fieldwork or while the report is drafted, by the
 * audit's lead auditor or a team member. A nonconformity line needs its graded finding, so the report
 * and the corrective actions always have something to stand on.
 */
export async function saveChecklistLine(services: AppServices, caller: Caller, command: Command): Promise<AuditView> {
  const audit = await loadAudit(services, command.auditId);
  const { plan, state } = audit.record;
  await requireAuditAction(services, caller, audit.record, 'fieldwork');
  if (state !== 'inProgress' && state !== 'reporting') {
    throw conflict(
      `"${plan.title}" is ${auditStateTitles[state]}: results are recorded while it is in progress or reporting`,
    );
  }
  checkLine(audit.record, command);
  expectVersion(audit, command.expectedVersion, `The audit "${plan.title}"`);
  await findingFirst(services, caller, audit, command);
  const line: ChecklistEntry = { itemId: command.itemId, result: command.result, note: command.note };
  await services.store.apply({
    entity: 'audit',
    id: audit.id,
    before: audit,
    after: {
      ...audit.record,
      checklist: audit.record.checklist.map((entry) => (entry.itemId === line.itemId ? line : entry)),
    },
    actor: caller.accountId,
    at: services.clock.now(),
    // Recording a result is the fieldwork an approved plan calls for, not a change to the plan: the
    // line itself is the why the store asks for when the version it replaces was signed.
    reason: `Checklist ${line.itemId}: ${line.result ?? 'result cleared'}`,
  });
  return getAudit(services, caller, { auditId: audit.id });
}
