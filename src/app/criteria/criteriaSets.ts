import type { CriteriaSetSummary, CriteriaSetView, CriteriaSetsView } from '../../contract/criteria';
import type { ParsedInput } from '../../contract/resolvers';
import { readCriteriaCsv } from '../../domain/criteria/criteriaCsv';
import {
  CriteriaSetContent,
  droppedCitedRequirements,
  type CriteriaSetRecord,
} from '../../domain/criteria/criteriaSet';
import { isoAmendmentPoints, isoSetSummary } from '../../domain/criteria/isoSet';
import { csvImportRefused } from '../../domain/csv/csv';
import { invalidInput, notFound } from '../../domain/failure';
import { parseInput } from '../../domain/parseInput';
import type { StoredRecord } from '../../ports/recordStore';
import { expectVersion } from '../expectVersion';
import type { AppServices, Caller } from '../services';

/**
 * Company criteria sets (issue 18): a programme manager enters or imports the requirements of an SOP,
 * a regulation or another standard, and ties them to ISO/IEC 27001:2022 items by cross-references.
 * Each save is a new version of the whole set, trailed with who, when and why; a change to a set that
 * exists needs a reason, as audits and findings may already cite it.
 */

async function toView(services: AppServices, stored: StoredRecord<CriteriaSetRecord>): Promise<CriteriaSetView> {
  return {
    set: stored.record.content,
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
    updatedByName: await services.directory.displayName(stored.updatedBy),
  };
}

export async function listCriteriaSets(services: AppServices): Promise<CriteriaSetsView> {
  const stored = await services.store.list('criteriaSet');
  const names = await Promise.all(stored.map((s) => services.directory.displayName(s.updatedBy)));
  const own: CriteriaSetSummary[] = stored
    .map((s, index) => ({
      id: s.id,
      title: s.record.content.title,
      sourceNote: s.record.content.sourceNote,
      builtIn: false,
      requirementCount: s.record.content.requirements.length,
      crossReferenceCount: s.record.content.crossReferences.length,
      version: s.version,
      updatedAt: s.updatedAt,
      updatedBy: s.updatedBy,
      updatedByName: names[index] ?? null,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const iso: CriteriaSetSummary = {
    ...isoSetSummary,
    builtIn: true,
    crossReferenceCount: 0,
    version: 0,
    updatedAt: null,
    updatedBy: null,
    updatedByName: null,
  };
  return { sets: [iso, ...own], isoAmendmentPoints: [...isoAmendmentPoints] };
}

export async function getCriteriaSet(
  services: AppServices,
  _caller: Caller,
  input: ParsedInput<'getCriteriaSet'>,
): Promise<CriteriaSetView> {
  const stored = await services.store.get('criteriaSet', input.setId);
  if (!stored) throw notFound(`There is no criteria set ${input.setId}`);
  return toView(services, stored);
}

/** Every criterion key the audits' scopes, checklist lines and findings hold. */
async function citedKeys(services: AppServices): Promise<Set<string>> {
  const [audits, findings] = await Promise.all([services.store.list('audit'), services.store.list('finding')]);
  const keys = new Set<string>();
  for (const audit of audits) {
    for (const id of audit.record.plan.itemIds) keys.add(id);
    for (const line of audit.record.checklist) keys.add(line.itemId);
  }
  for (const finding of findings) {
    keys.add(finding.record.content.itemId);
    for (const revision of finding.record.revisions ?? []) keys.add(revision.previous.itemId);
  }
  return keys;
}

/** The one write path for both the form and the import: version check, reason, cited lines kept. */
async function writeSet(
  services: AppServices,
  caller: Caller,
  content: CriteriaSetContent,
  expectedVersion: number,
  reason: string | undefined,
): Promise<CriteriaSetView> {
  const current = await services.store.get('criteriaSet', content.id);
  expectVersion(current, expectedVersion, `The criteria set ${content.id}`);
  if (current && !reason)
    throw invalidInput('reason', 'Say why the criteria set changes: audits and findings may already cite it');
  if (current) {
    const dropped = droppedCitedRequirements(content.id, content, await citedKeys(services));
    if (dropped.length > 0)
      throw invalidInput(
        'set.requirements',
        `Requirement${dropped.length === 1 ? '' : 's'} ${dropped.join(', ')} cannot be removed: audits or findings cite ${dropped.length === 1 ? 'it' : 'them'}`,
      );
  }
  const saved = await services.store.apply({
    entity: 'criteriaSet',
    id: content.id,
    before: current,
    after: { content, retired: current?.record.retired ?? false },
    actor: caller.accountId,
    at: services.clock.now(),
    reason: reason ?? null,
  });
  if (!saved) throw new Error(`The criteria set ${content.id} was not stored`);
  return toView(services, saved);
}

export async function saveCriteriaSet(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'saveCriteriaSet'>,
): Promise<CriteriaSetView> {
  return writeSet(services, caller, input.set, input.expectedVersion, input.reason);
}

/**
 * Creates or replaces a set's requirements and cross-references from a CSV file (criteriaCsv.ts).
 * All or nothing: any faulty line refuses the whole file, naming every line, column and problem.
 */
export async function importCriteriaSet(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'importCriteriaSet'>,
): Promise<CriteriaSetView> {
  const read = readCriteriaCsv(input.csv);
  if (!read.ok) throw csvImportRefused(read.problems);
  const content = parseInput(
    CriteriaSetContent,
    {
      id: input.setId,
      title: input.title,
      sourceNote: input.sourceNote,
      requirements: read.requirements,
      crossReferences: read.crossReferences,
    },
    'set',
  );
  return writeSet(services, caller, content, input.expectedVersion, input.reason);
}
