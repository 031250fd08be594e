import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ResolverError, ResolverInput } from '../../../../src/contract';
import { type Choice, SelectField } from '../../../shared/forms/SelectField';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { fieldText } from '../audits/fieldText';

type Judgement = '' | 'yes' | 'no';

/** The conclusion while it is edited: a judgement not yet given is ''. */
export interface ConclusionDraft {
  suitable: Judgement;
  adequate: Judgement;
  effective: Judgement;
  statement: string;
}

type Conclusion = NonNullable<ResolverInput<'saveReviewMeeting'>['conclusion']>;

export const noConclusion: ConclusionDraft = { suitable: '', adequate: '', effective: '', statement: '' };

export const conclusionDraft = (saved: Conclusion | null): ConclusionDraft => saved ?? noConclusion;

/**
 * What `saveReviewMeeting` is sent: nothing (the stored conclusion stays) while none is recorded
 * and nothing is entered; otherwise the whole conclusion, which the backend checks field by field.
 */
export function conclusionInput(draft: ConclusionDraft, saved: Conclusion | null): { conclusion?: Conclusion } {
  const empty = !draft.suitable && !draft.adequate && !draft.effective && draft.statement.trim() === '';
  if (empty && saved === null) return {};
  // A judgement left empty is sent as it is: the backend's refusal names the field to fill.
  return { conclusion: draft as unknown as Conclusion };
}

const judgements: readonly Choice<Judgement>[] = [
  { label: 'Yes', value: 'yes' },
  { label: 'No', value: 'no' },
];

interface ConclusionFieldsProps {
  draft: ConclusionDraft;
  onChange: (change: Partial<ConclusionDraft>) => void;
  error: ResolverError | null;
  isDisabled: boolean;
}

/**
 * Top management's conclusion on the ISMS's continuing suitability, adequacy and effectiveness
 * (ISO 27001 9.3). It is saved with the meeting record, so the minutes' signature covers it.
 */
export function ConclusionFields({ draft, onChange, error, isDisabled }: ConclusionFieldsProps) {
  const judgement = (key: 'suitable' | 'adequate' | 'effective', label: string) => (
    <div style={{ minWidth: '10rem' }}>
      <SelectField<Judgement>
        id={`review-conclusion-${key}`}
        label={label}
        path={`conclusion.${key}`}
        error={error}
        choices={judgements}
        value={draft[key]}
        onChange={(value) => onChange({ [key]: value })}
      />
    </div>
  );
  return (
    <Stack space="space.100" testId="review-conclusion">
      <Heading size="xsmall">Conclusion on the ISMS</Heading>
      <Text color="color.text.subtle">Signed with the minutes: a change after approval withdraws the approval.</Text>
      <Inline space="space.200" shouldWrap>
        {judgement('suitable', 'Suitable')}
        {judgement('adequate', 'Adequate')}
        {judgement('effective', 'Effective')}
      </Inline>
      <TextAreaField
        id="review-conclusion-statement"
        label="Conclusion"
        value={draft.statement}
        onChange={(statement) => onChange({ statement })}
        error={fieldText(error, 'conclusion.statement')}
        rows={3}
        isDisabled={isDisabled}
      />
    </Stack>
  );
}
