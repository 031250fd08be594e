import { Stack, Text } from '@atlaskit/primitives';
import { Section } from '../../../shared/components/Section';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { CriteriaImportForm } from './CriteriaImportForm';

interface CriteriaSetsPanelProps {
  /** Programme managers define sets; everyone else reads the list. */
  canEdit: boolean;
}

/**
 * The criteria audits are judged against: the built-in ISO/IEC 27001:2022 catalogue and the company's
 * own sets (SOPs, regulations, other standards), with the form that imports a set from CSV.
 */
export function CriteriaSetsPanel({ canEdit }: CriteriaSetsPanelProps) {
  const query = useResolverQuery('listCriteriaSets', {});
  const { state } = query;
  return (
    <Section
      title="Criteria sets"
      description="What audits are judged against: ISO/IEC 27001:2022, built in, and the company's own SOPs, regulations or standards."
      testId="criteria-sets"
    >
      <Stack space="space.300">
        <QueryStatus query={query} what="the criteria sets" testId="criteria-sets" />
        {state.status === 'ok' ? (
          <Stack space="space.100" testId="criteria-sets-list">
            {state.value.sets.map((set) => (
              <Text key={set.id} testId={`criteria-set-${set.id}`}>
                <Text weight="bold">{set.title}</Text> ({set.id}): {set.requirementCount} requirement
                {set.requirementCount === 1 ? '' : 's'}
                {set.builtIn ? ', built in' : `, ${set.crossReferenceCount} cross-references, version ${set.version}`}
                {set.sourceNote ? `. ${set.sourceNote}` : ''}
              </Text>
            ))}
            {state.value.isoAmendmentPoints.map((point) => (
              <Text key={point.itemId} color="color.text.subtle" size="small">
                {point.itemId} ({point.amendment}): {point.note}
              </Text>
            ))}
          </Stack>
        ) : null}
        {canEdit && state.status === 'ok' ? (
          <CriteriaImportForm sets={state.value.sets} onImported={() => void query.reload()} />
        ) : null}
      </Stack>
    </Section>
  );
}
