import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { ResolverOutput } from '../../../../src/contract';
import { Section } from '../../../shared/components/Section';
import { Timestamp } from '../../../shared/components/Timestamp';
import { useSave } from '../../../shared/forms/useSave';
import { humaniseTimes } from '../../../shared/formatTimestamp';
import { callResolver } from '../../../shared/invokeClient';
import type { AuditView } from './planDraft';
import { SiteLink } from '../../../shared/components/SiteLink';

type Published = ResolverOutput<'publishAuditPlan'>;

interface PublishPanelProps {
  view: AuditView;
  /** After publishing: the audit now names its page. */
  onPublished: () => void;
}

/** The audit's plan page: writes the plan to the ISMS space, the same page every time, never a copy. */
export function PublishPanel({ view, onPublished }: PublishPanelProps) {
  const [published, setPublished] = useState<Published | null>(null);
  const save = useSave();
  const { error } = save;
  const page = view.planPage;

  const publish = (replaceEditedPage: boolean) =>
    save.run(() => callResolver('publishAuditPlan', { auditId: view.id, replaceEditedPage }), {
      onSaved: (answer) => {
        setPublished(answer);
        onPublished();
      },
    });

  return (
    <Section
      title="Plan page"
      description="The plan as a page in the ISMS space, with its overrides."
      testId="audit-publish-section"
    >
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
              {published.created ? 'A new page' : 'The page'} “{published.title}” in space {published.spaceKey} now
              holds version {published.version}.{' '}
              {published.url ? (
                <SiteLink path={published.url} testId="audit-publish-link">
                  Open the page
                </SiteLink>
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
                    isLoading={save.saving}
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
            <Button onClick={() => void publish(false)} isLoading={save.saving} testId="audit-publish-button">
              {page ? 'Publish the plan again' : 'Publish plan to Confluence'}
            </Button>
          </Inline>
        ) : null}
      </Stack>
    </Section>
  );
}
