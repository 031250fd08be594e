import Heading from '@atlaskit/heading';

/** A part of the Jira settings form. */
export function SubHeading({ children }: { children: string }) {
  return <Heading size="small">{children}</Heading>;
}
