import { Stack, Text } from '@atlaskit/primitives';
import type { FindingView, ResolverError } from '../../../../../src/contract';
import { SelectField } from '../../../../shared/forms/SelectField';
import { TextAreaField } from '../../../../shared/forms/TextAreaField';
import { fieldText } from '../fieldText';
import { findingGradeTitles } from '../auditWords';
import type { PositionDraft } from './meetingDraft';

interface FindingPositionsFieldsProps {
  idPrefix: string;
  findings: readonly FindingView[];
  positions: readonly PositionDraft[];
  onChange: (positions: PositionDraft[]) => void;
  error: ResolverError | null;
}

const choices = [
  { label: 'Agreed by the auditee', value: 'agreed' as const },
  { label: 'Diverging opinion', value: 'diverging' as const },
];

/** At the closing meeting, each standing finding: agreed, or the auditee's diverging opinion in their words. */
export function FindingPositionsFields({
  idPrefix,
  findings,
  positions,
  onChange,
  error,
}: FindingPositionsFieldsProps) {
  if (positions.length === 0) {
    return <Text color="color.text.subtle">No standing finding: nothing for the auditee to agree with.</Text>;
  }
  const change = (index: number, next: Partial<PositionDraft>) =>
    onChange(positions.map((p, i) => (i === index ? { ...p, ...next } : p)));
  return (
    <Stack space="space.150" testId={`${idPrefix}-positions`}>
      {positions.map((position, index) => {
        const finding = findings.find((f) => f.id === position.findingId);
        const content = finding?.finding.content;
        const id = `${idPrefix}-position-${position.findingId}`;
        const path = `content.positions.${index}`;
        return (
          <Stack key={position.findingId} space="space.100" testId={id}>
            <Text weight="semibold">
              {content
                ? `${findingGradeTitles[content.grade]} · ${content.itemId}: ${content.gap || content.evidence}`
                : position.findingId}
            </Text>
            <SelectField
              id={`${id}-choice`}
              label="The auditee's position"
              path={path}
              error={error}
              choices={choices}
              value={position.position}
              onChange={(value) => change(index, { position: value })}
            />
            {position.position === 'diverging' ? (
              <TextAreaField
                id={`${id}-opinion`}
                label="Diverging opinion"
                helper="The auditee's view in their words, as the report will show it."
                value={position.opinion}
                onChange={(opinion) => change(index, { opinion })}
                error={fieldText(error, `${path}.opinion`)}
                isRequired
              />
            ) : null}
          </Stack>
        );
      })}
    </Stack>
  );
}
