import { Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { PeriodFiguresView } from '../../../../src/contract';
import { Section } from '../../../shared/components/Section';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { PeriodFiguresForm } from './PeriodFiguresForm';
import { PeriodFiguresTable } from './PeriodFiguresTable';
import { QueryStatus } from '../../../shared/components/QueryStatus';

/**
 * "Incidents & training figures": what the KPI tiles cannot derive from the audit records, month
 * by month. A programme manager records a month or has Jira count its incidents.
 */
export function PeriodFiguresSection({ canRecord }: { canRecord: boolean }) {
  const figures = useResolverQuery('listPeriodFigures', {});
  const [editing, setEditing] = useState<PeriodFiguresView | null>(null);
  const [formKey, setFormKey] = useState(0);
  const list = figures.state.status === 'ok' ? figures.state.value.figures : [];

  return (
    <Section
      title="Incidents & training figures"
      description="Security incidents and training completion per month, for the KPI tiles of the review pages."
      testId="period-figures"
    >
      <QueryStatus query={figures} what="the figures" testId="figures" />
      {figures.state.status === 'ok' && list.length === 0 ? (
        <Text color="color.text.subtle" testId="figures-none">
          No month recorded yet.
        </Text>
      ) : null}
      {list.length > 0 ? (
        <PeriodFiguresTable
          figures={list}
          onEdit={
            canRecord
              ? (month) => {
                  setEditing(month);
                  setFormKey((key) => key + 1);
                }
              : undefined
          }
        />
      ) : null}
      {canRecord ? (
        <Stack space="space.100">
          <Text weight="semibold">{editing ? `Edit ${editing.month}` : 'Record a month'}</Text>
          <PeriodFiguresForm key={formKey} editing={editing} recorded={list} onSaved={() => void figures.reload()} />
        </Stack>
      ) : null}
    </Section>
  );
}
