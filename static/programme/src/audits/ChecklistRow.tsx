import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Grid, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { FindingView } from '../../../../src/contract';
import { useSave } from '../../../shared/forms/useSave';
import { fieldText } from './fieldText';
import { callResolver } from '../../../shared/invokeClient';
import { ActionFailure } from './ActionFailure';
import {
  type CheckResult,
  checkResults,
  checkResultTitles,
  findingGradeTitles,
  isNonconformityGrade,
} from './auditWords';
import { FindingFields } from './FindingFields';
import { domId, type FindingDraft, findingInput, newFinding } from './findingDraft';
import { GuidanceToggle } from './GuidanceToggle';
import type { AuditView } from './planDraft';

type Line = AuditView['checklist'][number];

interface ResultOption {
  label: string;
  value: CheckResult;
}

const resultOptions: ResultOption[] = checkResults.map((result) => ({
  label: checkResultTitles[result],
  value: result,
}));

const rowStyles = xcss({
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
  paddingBlock: 'space.150',
});

const findingStyles = xcss({
  borderInlineStartWidth: 'border.width.selected',
  borderInlineStartStyle: 'solid',
  borderInlineStartColor: 'color.border.danger',
  paddingInlineStart: 'space.200',
});

const resultAppearance = {
  conforming: 'success',
  nonconformity: 'danger',
  observation: 'information',
  opportunity: 'discovery',
  notAudited: 'neutral',
} as const satisfies Record<CheckResult, string>;

interface ChecklistRowProps {
  line: Line;
  /** Read at save time: every save makes a new audit version. */
  view: AuditView;
  canEdit: boolean;
  /** Findings of this audit on this line's clause or control. */
  findings: readonly FindingView[];
  areaOptions: ReadonlyArray<{ label: string; value: string }>;
  defaultAreaId: string;
  onSaved: (view: AuditView, withFinding: boolean) => void;
  onReload: () => void;
}

/**
 * One checklist line: the clause or control, our guidance, the result and the auditor's note. A
 * nonconformity is saved together with its finding unless one is already recorded on the line.
 */
export function ChecklistRow({
  line,
  view,
  canEdit,
  findings,
  areaOptions,
  defaultAreaId,
  onSaved,
  onReload,
}: ChecklistRowProps) {
  const [result, setResult] = useState<CheckResult | null>(line.result);
  const [note, setNote] = useState(line.note);
  const [finding, setFinding] = useState<FindingDraft>(() => newFinding(line.itemId, defaultAreaId));
  const { saving, error, run } = useSave();
  const id = `checklist-${domId(line.itemId)}`;
  const hasNonconformity = findings.some((f) => isNonconformityGrade(f.finding.content.grade));
  const needsFinding = result === 'nonconformity' && !hasNonconformity;
  const changed = result !== line.result || note.trim() !== line.note;

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!canEdit) return;
    const answer = {
      auditId: view.id,
      itemId: line.itemId,
      result,
      note: note.trim(),
      expectedVersion: view.version,
      ...(needsFinding ? { finding: findingInput(finding) } : {}),
    };
    void run(() => callResolver('saveChecklistLine', answer), {
      onSaved: (saved) => {
        if (needsFinding) setFinding(newFinding(line.itemId, defaultAreaId));
        onSaved(saved, needsFinding);
      },
    });
  };

  const noteError = fieldText(error, 'note');
  const resultError = fieldText(error, 'result');
  return (
    <Box as="li" xcss={rowStyles} testId={`${id}-row`}>
      <form onSubmit={save} noValidate aria-label={`Checklist line ${line.itemId}`}>
        <Stack space="space.100">
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Text weight="bold">{line.itemId}</Text>
            <Text>{line.title}</Text>
            {line.result ? (
              <Lozenge appearance={resultAppearance[line.result]} testId={`${id}-saved-result`}>
                {checkResultTitles[line.result]}
              </Lozenge>
            ) : (
              <Lozenge appearance="neutral" testId={`${id}-saved-result`}>
                Open
              </Lozenge>
            )}
            {findings.map((f) => (
              <Lozenge key={f.id} appearance={isNonconformityGrade(f.finding.content.grade) ? 'danger' : 'information'}>
                {findingGradeTitles[f.finding.content.grade]}
              </Lozenge>
            ))}
          </Inline>
          <GuidanceToggle guidance={line.guidance} testId={`${id}-guidance`} />
          {canEdit ? (
            <Grid templateColumns="minmax(12rem, 16rem) minmax(12rem, 1fr) auto" gap="space.100" alignItems="start">
              <Box>
                <Select<ResultOption, false>
                  inputId={`${id}-result`}
                  aria-label={`Result for ${line.itemId} ${line.title}`}
                  options={resultOptions}
                  value={resultOptions.find((option) => option.value === result) ?? null}
                  onChange={(option) => setResult(option?.value ?? null)}
                  isClearable
                  isSearchable={false}
                  isInvalid={Boolean(resultError)}
                  placeholder="Result"
                  testId={`${id}-result`}
                />
              </Box>
              <Textfield
                id={`${id}-note`}
                aria-label={`Note for ${line.itemId}`}
                placeholder={result === 'notAudited' ? 'Why was it not examined?' : 'Note'}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
                isInvalid={Boolean(noteError)}
                testId={`${id}-note`}
              />
              <Button
                type="submit"
                appearance={changed || needsFinding ? 'primary' : 'default'}
                isLoading={saving}
                aria-label={`Save line ${line.itemId}`}
                testId={`${id}-save`}
              >
                Save
              </Button>
            </Grid>
          ) : line.note ? (
            <Text color="color.text.subtle">{line.note}</Text>
          ) : null}
          {needsFinding && canEdit ? (
            <Box xcss={findingStyles} testId={`${id}-finding`}>
              <Stack space="space.100">
                <Text weight="semibold">A nonconformity needs its finding: it is saved with the line.</Text>
                <FindingFields
                  idPrefix={`${id}-finding`}
                  draft={finding}
                  onChange={setFinding}
                  areaOptions={areaOptions}
                  grades={['majorNC', 'minorNC']}
                  error={error}
                />
              </Stack>
            </Box>
          ) : null}
          {error ? (
            <ActionFailure
              title={`Line ${line.itemId} was not saved`}
              error={error}
              pointsAtField={Boolean(noteError || resultError || fieldText(error, 'finding'))}
              onReload={onReload}
              testId={`${id}-failure`}
            />
          ) : null}
        </Stack>
      </form>
    </Box>
  );
}
