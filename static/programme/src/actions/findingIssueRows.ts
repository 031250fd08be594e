import type { ResolverOutput } from '../../../../src/contract';
import type { TrackedIssueView } from '../../../../src/contract/jira';
import type { QueryState } from '../../../shared/useResolverQuery';
import { exemptionsByFinding } from './findingExemptions';
import type { FindingIssueRow } from './FindingIssuesTable';

type Findings = QueryState<ResolverOutput<'listFindings'>>;
type Tracked = QueryState<ResolverOutput<'listTrackedIssues'>>;
type Capa = QueryState<ResolverOutput<'getCapaEffectivenessReport'>>;

/**
 * When a findings job queued some of the audit's findings (the tracked history says so): a raise
 * job requested at one of these times is this table's; the audit's other jobs raised its
 * corrective actions' issues.
 */
export function queuedTimes(tracked: Tracked): ReadonlySet<string> {
  if (tracked.status !== 'ok') return new Set();
  return new Set(
    tracked.value.issues.flatMap((issue) =>
      issue.history.filter((event) => event.action === 'queued').map((event) => event.at),
    ),
  );
}

/** Each finding beside its Jira issue and the signed exemption that closed it, if any. */
export function findingIssueRows(findings: Findings, tracked: Tracked, capa: Capa): FindingIssueRow[] {
  if (findings.status !== 'ok') return [];
  const bySubject = new Map<string, TrackedIssueView>(
    tracked.status === 'ok' ? tracked.value.issues.map((issue) => [issue.subjectId, issue]) : [],
  );
  // Which findings a signed exemption closed: the CAPA report reads the one rule of "closed".
  const exempted = capa.status === 'ok' ? exemptionsByFinding(capa.value.rows) : new Map();
  return findings.value.findings.map((finding) => ({
    finding,
    tracked: bySubject.get(finding.id) ?? null,
    exemption: exempted.get(finding.id) ?? null,
  }));
}
