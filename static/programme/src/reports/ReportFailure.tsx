import { Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ReactNode } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { humaniseTimes } from '../../../shared/formatTimestamp';

/** Why a report action was refused (nothing was changed), with what can be done about it. */
export function ReportFailure({
  title,
  error,
  children,
  testId,
}: {
  title: string;
  error: ResolverError;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <SectionMessage appearance={error.code === 'conflict' ? 'warning' : 'error'} title={title} testId={testId}>
      <Text as="p">{humaniseTimes(error.message)}</Text>
      {children}
    </SectionMessage>
  );
}
