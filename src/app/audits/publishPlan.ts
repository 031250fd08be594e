import type { PublishOutcome } from '../../contract/audits';
import type { ParsedInput } from '../../contract/resolvers';
import { conflict } from '../../domain/failure';
import type { AuditProgramme } from '../../domain/programme/auditProgramme';
import type { AuditRecord, PublishedPage } from '../../domain/audits/auditPlan';
import { cycleWindow } from '../../domain/programme/cycle';
import { addDays } from '../../domain/calendar/calendarDate';
import type { StoredRecord } from '../../ports/recordStore';
import { confluencePagePath } from '../../domain/links/siteLinks';
import { ismsSpaceOf, writeAppPage, type PageKind, type PageTarget } from '../pages/appPage';
import type { AppServices, Caller } from '../services';
import { loadAudit, loadAuditFor } from '../access/auditAccess';
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

/** The plan page: compared without its provenance line; an edit in Confluence is only overwritten on request. */
const planPageKind: PageKind = {
  contentOf: planContentOf,
  edited: (title, ours, theirs) =>
    conflict(
      `Someone edited the page "${title}" in Confluence after the app published version ${ours} (it is at version ${theirs} now). ` +
        'Publishing would overwrite their changes: bring them into the plan, or publish again choosing to replace the edited page.',
      'replaceEditedPage',
    ),
  message: 'Published from the ISO 27001 audit app',
};

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
  const stored = await loadAuditFor(services, caller, command.auditId, 'manage');
  const space = await ismsSpaceOf(services, stored.record.programmeId, 'auditId', caller.accountId);
  const programme = await services.store.get('auditProgramme', stored.record.programmeId);
  if (!programme) throw new Error('publishAuditPlan: the programme vanished after its space was read');
  const target: PageTarget = {
    space,
    title: planPageTitle(stored.record.plan),
    storage: await renderFor(services, stored, programme.record),
    replaceEditedPage: command.replaceEditedPage,
  };
  // A page published to another space before (the programme's space changed) is left there.
  const previous = stored.record.planPage?.spaceKey === space.key ? stored.record.planPage : null;
  const { page, created } = await writeAppPage(services.confluence.asApp(), planPageKind, previous, target);

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
    url: confluencePagePath({ spaceKey: space.key, pageId: page.id }),
    created,
  };
}
