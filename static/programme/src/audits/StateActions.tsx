import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { callResolver } from '../../../shared/invokeClient';
import { ActionFailure } from './ActionFailure';
import { type AuditState, auditStateTitles, minExplanationLength } from './auditWords';
import type { AuditView } from './planDraft';
import { ReasonDialog } from './ReasonDialog';

interface StateActionsProps {
  view: AuditView;
  /** Programme managers may take a planned audit off the schedule. */
  canCancel: boolean;
  onMoved: (view: AuditView) => void;
  onCancelled: () => void;
  onReload: () => void;
}

const forward: Partial<Record<AuditState, { to: AuditState; label: string; help: string }>> = {
  planned: { to: 'inProgress', label: 'Start fieldwork', help: 'Results and findings can be recorded from now on.' },
  inProgress: {
    to: 'reporting',
    label: 'Start reporting',
    help: 'Fieldwork is done: the results count towards coverage.',
  },
  reporting: {
    to: 'closed',
    label: 'Close audit',
    help: 'Every checklist line needs a result; a not-audited line needs a note saying why. Closed is final.',
  },
};

type Dialog = 'reopen' | 'cancel' | null;

/** The audit's next step under the state rules, and the way back from reporting with a reason. */
export function StateActions({ view, canCancel, onMoved, onCancelled, onReload }: StateActionsProps) {
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const next = forward[view.state];

  const move = async (to: AuditState, reason?: string): Promise<ResolverError | null> => {
    const result = await callResolver('moveAudit', {
      auditId: view.id,
      to,
      expectedVersion: view.version,
      ...(reason ? { reason } : {}),
    });
    if (!result.ok) return result.error;
    setError(null);
    onMoved(result.value);
    return null;
  };

  const moveForward = async () => {
    if (!next || busy) return;
    setBusy(true);
    setError(await move(next.to));
    setBusy(false);
  };

  const cancel = async (reason: string): Promise<ResolverError | null> => {
    const result = await callResolver('cancelAudit', { auditId: view.id, expectedVersion: view.version, reason });
    if (!result.ok) return result.error;
    onCancelled();
    return null;
  };

  if (!view.can.move && !(canCancel && view.state === 'planned')) {
    return (
      <Text color="color.text.subtle" testId="audit-state-readonly">
        {view.state === 'closed'
          ? 'The audit is closed.'
          : "The audit's lead auditor or a programme manager moves it to its next step."}
      </Text>
    );
  }
  return (
    <Stack space="space.150" testId="audit-state-actions">
      {next && view.can.move ? <Text color="color.text.subtle">{next.help}</Text> : null}
      <Inline space="space.100" shouldWrap>
        {next && view.can.move ? (
          <Button
            appearance="primary"
            onClick={() => void moveForward()}
            isLoading={busy}
            testId={`audit-move-${next.to}`}
          >
            {next.label}
          </Button>
        ) : null}
        {view.state === 'reporting' && view.can.move ? (
          <Button onClick={() => setDialog('reopen')} testId="audit-move-reopen">
            Reopen fieldwork
          </Button>
        ) : null}
        {view.state === 'planned' && canCancel ? (
          <Button appearance="danger" onClick={() => setDialog('cancel')} testId="audit-cancel">
            Cancel audit
          </Button>
        ) : null}
      </Inline>
      {error ? (
        <ActionFailure
          title={next ? `The audit did not move to ${auditStateTitles[next.to].toLocaleLowerCase()}` : 'Not moved'}
          error={error}
          onReload={onReload}
          testId="audit-move-failure"
        />
      ) : null}
      {dialog === 'reopen' ? (
        <ReasonDialog
          title="Reopen fieldwork"
          explanation="The audit goes back from reporting to in progress, for more fieldwork after the draft report."
          confirmLabel="Reopen fieldwork"
          minLength={minExplanationLength}
          onConfirm={(reason) => move('inProgress', reason)}
          onClose={() => setDialog(null)}
          testId="audit-reopen-dialog"
        />
      ) : null}
      {dialog === 'cancel' ? (
        <ReasonDialog
          title="Cancel this audit"
          explanation="The planned audit leaves the schedule; its scope may become a coverage gap."
          confirmLabel="Cancel audit"
          minLength={1}
          onConfirm={cancel}
          onClose={() => setDialog(null)}
          testId="audit-cancel-dialog"
        />
      ) : null}
    </Stack>
  );
}
