import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';
import { findingClosure, type FindingClosure } from '../../domain/actions/findingClosure';
import type { NcExemptionRecord } from '../../domain/actions/ncExemption';
import type { StoredRecord } from '../../ports/recordStore';
import { currentProgrammeSettings } from '../programme/programmeSettings';
import type { AppServices } from '../services';
import { issueOf } from '../jira/trackedIssues';

export interface FindingClosureState {
  closure: FindingClosure;
  /** The corrective actions answering the finding, oldest first as the store lists them. */
  actions: Array<StoredRecord<CorrectiveActionRecord>>;
  exemption: StoredRecord<NcExemptionRecord> | null;
}

/**
 * Whether one finding is closed, read from the store (its actions, its exemption, the programme's
 * time zone) and decided by the one domain rule, so the issue panel, the Jira gate and the
 * exemption agree with the register and the KPI tiles. `allActions` saves a read when the caller
 * has listed the actions already.
 */
export async function findingClosureOf(
  services: AppServices,
  findingId: string,
  allActions?: ReadonlyArray<StoredRecord<CorrectiveActionRecord>>,
): Promise<FindingClosureState> {
  const [settings, listed, exemption] = await Promise.all([
    currentProgrammeSettings(services),
    allActions ?? services.store.list('correctiveAction'),
    services.store.get('ncExemption', findingId),
  ]);
  const actions = listed.filter((action) => action.record.findingIds.includes(findingId));
  const closure = findingClosure({
    actions: actions.map((action) => action.record),
    exemption: exemption?.record ?? null,
    timeZone: settings.timeZone,
  });
  return { closure, actions, exemption };
}

/** How the still-open actions are named to a Jira user: their issue keys, or titles where none is raised. */
export function openActionNames(
  services: AppServices,
  actions: ReadonlyArray<StoredRecord<CorrectiveActionRecord>>,
): Promise<string[]> {
  return Promise.all(
    actions
      .filter((action) => action.record.state !== 'closed')
      .map(
        async (action) =>
          (await issueOf(services, 'correctiveAction', action.id))?.issue.key ?? `"${action.record.title}"`,
      ),
  );
}
