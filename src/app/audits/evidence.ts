import { createHash } from 'node:crypto';
import type { EvidenceView } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import { conflict, Failure, invalidInput } from '../../domain/failure';
import type { EvidenceRecord, EvidenceReference, EvidenceReferenceInput } from '../../domain/audits/evidence';
import { auditStateTitles } from '../../domain/audits/auditState';
import type { ConfluencePage, ConfluencePages } from '../../ports/confluence';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { loadAudit, requireAuditAction } from '../access/auditAccess';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import { checkReference, collectedReference } from './evidenceChecks';

/** The fingerprint of a page version's content: the SHA-256 of its storage-format body, in hex. */
const bodySha256 = (storage: string) => createHash('sha256').update(storage, 'utf8').digest('hex');

/**
 * A page as the caller sees it. Evidence is read with the caller's own Confluence permissions, so
 * nobody can cite (and fingerprint) a page they are not allowed to read.
 */
async function pageSeenBy(services: AppServices, caller: Caller, pageId: string, version?: number) {
  const missing = () =>
    invalidInput(
      'evidence.reference.pageId',
      `Confluence page ${pageId}${version ? ` version ${version}` : ''} does not exist or you cannot see it`,
    );
  try {
    const page = await services.confluence.asUser(caller.accountId).getPage(pageId, version);
    if (!page) throw missing();
    return page;
  } catch (error) {
    if (error instanceof Failure && (error.code === 'not_found' || error.code === 'forbidden')) throw missing();
    throw error;
  }
}

async function storedReference(
  services: AppServices,
  caller: Caller,
  audit: { id: string; record: AuditRecord },
  reference: EvidenceReferenceInput | null,
  now: Date,
): Promise<EvidenceReference | null> {
  if (reference === null) return null;
  if (reference.type !== 'confluencePage') return collectedReference(services, caller, audit, reference, now);
  const page = await pageSeenBy(services, caller, reference.pageId, reference.version);
  return {
    type: 'confluencePage',
    pageId: reference.pageId,
    version: page.version,
    title: page.title,
    bodySha256: bodySha256(page.storage),
  };
}

/** Records evidence for an audit in progress or reporting; a Confluence page is fingerprinted as collected. */
export async function collectEvidence(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'collectEvidence'>,
): Promise<EvidenceView> {
  const audit = await loadAudit(services, command.auditId);
  const { plan, state, checklist } = audit.record;
  await requireAuditAction(services, caller, audit.record, 'fieldwork');
  if (state !== 'inProgress' && state !== 'reporting') {
    throw conflict(
      `"${plan.title}" is ${auditStateTitles[state]}: evidence is collected while it is in progress or reporting`,
    );
  }
  const { evidence } = command;
  if (evidence.itemId !== null && !checklist.some((line) => line.itemId === evidence.itemId)) {
    throw invalidInput('evidence.itemId', `${evidence.itemId} is not a line of the checklist of "${plan.title}"`);
  }
  const now = services.clock.now();
  const record: EvidenceRecord = {
    auditId: audit.id,
    kind: evidence.kind,
    itemId: evidence.itemId,
    description: evidence.description,
    reference: await storedReference(services, caller, audit, evidence.reference, now),
    collectedBy: caller.accountId,
    collectedAt: now.toISOString(),
  };
  const saved = await services.store.apply({
    entity: 'evidence',
    id: services.ids.newId('evidence'),
    before: null,
    after: record,
    actor: caller.accountId,
    at: now,
  });
  if (!saved) throw new Error('collectEvidence: the store returned no record for a write');
  return toView(services, saved, pageChecksFor(services, caller), caller);
}

type PageCheck = { page: ConfluencePage | null; problem: string | null };

/** The current version of each cited page, read once per request through `pages`. */
function currentPage(pages: ConfluencePages, seen: Map<string, Promise<PageCheck>>, pageId: string) {
  if (!seen.has(pageId)) {
    seen.set(
      pageId,
      pages.getPage(pageId).then(
        (page) => ({ page, problem: null }),
        (error: unknown) => {
          // One unreachable page must not hide the rest of the audit's evidence.
          if (error instanceof Failure) return { page: null, problem: error.message };
          throw error;
        },
      ),
    );
  }
  return seen.get(pageId)!;
}

/**
 * How the pages are checked for one caller. The caller's own view comes first: evidence lists are
 * open to every app role, and a page's title, version and fingerprint must not reach someone
 * Confluence would not show the page to. Only when the caller cannot see it is the app asked —
 * to tell "hidden from you" (redacted) from "gone" (a page nobody can check any more).
 */
interface PageChecks {
  asCaller(pageId: string): Promise<PageCheck>;
  asApp(pageId: string): Promise<PageCheck>;
}

function pageChecksFor(services: AppServices, caller: Caller): PageChecks {
  const mine = new Map<string, Promise<PageCheck>>();
  const app = new Map<string, Promise<PageCheck>>();
  const callerPages = services.confluence.asUser(caller.accountId);
  const appPages = services.confluence.asApp();
  return {
    asCaller: (pageId) => currentPage(callerPages, mine, pageId),
    asApp: (pageId) => currentPage(appPages, app, pageId),
  };
}

const hiddenPageNote =
  'Cites a Confluence page you cannot view: its title, version and fingerprint are not shown. Someone who can view it can check it.';

async function toView(
  services: AppServices,
  stored: StoredRecord<EvidenceRecord>,
  checks: PageChecks,
  caller: Caller,
): Promise<EvidenceView> {
  const evidence = stored.record;
  const view = {
    id: stored.id,
    evidence,
    collectedByName: await services.directory.displayName(evidence.collectedBy),
  };
  const reference = evidence.reference;
  if (reference?.type === 'confluenceAttachment' || reference?.type === 'jiraIssue') {
    // Checked each time the evidence is listed: a changed or missing file or issue shows at once.
    const { outcome, note } = await checkReference(services, reference, () => services.jira.asUser(caller.accountId));
    const changed = outcome === 'changed' ? true : outcome === 'unchanged' ? false : null;
    return { ...view, currentVersion: null, changedSinceCollected: changed, checkNote: note };
  }
  if (reference?.type !== 'confluencePage') {
    return { ...view, currentVersion: null, changedSinceCollected: null, checkNote: null };
  }
  const { page } = await checks.asCaller(reference.pageId);
  if (!page) {
    const { page: stillThere, problem } = await checks.asApp(reference.pageId);
    if (stillThere) {
      return {
        ...view,
        evidence: { ...evidence, reference: null },
        currentVersion: null,
        changedSinceCollected: null,
        checkNote: hiddenPageNote,
      };
    }
    return {
      ...view,
      currentVersion: null,
      changedSinceCollected: null,
      checkNote: problem ?? `The page ${reference.title} is gone (deleted or moved out of reach): it cannot be checked`,
    };
  }
  // The content decides, not the version number: a page saved again with the same body (a title or
  // parent change, an empty edit) still shows what was collected, so it is not "changed".
  return {
    ...view,
    currentVersion: page.version,
    changedSinceCollected: bodySha256(page.storage) !== reference.bodySha256,
    checkNote: null,
  };
}

/** An audit's evidence, newest first; each Confluence page checked against the version collected. */
export async function listEvidence(
  services: AppServices,
  caller: Caller,
  query: ParsedInput<'listEvidence'>,
): Promise<{ evidence: EvidenceView[] }> {
  await loadAudit(services, query.auditId);
  const stored = await services.store.listBy('evidence', 'auditId', query.auditId);
  const newestFirst = [...stored].sort(
    (a, b) =>
      b.record.collectedAt.localeCompare(a.record.collectedAt) || b.id.localeCompare(a.id, 'en', { numeric: true }),
  );
  const checks = pageChecksFor(services, caller);
  return { evidence: await Promise.all(newestFirst.map((evidence) => toView(services, evidence, checks, caller))) };
}
