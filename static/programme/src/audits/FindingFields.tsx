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
  // Grade, clause or control, and area: each one pick from its list, required.
  const choice = <V extends string>(
    field: 'grade' | 'itemId' | 'areaId',
    name: string,
    label: string,
    options: ReadonlyArray<Option<V>>,
    isSearchable = true,
  ) => (
    <FieldBlock htmlFor={`${idPrefix}-${name}`} label={label} error={message(field)} isRequired>
      <Select<Option<V>, false>
        inputId={`${idPrefix}-${name}`}
        options={[...options]}
        value={options.find((option) => option.value === draft[field]) ?? null}
        onChange={(option) => option && update({ [field]: option.value })}
        isSearchable={isSearchable}
        isInvalid={Boolean(message(field))}
        testId={`${idPrefix}-${name}`}
      />
    </FieldBlock>
  );
  return (
    <Stack space="space.150" testId={`${idPrefix}-fields`}>
      <Grid templateColumns="repeat(auto-fit, minmax(14rem, 1fr))" gap="space.150">
        {choice('grade', 'grade', 'Grade', gradeOptions, false)}
        {itemOptions ? choice('itemId', 'item', 'Clause or control', itemOptions) : null}
        {choice('areaId', 'area', 'Area', areaOptions)}
      </Grid>
      {statement('requirement', 'Requirement', 'What the clause, control or our procedure requires.', true)}
      {statement('evidence', 'Evidence', 'What you saw: the objective evidence, with references.', true)}
      {statement('gap', 'Gap', 'How the evidence falls short of the requirement.', isNonconformityGrade(draft.grade))}
    </Stack>
  );
}
