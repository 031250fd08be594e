import { Text } from '@atlaskit/primitives';
import type { EvidenceView } from '../../../../src/contract';
import { SiteLink } from '../../../shared/components/SiteLink';

/** Where the evidence is: a Confluence page at a version, a Jira issue, or a web address. */
export function EvidenceReference({ reference }: { reference: EvidenceView['evidence']['reference'] }) {
  if (!reference) return <Text color="color.text.subtle">No reference (seen or heard)</Text>;
  if (reference.type === 'confluencePage') {
    return (
      <Text>
        Confluence page “{reference.title}” (page {reference.pageId}, version {reference.version})
      </Text>
    );
  }
  if (reference.type === 'jiraIssue') return <Text>Jira issue {reference.issueKey}</Text>;
  return <SiteLink path={reference.url}>{reference.url}</SiteLink>;
}
