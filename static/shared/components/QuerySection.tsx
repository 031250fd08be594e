import type { ReactNode } from 'react';
import type { ResolverQuery } from '../useResolverQuery';
import { useReadAgainWhen } from '../useReadAgainWhen';
import { QueryStatus } from './QueryStatus';
import type { SpeltOut } from './queryStatusWords';
import { Section } from './Section';

interface QuerySectionProps<T> {
  title: string;
  description?: ReactNode;
  testId?: string;
  /** The read the section shows; the section reads it again when `refreshKey` moves. */
  query: ResolverQuery<T>;
  refreshKey: number;
  /** How the spinner and the failure of the read are worded and found. */
  status: SpeltOut;
  /** What the section shows once the read has answered. */
  children: (value: T) => ReactNode;
}

/**
 * A card fed by one read of the programme (what is overdue, what waits for the reader): the same
 * spinner, failure with a retry, and reading again when another tab changed records, in one place.
 */
export function QuerySection<T>({
  title,
  description,
  testId,
  query,
  refreshKey,
  status,
  children,
}: QuerySectionProps<T>) {
  useReadAgainWhen(refreshKey, () => void query.reload());
  return (
    <Section title={title} description={description} testId={testId}>
      <QueryStatus query={query} {...status} />
      {query.state.status === 'ok' ? children(query.state.value) : null}
    </Section>
  );
}
