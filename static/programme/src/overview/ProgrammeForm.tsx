import Button from '@atlaskit/button/new';
import { Box, Grid, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { ProgrammeView, Result } from '../../../../src/contract';
import { TextArea } from '../../../shared/components/TextArea';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { callResolver } from '../../../shared/invokeClient';
import { SaveFailure } from '../components/SaveFailure';
import { type ProgrammeDraft, draftFrom, programmeFieldPaths as paths, saveInput } from './programmeDraft';
import { FormField } from '../../../shared/forms/FormField';
import { FrequencyPolicyFields } from './FrequencyPolicyFields';
import { TextInputField } from '../../../shared/forms/TextInputField';
import { useVersionedSave } from '../../../shared/forms/useVersionedSave';

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

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="programme-form">
      <Stack space="space.200">
        <Grid templateColumns="repeat(auto-fit, minmax(20rem, 1fr))" gap="space.200">
          {textFields.map((field) => (
            <FormField
              key={field.key}
              htmlFor={`programme-${field.key}`}
              label={field.label}
              helper={field.helper}
              path={paths[field.key]}
              error={error}
            >
              {(isInvalid) => (
                <TextArea
                  id={`programme-${field.key}`}
                  value={draft[field.key]}
                  onChange={(value) => update({ [field.key]: value })}
                  isInvalid={isInvalid}
                  testId={`programme-${field.key}`}
                />
              )}
            </FormField>
          ))}
        </Grid>
        <FrequencyPolicyFields draft={draft} update={update} error={error} />
        <Grid templateColumns="repeat(auto-fit, minmax(20rem, 1fr))" gap="space.200">
          <TextInputField
            id="programme-ismsSpaceKey"
            label="ISMS Confluence space key"
            helper="Where audit plans and reports are published, e.g. ISMS."
            path={paths.ismsSpaceKey}
            error={error}
            value={draft.ismsSpaceKey}
            onChange={(ismsSpaceKey) => update({ ismsSpaceKey })}
          />
          <TextInputField
            id="programme-reason"
            label={isApproved ? 'Reason for the change' : 'Reason for the change (optional)'}
            helper={
              isApproved
                ? 'This version is approved: changing it withdraws the approval and needs a reason.'
                : 'Recorded in the audit trail with your change.'
            }
            isRequired={isApproved}
            path={paths.reason}
            error={error}
            value={draft.reason}
            onChange={(reason) => update({ reason })}
          />
        </Grid>
        {outcome ? (
          <Box testId="programme-message">
            {outcome.kind === 'failed' ? (
              <SaveFailure
                subject="The programme details"
                error={outcome.error}
                pointsAtField={shownUnderAField(outcome.error, allPaths)}
                onReload={() => void reload()}
                isReloading={reloading}
                reloadTestId="programme-reload"
              />
            ) : (
              <SectionMessage appearance="success" title="Programme saved">
                <Text as="p">The new version is in the audit trail.</Text>
              </SectionMessage>
            )}
          </Box>
        ) : null}
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving} testId="programme-save">
            {view.programme ? 'Save programme' : 'Create programme'}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
