import type { AuditorView } from '../../contract/auditors';
import type { ParsedInput } from '../../contract/resolvers';
import { conflict, forbidden, invalidInput } from '../../domain/failure';
import type { AuditorCompetence, AuditorEvaluation, AuditorRecord } from '../../domain/auditors/auditorRecord';
import { auditStateTitles, isCompleted } from '../../domain/audits/auditState';
import { competenceFor } from '../../domain/auditors/competence';
import {
  defaultMinEvaluationResult,
  eligibilityFrom,
  evaluationResult,
  ineligibilityReason,
} from '../../domain/auditors/evaluation';
import { currentProgrammeSettings } from '../programme/programmeSettings';
import { canonicalJson } from '../../domain/trail/canonicalJson';
import type { StoredRecord } from '../../ports/recordStore';
import { auditTeam, loadAudit, requireAuditAction } from '../access/auditAccess';
import { expectVersion } from '../expectVersion';
import { cycleContext } from '../programme/cycleContext';
import type { AppServices, Caller } from '../services';

/** Someone who holds an auditor role but has no register entry yet: shown so the gap is visible. */
const emptyRecord = (accountId: string): AuditorRecord => ({
  accountId,
  domains: [],
  certificates: [],
  trainings: [],
  evaluations: [],
});

const days = (n: number) => (n === 0 ? 'today' : n === 1 ? '1 day' : `${n} days`);

/** Today (the programme's time zone) and the evaluation threshold: read once per request. */
interface RegisterDay {
  today: string;
  threshold: number;
}

async function registerDay(services: AppServices): Promise<RegisterDay> {
  const [{ today }, settings] = await Promise.all([cycleContext(services), currentProgrammeSettings(services)]);
  return { today, threshold: settings.minEvaluationResult ?? defaultMinEvaluationResult };
}

/** The register entry with what a reader must notice today (the programme's time zone). */
async function toView(
  services: AppServices,
  accountId: string,
  stored: StoredRecord<AuditorRecord> | null,
  { today, threshold }: RegisterDay,
): Promise<AuditorView> {
  const auditor = stored?.record ?? emptyRecord(accountId);
  const check = competenceFor(auditor, [], today);
  const warnings: string[] = [];
  if (!stored) warnings.push('Not in the auditor register yet: record their competence');
  if (!check.competent) {
    const lapsed = auditor.certificates
      .filter((c) => c.expiresOn !== null && c.expiresOn < today)
      .map((c) => `${c.name} expired on ${c.expiresOn}`);
    const pending = auditor.certificates.filter((c) => c.issuedOn > today).map((c) => `${c.name} from ${c.issuedOn}`);
    const detail = [...lapsed, ...pending].join('; ');
    warnings.push(`No valid certificate${detail ? ` (${detail})` : ''}`);
  }
  for (const soon of check.expiringSoon) {
    warnings.push(`${soon.certificate} expires on ${soon.expiresOn} (${days(soon.daysLeft)})`);
  }
  const barred = ineligibilityReason(eligibilityFrom(auditor.evaluations, threshold));
  if (barred) warnings.push(barred);
  // The latest by date; among evaluations of one day, the one recorded last.
  const lastEvaluation = auditor.evaluations.reduce<AuditorEvaluation | null>(
    (latest, e) => (!latest || e.evaluatedOn >= latest.evaluatedOn ? e : latest),
    null,
  );
  return {
    accountId,
    name: await services.directory.displayName(accountId),
    version: stored?.version ?? 0,
    auditor,
    expiringSoon: check.expiringSoon,
    hasValidCertificate: check.competent,
    warnings,
    lastEvaluation,
    eligible: barred === null,
  };
}

/**
 * The auditor register: everyone with a register entry, and everyone holding an auditor or lead
 * auditor role without one (version 0), by name.
 */
export async function listAuditors(services: AppServices): Promise<{ auditors: AuditorView[] }> {
  const day = await registerDay(services);
  const entries = await services.store.list('auditor');
  const registered = new Set(entries.map((entry) => entry.id));
  const unregistered = (await services.store.list('userRoles'))
    .filter((r) => !registered.has(r.id) && r.record.roles.some((role) => role === 'auditor' || role === 'leadAuditor'))
    .map((r) => r.id);
  const auditors = await Promise.all([
    ...entries.map((entry) => toView(services, entry.id, entry, day)),
    ...unregistered.map((id) => toView(services, id, null, day)),
  ]);
  auditors.sort((a, b) => a.name.localeCompare(b.name) || a.accountId.localeCompare(b.accountId));
  return { auditors };
}

/**
 * What a form that does not show the newer fields (CPD, a certificate's lead qualification) would
 * otherwise erase: CPD sent as absent stays as recorded, and a certificate sent again without its
 * answer keeps the one recorded for the same certificate (name and issue date).
 */
function keptFrom(current: AuditorRecord | null, competence: AuditorCompetence): AuditorCompetence {
  const cpd = competence.cpd ?? current?.cpd;
  const recorded = new Map((current?.certificates ?? []).map((c) => [`${c.name}|${c.issuedOn}`, c.qualifiesToLead]));
  const certificates = competence.certificates.map((c) => {
    const earlier = recorded.get(`${c.name}|${c.issuedOn}`);
    return c.qualifiesToLead === undefined && earlier !== undefined ? { ...c, qualifiesToLead: earlier } : c;
  });
  return { ...competence, certificates, ...(cpd ? { cpd } : {}) };
}

/** Records someone's competence: creates their entry (expectedVersion 0) or changes it; evaluations stay. */
export async function saveAuditor(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'saveAuditor'>,
): Promise<AuditorView> {
  const current = await services.store.get('auditor', command.accountId);
  const name = await services.directory.displayName(command.accountId);
  expectVersion(current, command.expectedVersion, `The register entry of ${name}`);
  const day = await registerDay(services);
  const after: AuditorRecord = {
    ...keptFrom(current?.record ?? null, command.competence),
    accountId: command.accountId,
    evaluations: current?.record.evaluations ?? [],
  };
  // Saving what is already there writes no new version.
  if (current && canonicalJson(current.record) === canonicalJson(after)) {
    return toView(services, command.accountId, current, day);
  }
  const saved = await services.store.apply({
    entity: 'auditor',
    id: command.accountId,
    before: current,
    after,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: command.reason ?? null,
  });
  return toView(services, command.accountId, saved, day);
}

/**
 * Evaluates an auditor's work on one audit (7.2: competence is evaluated after each audit). The audit
 * must have reached reporting or be closed, the person must have been its lead or on its team, and
 * the evaluator is a programme manager or that audit's lead auditor — never the person evaluated.
 * One evaluation per evaluator and audit; the evaluation is appended to the person's register entry.
 */
export async function recordAuditorEvaluation(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'recordAuditorEvaluation'>,
): Promise<AuditorView> {
  const audit = (await loadAudit(services, command.auditId)).record;
  await requireAuditAction(services, caller, audit, 'manage');
  if (command.accountId === caller.accountId) {
    throw forbidden('Nobody evaluates their own work: ask a programme manager or the lead auditor');
  }
  const name = await services.directory.displayName(command.accountId);
  if (!isCompleted(audit.state)) {
    throw invalidInput(
      'auditId',
      `"${audit.plan.title}" is ${auditStateTitles[audit.state]}: evaluate its auditors once it reaches reporting`,
    );
  }
  if (!auditTeam(audit).includes(command.accountId)) {
    throw invalidInput('accountId', `${name} was neither the lead auditor nor on the team of "${audit.plan.title}"`);
  }
  const current = await services.store.get('auditor', command.accountId);
  expectVersion(current, command.expectedVersion, `The register entry of ${name}`);
  const record = current?.record ?? emptyRecord(command.accountId);
  if (record.evaluations.some((e) => e.auditId === command.auditId && e.evaluatedBy === caller.accountId)) {
    throw conflict(`You have already evaluated ${name} on "${audit.plan.title}"`, 'auditId');
  }
  const day = await registerDay(services);
  const evaluation: AuditorEvaluation = {
    auditId: command.auditId,
    evaluatedOn: day.today,
    evaluatedBy: caller.accountId,
    // The result is the lowest criterion score: it is what the programme's threshold is compared with.
    rating: command.scores ? evaluationResult(command.scores) : (command.rating ?? 0),
    ...(command.scores ? { scores: command.scores } : {}),
    comment: command.comment,
  };
  const saved = await services.store.apply({
    entity: 'auditor',
    id: command.accountId,
    before: current,
    after: { ...record, evaluations: [...record.evaluations, evaluation] },
    actor: caller.accountId,
    at: services.clock.now(),
  });
  return toView(services, command.accountId, saved, day);
}
