import type { CapaReportFacts } from '../../../domain/review/capa/capaEffectivenessReport';
import { todayIn } from '../../../domain/calendar/timeZone';
import { hasIssue, splitTrackedIssueId } from '../../../domain/jira/trackedIssue';
import type { FindingRecord } from '../../../domain/audits/finding';
import { datesOf, withSignedApprovals } from '../../actions/actionDates';
import { isSignedBy } from '../../signing/signedRecord';
import { savedJiraSettings } from '../../jira/savedSettings';
import { lookupOnce } from '../../lookupOnce';
import { currentProgrammeSettings } from '../../programme/programmeSettings';
import type { AppServices } from '../../services';

/**
 * Everything the CAPA effectiveness report is built from, read once for the whole programme: one
 * `listMany` of the findings, actions, verifications, extensions, plan approvals, exemptions and
 * tracked issues, then one signature read per approved extension and per exemption (an approval
 * or an exemption counts only while its signature holds), and one name per person shown.
 */
export async function loadCapaReportFacts(services: AppServices): Promise<CapaReportFacts> {
  const now = services.clock.now();
  const [programme, jiraSettings, records] = await Promise.all([
    currentProgrammeSettings(services),
    savedJiraSettings(services),
    services.store.listMany([
      'finding',
      'correctiveAction',
      'caVerification',
      'dueDateExtension',
      'caPlanApproval',
      'ncExemption',
      'trackedIssue',
    ]),
  ]);
  const policy = { settings: jiraSettings, workingDays: programme.workingDays, timeZone: programme.timeZone };
  const findingIssues = new Map<string, { key: string; statusCategory: 'new' | 'indeterminate' | 'done' }>();
  for (const tracked of records.trackedIssue) {
    const [subject, subjectId] = splitTrackedIssueId(tracked.id);
    const { state, issue, jira } = tracked.record;
    if (subject !== 'finding' || !hasIssue(state) || !issue) continue;
    // Never mirrored yet: Jira has not said, so it is not "done in Jira".
    findingIssues.set(subjectId, { key: issue.key, statusCategory: jira?.statusCategory ?? 'new' });
  }
  const findings = new Map<string, FindingRecord>(records.finding.map((f) => [f.id, f.record]));
  const approvals = new Map(records.caPlanApproval.map((a) => [a.id, a]));
  const verifications = new Map(records.caVerification.map((v) => [v.id, v.record]));
  const extensions = await withSignedApprovals(services, records.dueDateExtension);
  const exemptions = await Promise.all(
    records.ncExemption.map(async (e) => ({
      record: e.record,
      signed: await isSignedBy(services, { recordType: 'ncExemption', recordId: e.id }, 'closure', e.record.by),
    })),
  );
  const actions = records.correctiveAction.map((stored) => {
    const action = stored.record;
    const own = extensions
      .filter((e) => e.record.correctiveActionId === stored.id)
      .sort((a, b) => a.record.requestedAt.localeCompare(b.record.requestedAt));
    const dates = datesOf(
      policy,
      action,
      action.findingIds.map((id) => findings.get(id)).filter((f): f is FindingRecord => f !== undefined),
      {
        extensions: own,
        planApproval: action.planApprovalId ? (approvals.get(action.planApprovalId) ?? null) : null,
      },
    );
    return {
      id: stored.id,
      record: action,
      dates: {
        policyDate: dates.policyDate?.date ?? null,
        controlledDueDate: dates.controlledDueDate,
        check: dates.check,
      },
      extensions: own.map((e) => ({ record: e.record, signed: e.signed })),
      verifications: action.verificationIds
        .map((id) => verifications.get(id))
        .filter((v): v is NonNullable<typeof v> => v !== undefined),
    };
  });
  // Names only of the people the report shows: verifiers, extension approvers, exemption signers.
  const name = lookupOnce((id) => services.directory.displayName(id));
  const people = new Set<string>([
    ...actions.flatMap((a) => a.verifications.map((v) => v.verifierId)),
    ...extensions.flatMap((e) => (e.signed && e.record.decision ? [e.record.decision.by] : [])),
    ...exemptions.map((e) => e.record.by),
  ]);
  const names = new Map(await Promise.all([...people].map(async (id) => [id, await name(id)] as const)));
  return {
    findings: records.finding.map((f) => ({ id: f.id, record: f.record, issue: findingIssues.get(f.id) ?? null })),
    actions,
    exemptions,
    policy,
    names,
    today: todayIn(programme.timeZone, now),
  };
}
