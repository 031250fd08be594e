/**
 * Who approves an audit report and when it can be approved (ISO 19011 6.5; DOMAIN: the lead auditor
 * approves the report, then it is frozen).
 */

/**
 * The audit's own lead auditor approves its report. An audit always has a lead once fieldwork has
 * started, so the programme manager stands in only for an audit that (unusually) has none.
 */
export function mayApproveReport(input: {
  leadAuditorId: string | null;
  callerId: string;
  callerIsProgrammeManager: boolean;
}): boolean {
  if (input.leadAuditorId) return input.leadAuditorId === input.callerId;
  return input.callerIsProgrammeManager;
}

export interface ApprovalState {
  auditState: 'planned' | 'inProgress' | 'reporting' | 'closed';
  conclusion: string;
  /** The version of the page the app generated last, or null when there is none. */
  generatedPageVersion: number | null;
  /** The page's version in Confluence now, or null when it is gone. */
  currentPageVersion: number | null;
  /** The audit's records render to something other than the page (a finding added since). */
  stale: boolean;
}

/**
 * Why the report cannot be approved now, or an empty list. The approval freezes the page the app
 * generated from the audit's records: an edit made in Confluence since, or a page that no longer
 * shows the records, is brought up to date first, so what is signed is what the records say.
 */
export function approvalBlockers(state: ApprovalState): string[] {
  const blockers: string[] = [];
  if (state.auditState !== 'reporting' && state.auditState !== 'closed') {
    blockers.push('A report is approved once fieldwork has ended (the audit is in reporting)');
  }
  if (state.conclusion.trim().length === 0) blockers.push('Write the conclusion on the effectiveness of the ISMS');
  if (state.generatedPageVersion === null) {
    blockers.push('Generate the report page first');
  } else if (state.currentPageVersion === null) {
    blockers.push('The report page is gone from Confluence: generate it again');
  } else if (state.currentPageVersion !== state.generatedPageVersion) {
    blockers.push(
      `Someone edited the report page in Confluence (version ${state.currentPageVersion}, the app wrote version ${state.generatedPageVersion}): generate it again, read it, then approve`,
    );
  } else if (state.stale) {
    blockers.push("The audit's records changed since the page was generated: generate it again, read it, then approve");
  }
  return blockers;
}
