import { Text } from '@atlaskit/primitives';
import type { EvidenceView } from '../../../../src/contract';
import { SiteLink } from '../../../shared/components/SiteLink';

/** Where the evidence is: a Confluence page at a version, a Jira issue, a web address or a file. */
export function EvidenceReference({ reference }: { reference: EvidenceView['evidence']['reference'] }) {
  if (!reference) return <Text color="color.text.subtle">No reference (seen or heard)</Text>;
  if (reference.type === 'confluencePage') {
    return (
      <Text>
        Confluence page “{reference.title}” (page {reference.pageId}, version {reference.version})
      </Text>
    );
  }
  if (reference.type === 'jiraIssue') {
    return (
      <Text>
        Jira issue {reference.issueKey}
        {reference.updated ? ` (fingerprinted as updated ${reference.updated})` : ''}
      </Text>
    );
  }
  if (reference.type === 'confluenceAttachment') {
    return (
      <Text>
        File “{reference.fileName}” on the audit's page ({reference.size} bytes, SHA-256 {reference.sha256.slice(0, 12)}
        …)
      </Text>
    );
  }
  if (!reference.seenOn) return <SiteLink path={reference.url}>{reference.url}</SiteLink>;
  return (
    <Text>
      <SiteLink path={reference.url}>{reference.url}</SiteLink>
      {reference.seenOn ? ` (seen ${reference.seenOn})` : ''}
    </Text>
  );
}
