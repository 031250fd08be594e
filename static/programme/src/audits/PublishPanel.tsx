import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { ResolverError, ResolverOutput } from '../../../../src/contract';
import { Timestamp } from '../../../shared/components/Timestamp';
import { humaniseTimes } from '../../../shared/formatTimestamp';
import { callResolver } from '../../../shared/invokeClient';
import type { AuditView } from './planDraft';

type Published = ResolverOutput<'publishAuditPlan'>;

interface PublishPanelProps {
  view: AuditView;
  /** After publishing: the audit now names its page. */
  onPublished: () => void;
}

/** Writes the plan to its page in the ISMS space: the same page every time, never a copy. */
export function PublishPanel({ view, onPublished }: PublishPanelProps) {
  const [published, setPublished] = useState<Published | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const page = view.planPage;

  const publish = async (replaceEditedPage: boolean) => {
    if (busy) return;
    setBusy(true);
    const result = await callResolver('publishAuditPlan', { auditId: view.id, replaceEditedPage });
    setBusy(false);
    if (result.ok) {
      setPublished(result.value);
      setError(null);
      onPublished();
    } else {
      setError(result.error);
    }
  };

  return (
    <Stack space="space.150" testId="audit-publish">
      {page ? (
        <Text testId="audit-publish-page">
          Published as “{page.title}” (page {page.pageId}, version {page.version}, space {page.spaceKey}) on{' '}
          <Timestamp iso={page.publishedAt} />.
        </Text>
      ) : (
        <Text color="color.text.subtle">Not published yet.</Text>
      )}
      {published ? (
        <SectionMessage appearance="success" title="Plan published" testId="audit-publish-done">
          <Text as="p">
            {published.created ? 'A new page' : 'The page'} “{published.title}” in space {published.spaceKey} now holds
            version {published.version}.{' '}
            {published.url ? (
              <a href={published.url} target="_blank" rel="noreferrer" data-testid="audit-publish-link">
                Open the page
              </a>
            ) : null}
          </Text>
        </SectionMessage>
      ) : null}
      {error ? (
        <SectionMessage
          appearance={error.code === 'conflict' ? 'warning' : 'error'}
          title={error.code === 'conflict' ? 'Someone edited the page in Confluence' : 'The plan was not published'}
          testId="audit-publish-failure"
        >
          <Stack space="space.100" alignInline="start">
            <Text as="p">{humaniseTimes(error.message)}</Text>
            {error.code === 'conflict' ? (
              <>
                <Text as="p" color="color.text.subtle">
                  Publishing again replaces their edits with the plan as the app holds it. Their version stays in the
                  page history.
                </Text>
                <Button
                  appearance="warning"
                  onClick={() => void publish(true)}
                  isLoading={busy}
                  testId="audit-publish-replace"
                >
                  Replace the edited page
                </Button>
              </>
            ) : null}
          </Stack>
        </SectionMessage>
      ) : null}
      {view.can.publish ? (
        <Inline>
          <Button onClick={() => void publish(false)} isLoading={busy} testId="audit-publish-button">
            {page ? 'Publish the plan again' : 'Publish plan to Confluence'}
          </Button>
        </Inline>
      ) : null}
    </Stack>
  );
}
