import { callResolver } from '../../../shared/invokeClient';
import { ReasonDialog } from '../audits/ReasonDialog';
import { type FindingIssueRow, findingTitle } from './FindingIssuesTable';
import { LinkIssueDialog } from './LinkIssueDialog';

export type Dialog =
  { kind: 'none' } | { kind: 'link'; row: FindingIssueRow } | { kind: 'unlink'; row: FindingIssueRow };

interface IssueLinkDialogsProps {
  dialog: Dialog;
  /** A link or unlink went through: the page reads the issues again. */
  onChanged: () => void;
  onClose: () => void;
}

/** Linking an existing Jira issue to a finding, or unlinking it with a reason. */
export function IssueLinkDialogs({ dialog, onChanged: changed, onClose }: IssueLinkDialogsProps) {
  return (
    <>
      {dialog.kind === 'link' ? (
        <LinkIssueDialog
          findingId={dialog.row.finding.id}
          findingTitle={findingTitle(dialog.row)}
          onLinked={changed}
          onClose={onClose}
        />
      ) : null}
      {dialog.kind === 'unlink' ? (
        <ReasonDialog
          title={`Unlink ${dialog.row.tracked?.issueKey ?? 'the issue'}`}
          explanation="The finding stops following this Jira issue; the history keeps the link, and the finding can be raised or linked again. The issue itself stays in Jira."
          confirmLabel="Unlink"
          minLength={1}
          testId="unlink-issue"
          onClose={onClose}
          onConfirm={async (reason) => {
            const result = await callResolver('unlinkFindingIssue', { findingId: dialog.row.finding.id, reason });
            if (!result.ok) return result.error;
            changed();
            return null;
          }}
        />
      ) : null}
    </>
  );
}
