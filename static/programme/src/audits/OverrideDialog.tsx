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
  /** The auditor and area to start from (the conflict that was just refused), if known. */
  initial?: { auditorId: string | null; areaId: string | null };
  onDone: (view: AuditView) => void;
  onClose: () => void;
  /** After each signing attempt (a wrong passphrase counts towards the lock). */
  onAttempt?: () => void;
}

interface AreaOption {
  label: string;
  value: string;
}

const paths = ['auditorId', 'areaId', 'justification', 'passphrase'];

/**
 * A programme manager lets one auditor audit one area of this audit despite owning or working in
 * it: a written justification, signed at once as an impartiality override. The passphrase is read
 * from its field on submit and never kept.
 */
export function OverrideDialog({ view, lookups, initial, onDone, onClose, onAttempt }: OverrideDialogProps) {
  const [auditorId, setAuditorId] = useState<string | null>(initial?.auditorId ?? null);
  const [areaId, setAreaId] = useState<string | null>(initial?.areaId ?? view.audit.plan.areaIds[0] ?? null);
  const [justification, setJustification] = useState('');
  const { saving: busy, error, run, setError } = useSave();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const areaOptions: AreaOption[] = view.audit.plan.areaIds.map((id) => ({ label: lookups.areaName(id), value: id }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const passphrase = takePassphrase(passphraseRef);
    // Every missing answer at once, each under its field, before anything is sent.
    const refusal = formRefusal([
      !auditorId && { field: 'auditorId', label: 'Auditor', message: 'Choose the auditor' },
      !areaId && { field: 'areaId', label: 'Area', message: 'Choose the area' },
      justification.trim().length < minOverrideJustificationLength && {
        field: 'justification',
        label: 'Justification',
        message: `Explain the override in at least ${minOverrideJustificationLength} characters`,
      },
      !passphrase && { field: 'passphrase', label: 'Signing passphrase', message: passphraseMissing.message },
    ]);
    if (refusal || !auditorId || !areaId || !passphrase) return setError(refusal);
    const override = { auditId: view.id, auditorId, areaId, justification: justification.trim(), passphrase };
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
          Nobody may audit an area they own or work in. Only for this audit, this person and this area, you allow it —
          and the override is shown on the plan with your name and justification.
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
        <FieldBlock htmlFor="override-area" label="Area" error={fieldText(error, 'areaId')} isRequired>
          <Select<AreaOption, false>
            inputId="override-area"
            options={areaOptions}
            value={areaOptions.find((option) => option.value === areaId) ?? null}
            onChange={(option) => setAreaId(option?.value ?? null)}
            isInvalid={Boolean(fieldText(error, 'areaId'))}
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
