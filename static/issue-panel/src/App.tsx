import Heading, { HeadingContextProvider } from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import VisuallyHidden from '@atlaskit/visually-hidden';
import { useEffect, useState } from 'react';
import type { CorrectiveActionView, IssueContextView, ResolverError } from '../../../src/contract';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { Loading } from '../../shared/components/Loading';
import type { Person } from '../../shared/components/PeopleSelect';
import { callResolver } from '../../shared/invokeClient';
import { useResolverQuery } from '../../shared/useResolverQuery';
import { ActionCard } from './ActionCard';
import { ExemptionOffer, ExemptionRecord } from './FindingExemption';
import { FindingContext } from './FindingContext';
import { OpenActionForm } from './OpenActionForm';
import { OpenImprovementForm } from './improvement/OpenImprovementForm';
import { useIssueKey } from './useIssueKey';
import { isNonconformity, roleWords } from './words';

const panelStyles = xcss({ padding: 'space.100' });

/** Why the panel shows nothing: an app role is missing, or Jira says the viewer may not see the issue. */
function Forbidden({ error }: { error: ResolverError }) {
  return (
    <SectionMessage appearance="warning" title="You cannot see the audit record of this issue" testId="panel-forbidden">
      <Stack space="space.100">
        <Text as="p">{error.message}</Text>
        <Text as="p">
          The panel shows audit findings and corrective actions only to people with a role in the ISO 27001 internal
          audit app who may also see this issue in Jira. A programme manager gives roles on the audit programme page
          (Settings &amp; people).
        </Text>
      </Stack>
    </SectionMessage>
  );
}

/**
 * The `jira:issuePanel`: for an issue the app raised or linked, the audit context behind it and its
 * corrective actions, with the next step's form for whoever may record it and the verification for
 * an independent auditor. Everything is read for the viewer (Jira permission and app role).
 */
export function App() {
  const key = useIssueKey();
  return (
    <Box xcss={panelStyles} testId="issue-panel">
      {/* Jira titles the panel outside its frame; inside, the frame's own level-1 heading says the same. */}
      <VisuallyHidden>
        <Heading size="small">
          ISO 27001 audit record{key.status === 'ok' && key.issueKey ? ` of ${key.issueKey}` : ''}
        </Heading>
      </VisuallyHidden>
      <HeadingContextProvider>
        {key.status === 'loading' ? <Loading label="Loading the audit record" testId="panel-loading" /> : null}
        {key.status === 'ok' && !key.issueKey ? (
          <Text color="color.text.subtle" testId="panel-no-issue">
            This panel shows on Jira issues only.
          </Text>
        ) : null}
        {key.status === 'ok' && key.issueKey ? <IssueRecord key={key.issueKey} issueKey={key.issueKey} /> : null}
      </HeadingContextProvider>
    </Box>
  );
}

/** The audit record behind one issue, read for the viewer. */
function IssueRecord({ issueKey }: { issueKey: string }) {
  const query = useResolverQuery('getIssueContext', { issueKey });
  const { state } = query;
  const [people, setPeople] = useState<Person[]>([]);

  const canRecord = state.status === 'ok' && state.value.actions.some((action) => action.may.recordStep);
  useEffect(() => {
    // The plan's owner is picked from the people with app roles; only read when a step can be recorded.
    if (!canRecord) return;
    let live = true;
    void callResolver('listRoleAssignments', {}).then((result) => {
      if (live && result.ok) setPeople(result.value.assignments);
    });
    return () => {
      live = false;
    };
  }, [canRecord]);

  const changed = (view: CorrectiveActionView) => {
    if (state.status === 'ok') {
      const context = state.value;
      const known = context.actions.some((action) => action.id === view.id);
      const actions = known
        ? context.actions.map((action) => (action.id === view.id ? view : action))
        : [view, ...context.actions];
      query.replace({ ...context, actions });
    }
    // The rest (Jira-side keys, other actions) is read again behind the new state.
    void query.reload();
  };

  return (
    <>
      {state.status === 'loading' ? <Loading label="Loading the audit record" testId="panel-loading" /> : null}
      {state.status === 'error' && state.error.code === 'forbidden' ? <Forbidden error={state.error} /> : null}
      {state.status === 'error' && state.error.code !== 'forbidden' ? (
        <LoadFailure
          title="The audit record could not be loaded"
          error={state.error}
          onRetry={() => void query.reload()}
          testId="panel-load-error"
        />
      ) : null}
      {state.status === 'ok' ? (
        <IssueContext context={state.value} people={people} onChanged={changed} onReload={() => void query.reload()} />
      ) : null}
    </>
  );
}

function IssueContext({
  context,
  people,
  onChanged,
  onReload,
}: {
  context: IssueContextView;
  people: readonly Person[];
  onChanged: (view: CorrectiveActionView) => void;
  onReload: () => void;
}) {
  if (!context.tracked) {
    return (
      <Text color="color.text.subtle" testId="panel-not-tracked">
        {context.issueKey} is not tracked by the ISO 27001 internal audit app. Findings become Jira issues from the
        programme page’s Findings &amp; actions tab, where an existing issue can also be linked to a finding.
      </Text>
    );
  }
  const nonconformities = context.findings.filter((finding) => isNonconformity(finding.grade));
  const mayOpen = context.roles.some((role) => ['programmeManager', 'leadAuditor', 'auditee'].includes(role));
  const isActionIssue = context.actions.some((action) => action.issueKey === context.issueKey);
  const isManager = context.roles.includes('programmeManager');
  // A nonconformity whose every action has closed may need another (the first fixed only part of it,
  // or the cause showed again): the same form opens it, saying so.
  const allClosed = context.actions.length > 0 && context.actions.every((view) => view.action.state === 'closed');
  const hasAction = (findingId: string) =>
    context.actions.some((action) => action.findings.some((finding) => finding.id === findingId));
  return (
    <Stack space="space.300" testId="panel-context">
      {context.findings.length > 0 ? (
        <Stack space="space.100">
          <Heading size="small">{context.findings.length === 1 ? 'Audit finding' : 'Audit findings'}</Heading>
          {context.findings.map((finding) => (
            <Stack key={finding.id} space="space.100">
              <FindingContext finding={finding} />
              {finding.closure.how === 'exemption' ? <ExemptionRecord finding={finding} /> : null}
              {!isActionIssue && isManager && !finding.closure.closed && !hasAction(finding.id) ? (
                <ExemptionOffer finding={finding} onExempted={onReload} />
              ) : null}
            </Stack>
          ))}
        </Stack>
      ) : null}
      {context.actions.map((view) => (
        <ActionCard
          key={view.id}
          view={view}
          people={people}
          isOwnIssue={view.issueKey === context.issueKey}
          roles={context.roles}
          onChanged={onChanged}
        />
      ))}
      {!isActionIssue && (context.actions.length === 0 || allClosed) && nonconformities.length > 0 && mayOpen ? (
        <OpenActionForm
          findingIds={nonconformities.map((finding) => finding.id)}
          another={allClosed}
          onOpened={onChanged}
        />
      ) : null}
      <OpenImprovementForm context={context} onOpened={onChanged} />
      {!isActionIssue && context.actions.length === 0 && nonconformities.length > 0 && !mayOpen ? (
        <Text color="color.text.subtle" testId="panel-no-action">
          No corrective action yet. The auditee or the lead auditor opens one here. Your roles:{' '}
          {context.roles.map((role) => roleWords[role] ?? role).join(', ') || 'none'}.
        </Text>
      ) : null}
    </Stack>
  );
}
