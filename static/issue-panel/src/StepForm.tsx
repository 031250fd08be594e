import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { type FormEvent, useState } from 'react';
import type { CorrectiveActionView, ResolverInput } from '../../../src/contract';
import { DialogSaveError } from '../../shared/components/DialogSaveError';
import { FieldBlock } from '../../shared/components/FieldBlock';
import type { Person } from '../../shared/components/PeopleSelect';
import { fieldMessage } from '../../shared/fieldMessage';
import { callResolver } from '../../shared/invokeClient';
import { EvidenceLinksField, type EvidenceDraft } from './EvidenceLinksField';
import { IsmsChangesField, ismsChangesInput, type IsmsChangeDraft } from './IsmsChangesField';
import { OtherPlacesField, placesInput, type PlaceDraft } from './OtherPlacesField';
import { RecurElsewhereChoice } from './RecurElsewhereChoice';
import { PlanStepFields } from './PlanStepFields';
import { methodWords, type RootCauseMethod } from './words';
import { TextAreaField } from '../../shared/forms/TextAreaField';
import { useSave } from '../../shared/forms/useSave';

type StepInput = ResolverInput<'recordCorrectiveActionStep'>['step'];
type FormStep = StepInput['step'];

const stepTitles: Record<FormStep, { title: string; text: string; helper: string; save: string }> = {
  rootCause: {
    title: 'Root-cause analysis',
    text: 'Root cause',
    helper: 'Why did the nonconformity happen? Go past the first answer.',
    save: 'Record root cause',
  },
  extent: {
    title: 'Extent',
    text: 'Extent',
    helper: 'Where else could the same cause produce the same nonconformity, and what did you check?',
    save: 'Record extent',
  },
  plan: {
    title: 'Action plan',
    text: 'Action plan',
    helper: 'What will be done to remove the cause, so it does not happen again?',
    save: 'Record plan',
  },
  implementation: {
    title: 'Implementation',
    text: 'What was done',
    helper: 'What was changed, and where the evidence of it is.',
    save: 'Record implementation',
  },
};

/** The fields a refusal may name, under `step.` or bare: shown beside their field, not as a banner. */
const stepFields = [
  'text',
  'method',
  'ownerId',
  'dueDate',
  'evidence',
  'recurElsewhere',
  'otherPlaces',
  'consequences',
  'ismsChanges',
];
const stepFieldPaths = [...stepFields.map((field) => `step.${field}`), ...stepFields];

const methodOptions = (Object.keys(methodWords) as RootCauseMethod[]).map((method) => ({
  value: method,
  label: methodWords[method],
}));

interface StepFormProps {
  view: CorrectiveActionView;
  step: FormStep;
  people: readonly Person[];
  onRecorded: (view: CorrectiveActionView) => void;
}

/** The form of the action's next step; the server moves the Jira issue on through its transitions. */
export function StepForm({ view, step, people, onRecorded }: StepFormProps) {
  const [text, setText] = useState('');
  const [method, setMethod] = useState<RootCauseMethod>('fiveWhys');
  // No answer until the reader gives one: an untouched box must not record "cannot recur elsewhere".
  const [recurElsewhere, setRecurElsewhere] = useState<boolean | null>(null);
  const [recurUnanswered, setRecurUnanswered] = useState(false);
  const [places, setPlaces] = useState<PlaceDraft[]>([]);
  const [consequences, setConsequences] = useState('');
  const [ismsChanges, setIsmsChanges] = useState<IsmsChangeDraft[]>([]);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [evidence, setEvidence] = useState<EvidenceDraft[]>([{ label: '', url: '' }]);
  const { saving, error, run } = useSave();
  const words = stepTitles[step];
  const prefix = `panel-${step}`;

  const input = (): StepInput => {
    switch (step) {
      case 'rootCause':
        return { step, method, text };
      case 'extent':
        // Unanswered, the answer is left out (never sent as "no"): the refusal then names it
        // together with every other problem of the step.
        return {
          step,
          text,
          ...(recurElsewhere === null ? {} : { recurElsewhere }),
          ...(recurElsewhere && places.length > 0 ? { otherPlaces: placesInput(places) } : {}),
        } as StepInput;
      case 'plan':
        return { step, text, ownerId: ownerId ?? '', dueDate };
      case 'implementation':
        return {
          step,
          text,
          evidence: evidence.filter((link) => link.label.trim() || link.url.trim()),
          ...(consequences.trim() ? { consequences } : {}),
          ...(ismsChanges.length > 0 ? { ismsChanges: ismsChangesInput(ismsChanges) } : {}),
        };
    }
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (step === 'extent' && recurElsewhere === null) setRecurUnanswered(true);
    void run(
      () =>
        callResolver('recordCorrectiveActionStep', {
          correctiveActionId: view.id,
          expectedVersion: view.version,
          step: input(),
        }),
      { onSaved: onRecorded },
    );
  };

  const at = (field: string) => fieldMessage(error, `step.${field}`) ?? fieldMessage(error, field);
  return (
    <form onSubmit={save} data-testid={`${prefix}-form`} noValidate>
      <Stack space="space.150">
        <Heading size="xsmall">Next: {words.title}</Heading>
        {step === 'rootCause' ? (
          <FieldBlock htmlFor={`${prefix}-method`} label="Method" error={at('method')}>
            <Select
              inputId={`${prefix}-method`}
              options={methodOptions}
              value={methodOptions.find((option) => option.value === method) ?? null}
              onChange={(option) => option && setMethod(option.value)}
              testId={`${prefix}-method`}
            />
          </FieldBlock>
        ) : null}
        <TextAreaField
          id={`${prefix}-text`}
          label={words.text}
          helper={words.helper}
          value={text}
          onChange={setText}
          error={at('text')}
          isRequired
        />
        {step === 'extent' ? (
          <RecurElsewhereChoice
            value={recurElsewhere}
            onChange={(answer) => {
              setRecurElsewhere(answer);
              setRecurUnanswered(false);
            }}
            error={recurUnanswered ? 'Answer whether it could recur elsewhere' : at('recurElsewhere')}
            idPrefix={prefix}
          />
        ) : null}
        {step === 'extent' && recurElsewhere ? (
          <OtherPlacesField value={places} onChange={setPlaces} error={error} idPrefix={prefix} />
        ) : null}
        {step === 'plan' ? (
          <PlanStepFields
            prefix={prefix}
            people={people}
            dates={view.dates}
            ownerId={ownerId}
            onOwnerId={setOwnerId}
            dueDate={dueDate}
            onDueDate={setDueDate}
            at={at}
          />
        ) : null}
        {step === 'implementation' ? (
          <EvidenceLinksField value={evidence} onChange={setEvidence} error={error} idPrefix={prefix} />
        ) : null}
        {step === 'implementation' ? (
          <TextAreaField
            id={`${prefix}-consequences`}
            label="Consequences dealt with"
            helper="How the nonconformity’s consequences were dealt with (ISO 27001 10.2 a 2), if it had any."
            value={consequences}
            onChange={setConsequences}
            error={at('consequences')}
          />
        ) : null}
        {step === 'implementation' ? (
          <IsmsChangesField value={ismsChanges} onChange={setIsmsChanges} error={error} idPrefix={prefix} />
        ) : null}
        <DialogSaveError
          error={error}
          fieldPaths={stepFieldPaths}
          conflictTitle="Someone recorded a step meanwhile"
          conflictHint="Reload the panel to see it."
          failureTitle="The step was not recorded"
          testId={`${prefix}-failure`}
        />
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving} testId={`${prefix}-save`}>
            {words.save}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
