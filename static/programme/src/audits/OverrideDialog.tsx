import { Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, useRef, useState } from 'react';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { fieldText } from './fieldText';
import { humaniseTimes } from '../../../shared/formatTimestamp';
import { callResolver } from '../../../shared/invokeClient';
import { signatureMeaningWords } from '../../../shared/signing/meaningWords';
import { minOverrideJustificationLength } from './auditWords';
import { PersonSelect } from '../../../shared/components/PeopleSelect';
import { planPeople } from './planPeople';
import type { AuditView } from './planDraft';
import type { AuditLookups } from './useAuditLookups';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { useSave } from '../../../shared/forms/useSave';
import { formRefusal } from '../../../shared/forms/formProblems';
import {
  passphraseMissing,
  SigningPassphraseField,
  takePassphrase,
} from '../../../shared/signing/SigningPassphraseField';

interface OverrideDialogProps {
  view: AuditView;
  lookups: AuditLookups;
  /** The auditor and the area or scope line to start from (the conflict that was just refused), if known. */
  initial?: OverrideSubject;
  onDone: (view: AuditView) => void;
  onClose: () => void;
  /** After each signing attempt (a wrong passphrase counts towards the lock). */
  onAttempt?: () => void;
}

/** Who, and what the override is for: an area of the plan, or (`itemId`) one line of its scope. */
export interface OverrideSubject {
  auditorId: string | null;
  areaId: string | null;
  itemId?: string | null;
}

interface SubjectOption {
  label: string;
  /** `area:<id>` or `line:<item id>`: one list holds both kinds. */
  value: string;
}

const paths = ['auditorId', 'areaId', 'itemId', 'justification', 'passphrase'];

/** The areas of the plan, then its scope lines: an owner of a control or process is lifted line by line. */
function subjectOptions(view: AuditView, lookups: AuditLookups): SubjectOption[] {
  return [
    ...view.audit.plan.areaIds.map((id) => ({ label: `Area: ${lookups.areaName(id)}`, value: `area:${id}` })),
    ...view.checklist.map((line) => ({
      label: `Scope line: ${line.itemId} ${line.title}`,
      value: `line:${line.itemId}`,
    })),
  ];
}

function initialSubject(view: AuditView, initial: OverrideSubject | undefined): string | null {
  if (initial?.itemId) return `line:${initial.itemId}`;
  const areaId = initial?.areaId ?? view.audit.plan.areaIds[0];
  return areaId ? `area:${areaId}` : null;
}

/**
 * A programme manager lets one auditor audit one area of this audit despite owning or working in
 * it, or one scope line whose SoA control or ISMS process they own: a written justification, signed
 * at once as an impartiality override. An area's override does not reach the lines the person owns
 * in it (owning the control is a conflict of its own), so each such line takes its own. The
 * passphrase is read from its field on submit and never kept.
 */
export function OverrideDialog({ view, lookups, initial, onDone, onClose, onAttempt }: OverrideDialogProps) {
  const [auditorId, setAuditorId] = useState<string | null>(initial?.auditorId ?? null);
  const [subject, setSubject] = useState<string | null>(initialSubject(view, initial));
  const [justification, setJustification] = useState('');
  const { saving: busy, error, run, setError } = useSave();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const options = subjectOptions(view, lookups);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const passphrase = takePassphrase(passphraseRef);
    // Every missing answer at once, each under its field, before anything is sent.
    const refusal = formRefusal([
      !auditorId && { field: 'auditorId', label: 'Auditor', message: 'Choose the auditor' },
      !subject && { field: 'areaId', label: 'Area or scope line', message: 'Choose the area or the scope line' },
      justification.trim().length < minOverrideJustificationLength && {
        field: 'justification',
        label: 'Justification',
        message: `Explain the override in at least ${minOverrideJustificationLength} characters`,
      },
      !passphrase && { field: 'passphrase', label: 'Signing passphrase', message: passphraseMissing.message },
    ]);
    if (refusal || !auditorId || !subject || !passphrase) return setError(refusal);
    const [kind, id] = [subject.slice(0, subject.indexOf(':')), subject.slice(subject.indexOf(':') + 1)];
    const override = {
      auditId: view.id,
      auditorId,
      ...(kind === 'line' ? { itemId: id } : { areaId: id }),
      justification: justification.trim(),
      passphrase,
    };
    void run(() => callResolver('overrideImpartiality', override), {
      onSaved: (done) => {
        onAttempt?.();
        onDone(done);
      },
      onFailed: () => onAttempt?.(),
    });
  };

  const passphraseError = fieldText(error, 'passphrase');
  return (
    <FormDialog
      title="Override impartiality"
      testId="override-dialog"
      busy={busy}
      onClose={onClose}
      onSubmit={submit}
      submit={{ label: 'Sign the override', testIds: ['override-cancel', 'override-submit'], appearance: 'warning' }}
    >
      <Stack space="space.200">
        <Text as="p">
          Nobody may audit an area they own or work in, nor a control or process they own. Only for this audit, this
          person and this area or scope line, you allow it — and the override is shown on the plan with your name and
          justification.
        </Text>
        <FieldBlock htmlFor="override-auditor" label="Auditor" error={fieldText(error, 'auditorId')} isRequired>
          <PersonSelect
            inputId="override-auditor"
            people={planPeople(lookups.people)}
            allowAccountIds={false}
            keepOrder
            testId="override-auditor"
            value={auditorId}
            onChange={setAuditorId}
            isInvalid={Boolean(fieldText(error, 'auditorId'))}
          />
        </FieldBlock>
        <FieldBlock
          htmlFor="override-area"
          label="Area or scope line"
          error={fieldText(error, 'areaId') ?? fieldText(error, 'itemId')}
          isRequired
        >
          <Select<SubjectOption, false>
            inputId="override-area"
            options={options}
            value={options.find((option) => option.value === subject) ?? null}
            onChange={(option) => setSubject(option?.value ?? null)}
            isInvalid={Boolean(fieldText(error, 'areaId') ?? fieldText(error, 'itemId'))}
            testId="override-area"
          />
        </FieldBlock>
        <TextAreaField
          id="override-justification"
          label="Justification"
          helper={`Why no independent auditor can do it, and how the risk is contained (at least ${minOverrideJustificationLength} characters).`}
          value={justification}
          onChange={setJustification}
          error={fieldText(error, 'justification')}
          isRequired
        />
        <Text as="p" testId="override-meaning">
          You sign as: <strong>{signatureMeaningWords.impartialityOverride}</strong>
        </Text>
        <SigningPassphraseField
          id="override-passphrase"
          inputRef={passphraseRef}
          error={passphraseError ? humaniseTimes(passphraseError) : undefined}
        />
        {error && !shownUnderAField(error, paths) ? (
          <SectionMessage appearance="error" title="The override was not recorded" testId="override-failure">
            {humaniseTimes(error.message)}
          </SectionMessage>
        ) : null}
      </Stack>
    </FormDialog>
  );
}
