import { Text } from '@atlaskit/primitives';
import { SiteLink } from '../../../shared/components/SiteLink';

/** The review's Confluence page, opened in a new tab (the app lives in a frame). */
export function ReviewPageLink({
  url,
  label = 'Open page',
  testId,
}: {
  url: string | null;
  label?: string;
  testId?: string;
}) {
  if (!url) return <Text color="color.text.subtlest">No page yet</Text>;
  return (
    <SiteLink path={url} testId={testId}>
      {label}
    </SiteLink>
  );
}
