import type { PublishOutcome } from '../../contract/programme';
import type { ParsedInput } from '../../contract/resolvers';
import { conflict, Failure, invalidInput } from '../../domain/failure';
import type { AuditProgramme } from '../../domain/programme/auditProgramme';
import type { AuditRecord, PublishedPage } from '../../domain/programme/auditPlan';
import { cycleWindow } from '../../domain/programme/rules/cycle';
import { addDays } from '../../domain/programme/rules/dates';
import type { ConfluencePage, ConfluencePages, ConfluenceSpace } from '../../ports/confluence';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices, Caller } from '../services';
import { loadAudit, requireAuditAction } from './auditAccess';
import { overridesOf } from './assignmentChecks';
import { planContentOf, planPageTitle, renderPlanPage } from './planPage';

async function renderFor(
  services: AppServices,
  stored: StoredRecord<AuditRecord>,
  programme: AuditProgramme,
): Promise<string> {
  const { plan } = stored.record;
  const areas = await services.store.list('auditableArea');
  const areaNames = new Map(areas.map((a) => [a.id, a.record.name]));
  const people = new Map<string, string>();
  for (const accountId of [...(plan.leadAuditorId ? [plan.leadAuditorId] : []), ...plan.teamIds, ...plan.auditeeIds]) {
    people.set(accountId, await services.directory.displayName(accountId));
  }
  const cycle = cycleWindow(programme);
  return renderPlanPage({
    auditId: stored.id,
    recordVersion: stored.version,
    audit: stored.record,
    cycle: { firstDay: cycle.start, lastDay: addDays(cycle.end, -1), lengthMonths: programme.cycleLengthMonths },
    areaNames,
    people,
    overrides: await overridesOf(services, stored.id, areas),
  });
}

interface Target {
  space: ConfluenceSpace;
  title: string;
  storage: string;
  replaceEditedPage: boolean;
}

const editedConflict = (title: string, ours: number, theirs: number) =>
  conflict(
    `Someone edited the page "${title}" in Confluence after the app published version ${ours} (it is at version ${theirs} now). ` +
      'Publishing would overwrite their changes: bring them into the plan, or publish again choosing to replace the edited page.',
    'replaceEditedPage',
  );

const createIn = (pages: ConfluencePages, target: Target) =>
  pages.createPage({ spaceId: target.space.id, title: target.title, storage: target.storage });

const unchanged = (page: ConfluencePage, target: Target) =>
  page.title === target.title && planContentOf(page.storage) === planContentOf(target.storage);

/**
 * Writes `target` over `page`, whose version `ours` the app knows it wrote (or adopted). Confluence
 * answers 409 when someone saved in between: read the page again and retry once, unless that save was
 * an edit the caller has not agreed to overwrite.
 */
async function updateOver(pages: ConfluencePages, page: ConfluencePage, ours: number, target: Target) {
  const update = (base: ConfluencePage) =>
    pages.updatePage({
      pageId: base.id,
      title: target.title,
      storage: target.storage,
      version: base.version + 1,
      message: 'Published from the ISO 27001 audit app',
    });
  try {
    return { page: await update(page), created: false };
  } catch (error) {
    if (!(error instanceof Failure) || error.code !== 'conflict') throw error;
    const reread = await pages.getPage(page.id);
    if (!reread) return { page: await createIn(pages, target), created: true };
    // Another publish of the same plan got there first: the page already says what we meant to write.
    if (unchanged(reread, target)) return { page: reread, created: false };
    if (reread.version > ours && !target.replaceEditedPage) throw editedConflict(target.title, ours, reread.version);
    return { page: await update(reread), created: false };
  }
}

/**
 * The page for the plan: the one published before (unless edited in Confluence since, or unchanged),
 * else a page with the plan's title — the app may have created it and failed before saving its id —
 * else a new one.
 */
async function writePlanPage(
  pages: ConfluencePages,
  previous: PublishedPage | null,
  target: Target,
): Promise<{ page: ConfluencePage; created: boolean }> {
  const published = previous ? await pages.getPage(previous.pageId) : null;
  if (published && previous) {
    if (published.version > previous.version && !target.replaceEditedPage) {
      throw editedConflict(target.title, previous.version, published.version);
    }
    if (unchanged(published, target)) return { page: published, created: false };
    return updateOver(pages, published, published.version, target);
  }
  const adopted = await pages.findPageByTitle(target.space.id, target.title);
  if (!adopted) return { page: await createIn(pages, target), created: true };
  if (unchanged(adopted, target)) return { page: adopted, created: false };
  return updateOver(pages, adopted, adopted.version, target);
}

/** The site-relative link (Confluence's `webui` is relative to the wiki, which lives under `/wiki`). */
const siteLink = (webui: string | null) => (webui ? (webui.startsWith('/wiki/') ? webui : `/wiki${webui}`) : null);

/**
 * Publishes the audit plan as a storage-format page in the programme's ISMS space, so stakeholders
 * read it before the audit. Re-publishing updates the same page and never makes a second one; a page
 * edited in Confluence since is only overwritten when the caller says so.
 */
export async function publishAuditPlan(
  services: AppServices,
  caller: Caller,
  command: ParsedInput<'publishAuditPlan'>,
): Promise<PublishOutcome> {
  const stored = await loadAudit(services, command.auditId);
  await requireAuditAction(services, caller, stored.record, 'manage');
  const programme = await services.store.get('auditProgramme', stored.record.programmeId);
  const spaceKey = programme?.record.ismsSpaceKey;
  if (!programme || !spaceKey) throw invalidInput('auditId', 'Choose the ISMS space of the programme first');
  const pages = services.confluence.asApp();
  const space = await pages.spaceByKey(spaceKey);
  if (!space) {
    throw invalidInput(
      'auditId',
      `The programme's ISMS space ${spaceKey} does not exist or the app cannot see it: choose another space or grant the app access`,
    );
  }
  const target: Target = {
    space,
    title: planPageTitle(stored.record.plan.title, stored.id),
    storage: await renderFor(services, stored, programme.record),
    replaceEditedPage: command.replaceEditedPage,
  };
  // A page published to another space before (the programme's space changed) is left there.
  const previous = stored.record.planPage?.spaceKey === space.key ? stored.record.planPage : null;
  const { page, created } = await writePlanPage(pages, previous, target);

  const planPage: PublishedPage = {
    pageId: page.id,
    spaceKey: space.key,
    version: page.version,
    title: page.title,
    publishedAt: services.clock.now().toISOString(),
  };
  const refersTo = (saved: PublishedPage | null) =>
    saved !== null &&
    saved.spaceKey === space.key &&
    saved.pageId === page.id &&
    saved.version === page.version &&
    saved.title === page.title;
  if (!refersTo(stored.record.planPage)) {
    // Read again: only the page reference changes here, and a plan edit (or a rival publish) made
    // meanwhile must not be lost or repeated.
    const latest = await loadAudit(services, stored.id);
    if (!refersTo(latest.record.planPage)) {
      await services.store.apply({
        entity: 'audit',
        id: stored.id,
        before: latest,
        after: { ...latest.record, planPage },
        actor: caller.accountId,
        at: services.clock.now(),
        reason: `Plan published to Confluence page ${page.id} version ${page.version}`,
      });
    }
  }
  return {
    pageId: page.id,
    version: page.version,
    title: page.title,
    spaceKey: space.key,
    url: siteLink(page.webui),
    created,
  };
}
