import Button from '@atlaskit/button/new';
import { Grid, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { ProgrammeView, Result } from '../../../../src/contract';
import { fieldMessage } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { SaveOutcome } from '../components/SaveOutcome';
import { type ProgrammeDraft, draftFrom, programmeFieldPaths as paths, saveInput } from './programmeDraft';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { FrequencyPolicyFields } from './FrequencyPolicyFields';
import { ReasonField, TextInputField } from '../../../shared/forms/TextInputField';
import { useVersionedSave } from '../../../shared/forms/useVersionedSave';
import { draftBinder } from '../../../shared/forms/draftBinder';

interface ProgrammeFormProps {
  view: ProgrammeView;
  /** The saved version is approved: a change withdraws the approval and needs a reason. */
  isApproved: boolean;
  onSaved: (view: ProgrammeView) => void;
  onReload: () => Promise<Result<ProgrammeView>>;
}

const textFields = [
  { key: 'objectives', label: 'Objectives', helper: 'What this cycle of audits is to show (9.2.2).' },
  { key: 'criteria', label: 'Audit criteria', helper: 'What the audits test against: ISO/IEC 27001:2022, policies…' },
  { key: 'methods', label: 'Methods', helper: 'Interviews, document review, observation, technical tests…' },
  { key: 'responsibilities', label: 'Responsibilities', helper: 'Who plans, performs and reports the audits.' },
  { key: 'reporting', label: 'Reporting', helper: 'How and to whom results are reported.' },
] as const;

const allPaths = Object.values(paths);

/** The programme of one cycle (9.2.2), editable by a programme manager, saved with optimistic concurrency. */
export function ProgrammeForm({ view, isApproved, onSaved, onReload }: ProgrammeFormProps) {
  const [draft, setDraft] = useState<ProgrammeDraft>(() => draftFrom(view.programme));
  const update = (change: Partial<ProgrammeDraft>) => setDraft((previous) => ({ ...previous, ...change }));
  const { outcome, error, saving, reloading, submit, reload } = useVersionedSave({
    save: () => callResolver('saveAuditProgramme', saveInput(draft, view.cycle.start, view.version)),
    reload: onReload,
    resetDraft: (value: ProgrammeView) => setDraft(draftFrom(value.programme)),
    onSaved,
    tellReloaded: false,
  });
  const field = draftBinder(draft, update, paths, error);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="programme-form">
      <Stack space="space.200">
        <Grid templateColumns="repeat(auto-fit, minmax(20rem, 1fr))" gap="space.200">
          {textFields.map(({ key, label, helper }) => (
            <TextAreaField
              key={key}
              id={`programme-${key}`}
              label={label}
              helper={helper}
              value={draft[key]}
              onChange={(value) => update({ [key]: value })}
              error={fieldMessage(error, paths[key])}
            />
          ))}
        </Grid>
        <FrequencyPolicyFields draft={draft} update={update} error={error} />
        <Grid templateColumns="repeat(auto-fit, minmax(20rem, 1fr))" gap="space.200">
          <TextInputField
            id="programme-ismsSpaceKey"
            label="ISMS Confluence space key"
            helper="Where audit plans and reports are published, e.g. ISMS."
            {...field('ismsSpaceKey')}
          />
          <ReasonField
            id="programme-reason"
            {...field('reason')}
            approvalNote={
              isApproved ? 'This version is approved: changing it withdraws the approval and needs a reason.' : null
            }
          />
        </Grid>
        <SaveOutcome
          outcome={outcome}
          testId="programme-message"
          subject="The programme details"
          fieldPaths={allPaths}
          onReload={() => void reload()}
          isReloading={reloading}
          reloadTestId="programme-reload"
        >
          {() => (
            <SectionMessage appearance="success" title="Programme saved">
              <Text as="p">The new version is in the audit trail.</Text>
            </SectionMessage>
          )}
        </SaveOutcome>
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving} testId="programme-save">
            {view.programme ? 'Save programme' : 'Create programme'}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
