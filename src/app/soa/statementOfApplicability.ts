import type { SoaLineView, SoaView } from '../../contract/soa';
import type { ParsedInput } from '../../contract/resolvers';
import { catalogueItem, compareCatalogueIds } from '../../domain/catalogue/catalogue';
import { invalidInput } from '../../domain/failure';
import { defaultStatementOfApplicability, type SoaEntry, type StatementOfApplicability } from '../../domain/soa/soa';
import { canonicalJson } from '../../domain/trail/canonicalJson';
import type { StoredRecord } from '../../ports/recordStore';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';
import { signaturesOf } from '../signing/signatures';

/** The SoA is one record: approving it signs every line of one version at once. */
export const soaRecordId = 'soa';
const recordRef = { recordType: 'statementOfApplicability', recordId: soaRecordId } as const;

export async function loadSoa(services: AppServices): Promise<StoredRecord<StatementOfApplicability> | null> {
  return services.store.get('statementOfApplicability', soaRecordId);
}

/** The SoA as stored, or the defaults (every control applicable, nothing implemented) while never saved. */
export function soaContent(stored: StoredRecord<StatementOfApplicability> | null): StatementOfApplicability {
  return stored?.record ?? defaultStatementOfApplicability();
}

export const sameEntry = (a: SoaEntry, b: SoaEntry) => canonicalJson(a) === canonicalJson(b);

export async function soaView(
  services: AppServices,
  stored: StoredRecord<StatementOfApplicability> | null,
): Promise<SoaView> {
  const entries = [...soaContent(stored).entries].sort((a, b) => compareCatalogueIds(a.controlId, b.controlId));
  // One directory look-up per person, not per line: a few owners carry most of the 93 controls.
  const ownerIds = [...new Set(entries.flatMap((entry) => (entry.ownerId ? [entry.ownerId] : [])))];
  const names = new Map(
    await Promise.all(ownerIds.map(async (id) => [id, await services.directory.displayName(id)] as const)),
  );
  const lines: SoaLineView[] = entries.map((entry) => {
    const item = catalogueItem(entry.controlId);
    return {
      entry,
      title: item?.title ?? entry.controlId,
      theme: item?.theme ?? null,
      ownerName: entry.ownerId ? (names.get(entry.ownerId) ?? entry.ownerId) : null,
    };
  });
  const approvals = stored
    ? (await signaturesOf(services, recordRef)).signatures.filter(
        (s) => s.meaning === 'approved' && s.status === 'current',
      )
    : [];
  return {
    lines,
    summary: {
      applicable: entries.filter((e) => e.applicable).length,
      excluded: entries.filter((e) => !e.applicable).length,
      implemented: entries.filter((e) => e.applicable && e.implementation === 'implemented').length,
    },
    approvals,
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
    updatedByName: stored ? await services.directory.displayName(stored.updatedBy) : null,
  };
}

export async function getStatementOfApplicability(services: AppServices): Promise<SoaView> {
  return soaView(services, await loadSoa(services));
}

/**
 * Writes a new SoA version. A signed version (approved or reviewed) may only change with a reason:
 * the store enforces that, but it is checked here first so the person reads who signed and what the
 * change does to the approval, not a generic refusal.
 */
export async function writeSoa(
  services: AppServices,
  caller: Caller,
  current: StoredRecord<StatementOfApplicability> | null,
  after: StatementOfApplicability,
  reason: string | undefined,
): Promise<StoredRecord<StatementOfApplicability>> {
  if (current && !reason?.trim()) {
    const signed = (await services.store.listBy('signature', 'recordId', soaRecordId)).filter(
      (s) => s.record.recordType === recordRef.recordType && s.record.recordVersion === current.version,
    );
    const first = signed.find((s) => s.record.meaning === 'approved') ?? signed[0];
    if (first) {
      const how = first.record.meaning === 'approved' ? 'approved' : `signed (${first.record.meaning})`;
      throw invalidInput(
        'reason',
        `Version ${current.version} of the Statement of Applicability was ${how} by ${first.record.signerName} on ${first.record.signedAt.slice(0, 10)}: give a reason for changing it. The new version will need a new approval.`,
      );
    }
  }
  const saved = await services.store.apply({
    entity: 'statementOfApplicability',
    id: soaRecordId,
    before: current,
    after,
    actor: caller.accountId,
    at: services.clock.now(),
    reason: reason ?? null,
  });
  if (!saved) throw new Error('writeSoa: the store returned no record for a write');
  return saved;
}

/** Changes one control's line: a new SoA version (nothing is written when the line is unchanged). */
export async function saveSoaEntry(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'saveSoaEntry'>,
): Promise<SoaView> {
  const current = await loadSoa(services);
  expectVersion(current, command.expectedVersion, 'The Statement of Applicability');
  const soa = soaContent(current);
  const before = soa.entries.find((entry) => entry.controlId === command.entry.controlId);
  // The SoA holds a line for every control and the contract accepts only controls, so this is a bug.
  if (!before) throw new Error(`saveSoaEntry: the SoA has no line for ${command.entry.controlId}`);
  if (sameEntry(before, command.entry)) return soaView(services, current);
  const after: StatementOfApplicability = {
    entries: soa.entries.map((entry) => (entry.controlId === command.entry.controlId ? command.entry : entry)),
  };
  return soaView(services, await writeSoa(services, caller, current, after, command.reason));
}
