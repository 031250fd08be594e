import { Box, Grid, Stack, Text, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { AuditView } from './planDraft';
import type { AuditLookups } from './useAuditLookups';

const termStyles = xcss({ font: 'font.body.small', fontWeight: 'font.weight.semibold', color: 'color.text.subtle' });

function Entry({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <Stack space="space.025" testId={testId}>
      <Box as="span" xcss={termStyles}>
        {term}
      </Box>
      <Box>{children}</Box>
    </Stack>
  );
}

const names = (ids: readonly string[], name: (id: string) => string) =>
  ids.length === 0 ? <Text color="color.text.subtlest">None</Text> : ids.map(name).join(', ');

const prose = (text: string) =>
  text ? <Text as="p">{text}</Text> : <Text color="color.text.subtlest">Not written</Text>;

/** The plan as the reader may not change it (past planning, or not theirs to plan). */
export function PlanSummary({ view, lookups }: { view: AuditView; lookups: AuditLookups }) {
  const { plan } = view.audit;
  return (
    <Stack space="space.200" testId={`audit-plan-${view.id}-summary`}>
      <Grid templateColumns="repeat(auto-fit, minmax(16rem, 1fr))" gap="space.200">
        <Entry term="Areas">{names(plan.areaIds, lookups.areaName)}</Entry>
        <Entry term="Planned">
          {plan.plannedStart} – {plan.plannedEnd}
        </Entry>
        <Entry term="Lead auditor">
          {plan.leadAuditorId ? lookups.personName(plan.leadAuditorId) : 'Not assigned'}
        </Entry>
        <Entry term="Audit team">{names(plan.teamIds, lookups.personName)}</Entry>
        <Entry term="Auditees">{names(plan.auditeeIds, lookups.personName)}</Entry>
      </Grid>
      <Entry term="Scope">
        {plan.itemIds.map((itemId) => [itemId, lookups.itemTitle(itemId)].filter(Boolean).join(' ')).join(' · ')}
      </Entry>
      <Grid templateColumns="repeat(auto-fit, minmax(16rem, 1fr))" gap="space.200">
        <Entry term="Objectives">{prose(plan.objectives)}</Entry>
        <Entry term="Criteria">{prose(plan.criteria)}</Entry>
        <Entry term="Methods">{prose(plan.methods)}</Entry>
        <Entry term="Resources">{prose(plan.resources)}</Entry>
      </Grid>
    </Stack>
  );
}
