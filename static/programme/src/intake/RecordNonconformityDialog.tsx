import { Stack } from '@atlaskit/primitives';
import { type FormEvent, useState } from 'react';
import type { ResolverError, ResolverOutput } from '../../../../src/contract';
import { callResolver } from '../../../shared/invokeClient';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormRefusal } from '../../../shared/forms/FormRefusal';
import { SelectField } from '../../../shared/forms/SelectField';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { TextInputField } from '../../../shared/forms/TextInputField';
import { type FindingGrade, findingGradeTitles, findingGrades } from '../../../shared/words/findingGrades';
import { findingSourceTitles } from '../../../shared/words/findingSources';
import { fieldText } from '../audits/fieldText';
import { type FindingStatementKey, findingStatements } from './findingStatements';
import { type IntakeKind, sourceFields, sourceInput } from './sourceFields';

interface RecordNonconformityDialogProps {
  areas: ReadonlyArray<{ id: string; name: string }>;
  onRecorded: (finding: ResolverOutput<'recordNonconformity'>) => void;
  onClose: () => void;
}

const testId = 'intake-record';
const kinds = Object.keys(sourceFields) as IntakeKind[];
const kindChoices = kinds.map((kind) => ({ value: kind, label: findingSourceTitles[kind] }));
const gradeChoices = findingGrades.map((grade) => ({ value: grade, label: findingGradeTitles[grade] }));

/**
 * "Record a nonconformity" from a source other than an internal audit: the source's own fields
 * appear for the kind chosen, then what every finding has (grade, area, clause or control, the
 * requirement, the statement of what was seen, the gap). The backend checks it all and names the
 * field it refuses.
 */
export function RecordNonconformityDialog({ areas, onRecorded, onClose }: RecordNonconformityDialogProps) {
  const [kind, setKind] = useState<IntakeKind>('regulatoryInspection');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [grade, setGrade] = useState<FindingGrade>('majorNC');
  const [areaId, setAreaId] = useState(areas[0]?.id ?? '');
  const [itemId, setItemId] = useState('');
  const [statements, setStatements] = useState<Record<FindingStatementKey, string>>({
    requirement: '',
    evidence: '',
    gap: '',
  });
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await callResolver('recordNonconformity', {
      source: sourceInput(kind, texts),
      finding: { grade, areaId, itemId: itemId.trim(), ...statements },
    });
    setBusy(false);
    if (result.ok) onRecorded(result.value);
    else setError(result.error);
  };

  const paths = [
    'source.kind',
    ...sourceFields[kind].map((field) => `source.${field.key}`),
    'finding.grade',
    'finding.areaId',
    'finding.itemId',
    ...findingStatements.map((field) => `finding.${field.key}`),
  ];
  return (
    <FormDialog
      title="Record a nonconformity"
      testId={testId}
      busy={busy}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      submit={{ label: 'Record', testIds: [`${testId}-cancel`, `${testId}-submit`] }}
    >
      <Stack space="space.150">
        <SelectField
          id={`${testId}-kind`}
          label="Source"
          path="source.kind"
          error={error}
          choices={kindChoices}
          value={kind}
          onChange={setKind}
        />
        {sourceFields[kind].map((field) => (
          <TextInputField
            key={`${kind}-${field.key}`}
            id={`${testId}-source-${field.key}`}
            label={field.label}
            helper={field.helper}
            path={`source.${field.key}`}
            error={error}
            value={texts[field.key] ?? ''}
            onChange={(value) => setTexts((current) => ({ ...current, [field.key]: value }))}
            isRequired={field.isRequired}
          />
        ))}
        <SelectField
          id={`${testId}-grade`}
          label="Grade"
          path="finding.grade"
          error={error}
          choices={gradeChoices}
          value={grade}
          onChange={setGrade}
        />
        <SelectField
          id={`${testId}-area`}
          label="Area"
          path="finding.areaId"
          error={error}
          choices={areas.map((area) => ({ value: area.id, label: area.name }))}
          value={areaId}
          onChange={setAreaId}
        />
        <TextInputField
          id={`${testId}-item`}
          label="Clause or control"
          helper="The ISO/IEC 27001 clause or control it bears on, e.g. 7.5.3 or A.8.13"
          path="finding.itemId"
          error={error}
          value={itemId}
          onChange={setItemId}
          isRequired
        />
        {findingStatements.map((field) => (
          <TextAreaField
            key={field.key}
            id={`${testId}-${field.key}`}
            label={field.label}
            helper={'helper' in field ? field.helper : undefined}
            value={statements[field.key]}
            onChange={(value) => setStatements((current) => ({ ...current, [field.key]: value }))}
            error={fieldText(error, `finding.${field.key}`)}
            isRequired={field.isRequired}
          />
        ))}
        <FormRefusal error={error} fieldPaths={paths} title="Nothing was recorded" testId={`${testId}-failure`} />
      </Stack>
    </FormDialog>
  );
}
