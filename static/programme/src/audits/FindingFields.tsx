import { Grid, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { ResolverError } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { fieldText } from './fieldText';
import { type FindingGrade, findingGradeTitles, findingGrades, isNonconformityGrade } from './auditWords';
import type { FindingDraft } from './findingDraft';
import { TextAreaField } from '../../../shared/forms/TextAreaField';

interface Option<V extends string> {
  label: string;
  value: V;
}

interface FindingFieldsProps {
  /** Prefix of every input id and test id. */
  idPrefix: string;
  draft: FindingDraft;
  onChange: (draft: FindingDraft) => void;
  /** The areas of the audit the finding may be raised in. */
  areaOptions: ReadonlyArray<Option<string>>;
  /** The grades on offer (a nonconformity line takes only major or minor). */
  grades?: readonly FindingGrade[];
  /** The server's refusal: fields named `finding.<field>` show it. */
  error: ResolverError | null;
  /** Shown when the item is not fixed by the line the finding belongs to. */
  itemOptions?: ReadonlyArray<Option<string>>;
}

/** A graded finding's fields: grade, clause or control, area, and its requirement, evidence and gap. */
export function FindingFields({
  idPrefix,
  draft,
  onChange,
  areaOptions,
  grades = findingGrades,
  error,
  itemOptions,
}: FindingFieldsProps) {
  const message = (field: keyof FindingDraft) => fieldText(error, `finding.${field}`);
  const gradeOptions = grades.map((grade) => ({ label: findingGradeTitles[grade], value: grade }));
  const update = (change: Partial<FindingDraft>) => onChange({ ...draft, ...change });
  const statement = (field: 'requirement' | 'evidence' | 'gap', label: string, helper: string, required: boolean) => (
    <TextAreaField
      id={`${idPrefix}-${field}`}
      label={label}
      helper={helper}
      value={draft[field]}
      onChange={(value) => update({ [field]: value })}
      error={message(field)}
      isRequired={required}
    />
  );
  return (
    <Stack space="space.150" testId={`${idPrefix}-fields`}>
      <Grid templateColumns="repeat(auto-fit, minmax(14rem, 1fr))" gap="space.150">
        <FieldBlock htmlFor={`${idPrefix}-grade`} label="Grade" error={message('grade')} isRequired>
          <Select<Option<FindingGrade>, false>
            inputId={`${idPrefix}-grade`}
            options={gradeOptions}
            value={gradeOptions.find((option) => option.value === draft.grade) ?? null}
            onChange={(option) => option && update({ grade: option.value })}
            isSearchable={false}
            isInvalid={Boolean(message('grade'))}
            testId={`${idPrefix}-grade`}
          />
        </FieldBlock>
        {itemOptions ? (
          <FieldBlock htmlFor={`${idPrefix}-item`} label="Clause or control" error={message('itemId')} isRequired>
            <Select<Option<string>, false>
              inputId={`${idPrefix}-item`}
              options={[...itemOptions]}
              value={itemOptions.find((option) => option.value === draft.itemId) ?? null}
              onChange={(option) => option && update({ itemId: option.value })}
              isInvalid={Boolean(message('itemId'))}
              testId={`${idPrefix}-item`}
            />
          </FieldBlock>
        ) : null}
        <FieldBlock htmlFor={`${idPrefix}-area`} label="Area" error={message('areaId')} isRequired>
          <Select<Option<string>, false>
            inputId={`${idPrefix}-area`}
            options={[...areaOptions]}
            value={areaOptions.find((option) => option.value === draft.areaId) ?? null}
            onChange={(option) => option && update({ areaId: option.value })}
            isInvalid={Boolean(message('areaId'))}
            testId={`${idPrefix}-area`}
          />
        </FieldBlock>
      </Grid>
      {statement('requirement', 'Requirement', 'What the clause, control or our procedure requires.', true)}
      {statement('evidence', 'Evidence', 'What you saw: the objective evidence, with references.', true)}
      {statement('gap', 'Gap', 'How the evidence falls short of the requirement.', isNonconformityGrade(draft.grade))}
    </Stack>
  );
}
