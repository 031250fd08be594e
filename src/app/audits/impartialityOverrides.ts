import { createHash } from 'node:crypto';
import type { AuditView } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import { conflict, forbidden, invalidInput, notFound } from '../../domain/failure';
import type { ImpartialityOverrideRecord } from '../../domain/audits/impartialityOverrideRecord';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import { expandScope } from '../../domain/audits/scope';
import { ownershipConflicts } from '../../domain/auditors/ownership';
import { currentProgrammeSettings } from '../programme/programmeSettings';
import { loadSoa } from '../soa/statementOfApplicability';
import { impartialityConflicts, minOverrideJustificationLength } from '../../domain/auditors/impartiality';
import { checkSigner, type SigningTarget } from '../signing/credentials';
import { requireSigningRole, writeSignature } from '../signing/signatures';
import type { AppServices, Caller } from '../services';
import { overridesOf } from './assignmentChecks';
import { loadAudit } from '../access/auditAccess';
import { getAudit } from './auditQueries';

/**
 * One override per audit, auditor and area (or scope line, `line:<id>`), named by its content: a retry after a crash between
 * writing the override and signing it finds the same record instead of making a second one.
 */
export function overrideIdFor(auditId: string, auditorId: string, subjectKey: string): string {
  return createHash('sha256').update([auditId, auditorId, subjectKey].join('\n')).digest('hex');
}

/**
 * A programme manager lets one auditor audit one area of one audit although they own it or work
 * in it (9.2.2 b). The exception is a record of its own (append-only) signed with the meaning
 * `impartialityOverride`; only the signed override lifts the conflict.
 *
 * Forge SQL has no transactions, so the order is what keeps it safe: every check and the
 * passphrase come first (a wrong passphrase writes only the failed attempt), then the override,
 * then its signature. A crash between the last two leaves an unsigned override, which lifts
 * nothing; the same request again signs it.
 */
export async function overrideImpartiality(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'overrideImpartiality'>,
): Promise<AuditView> {
  const now = services.clock.now();
  const stored = await loadAudit(services, command.auditId);
  const audit = stored.record;
  if (audit.state === 'closed') throw conflict(`"${audit.plan.title}" is closed: its assignments are final`);
  if (command.auditorId === caller.accountId) {
    throw forbidden('Nobody may override their own impartiality conflict: another programme manager must decide');
  }
  const subject = await conflictToOverride(services, audit, command);
  if (command.justification.length < minOverrideJustificationLength) {
    throw invalidInput(
      'justification',
      `Explain the override in at least ${minOverrideJustificationLength} characters: why this auditor, and why no one independent can audit ${subject.title}`,
    );
  }

  const id = overrideIdFor(stored.id, command.auditorId, subject.key);
  const existing = await services.store.get('impartialityOverride', id);
  if (existing) {
    const areas = await services.store.list('auditableArea');
    const [view] = (await overridesOf(services, stored.id, areas)).filter((o) => o.id === id);
    if (view?.signature) throw conflict('This conflict is already overridden with a signed justification', 'auditorId');
    if (existing.record.approvedBy !== caller.accountId) {
      throw conflict(
        `${view?.approvedByName ?? existing.record.approvedBy} started this override; only they can sign it`,
        'auditorId',
      );
    }
    // A signature must bind what the signer meant: a retry signs the stored text only if it is theirs.
    if (existing.record.justification !== command.justification) {
      throw conflict(
        `Your unsigned override of ${existing.record.approvedAt} says "${existing.record.justification}". Send that justification to sign it.`,
        'justification',
      );
    }
  }

  await requireSigningRole(services, caller, 'impartialityOverride', 'impartialityOverride');
  const target: SigningTarget = {
    recordType: 'impartialityOverride',
    recordId: id,
    recordVersion: 1,
    meaning: 'impartialityOverride',
  };
  const signer = await checkSigner(services, caller, target, command.passphrase, now);

  const override: ImpartialityOverrideRecord = {
    auditId: stored.id,
    auditorId: command.auditorId,
    ...(subject.areaId !== undefined ? { areaId: subject.areaId } : { itemId: subject.itemId }),
    reason: subject.reason,
    justification: command.justification,
    approvedBy: caller.accountId,
    approvedAt: now.toISOString(),
  };
  const written =
    existing ??
    (await services.store.apply({
      entity: 'impartialityOverride',
      id,
      before: null,
      after: override,
      actor: caller.accountId,
      at: now,
      reason: command.justification,
    }));
  if (!written) throw new Error('overrideImpartiality: the store returned no record for a write');
  await writeSignature(services, signer, written);
  return getAudit(services, caller, { auditId: stored.id });
}

interface OverrideSubject {
  /** An area's id, or `line:<item id>`: what the override's id is derived from. */
  key: string;
  areaId?: string;
  itemId?: string;
  reason: ImpartialityOverrideRecord['reason'];
  title: string;
}

/**
 * The one conflict the command asks to lift, as it stands now: an area of the scope the auditor owns
 * or works in, or a scope line whose SoA control or ISMS process they own. No conflict, nothing to sign.
 */
async function conflictToOverride(
  services: AppServices,
  audit: AuditRecord,
  command: ParsedInput<'overrideImpartiality'>,
): Promise<OverrideSubject> {
  if (command.itemId !== undefined) {
    const lines = expandScope(audit.plan.itemIds);
    if (!lines.includes(command.itemId)) {
      throw invalidInput('itemId', `${command.itemId} is not in the scope of "${audit.plan.title}"`);
    }
    const [settings, soa] = await Promise.all([currentProgrammeSettings(services), loadSoa(services)]);
    const [owned] = ownershipConflicts({
      auditorId: command.auditorId,
      scopeItemIds: [command.itemId],
      controlOwners: (soa?.record.entries ?? []).map((e) => ({ controlId: e.controlId, ownerId: e.ownerId })),
      processOwners: settings.processOwners ?? [],
    });
    if (!owned) throw invalidInput('auditorId', 'no conflict to override');
    return {
      key: `line:${command.itemId}`,
      itemId: command.itemId,
      reason: owned.reason,
      title: command.itemId,
    };
  }
  const areaId = command.areaId ?? '';
  if (!audit.plan.areaIds.includes(areaId)) {
    throw invalidInput('areaId', `That area is not in the scope of "${audit.plan.title}"`);
  }
  const area = await services.store.get('auditableArea', areaId);
  if (!area) throw notFound(`There is no area ${areaId}`);
  const [areaConflict] = impartialityConflicts({
    auditorId: command.auditorId,
    areas: [{ id: area.id, ownerId: area.record.ownerId, memberIds: area.record.memberIds }],
    scopeAreaIds: [area.id],
  });
  if (!areaConflict) throw invalidInput('auditorId', 'no conflict to override');
  return { key: area.id, areaId: area.id, reason: areaConflict.reason, title: area.record.name };
}
