import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { Result, VersionedSettings } from '../../../../src/contract';
import { callResolver } from '../../../shared/invokeClient';
import { fieldMessage } from '../../../shared/fieldMessage';
import { type SettingsDraft, draftFrom, settingsFieldPaths, updateInput } from './settingsDraft';
import { SettingsOutcome } from './SettingsOutcome';
import { WorkingDaysField } from './WorkingDaysField';
import { useVersionedSave } from '../../../shared/forms/useVersionedSave';
import { draftBinder } from '../../../shared/forms/draftBinder';
import { SettingsCycleFields } from './SettingsCycleFields';
import { ReasonField, TextInputField } from '../../../shared/forms/TextInputField';

interface SettingsFormProps {
  versioned: VersionedSettings;
  /** The saved version is approved: a change withdraws the approval and needs a reason. */
  isApproved?: boolean;
  /** The backend accepted a save; this is what it now holds. */
  onSaved: (value: VersionedSettings) => void;
  /** Reads the settings again (after a conflict). */
  onReload: () => Promise<Result<VersionedSettings>>;
}

/** The programme settings, editable by a programme manager, saved with optimistic concurrency. */
export function SettingsForm({ versioned, isApproved = false, onSaved, onReload }: SettingsFormProps) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(versioned.settings));
  const update = (change: Partial<SettingsDraft>) => setDraft((previous) => ({ ...previous, ...change }));
  const toggleDay = (iso: number) =>
    setDraft((previous) => ({
      ...previous,
      workingDays: previous.workingDays.includes(iso)
        ? previous.workingDays.filter((day) => day !== iso)
        : [...previous.workingDays, iso].sort((a, b) => a - b),
    }));

  const { outcome, error, saving, reloading, submit, reload } = useVersionedSave({
    save: () => callResolver('updateProgrammeSettings', updateInput(draft, versioned.version)),
    reload: onReload,
    resetDraft: (value: VersionedSettings) => setDraft(draftFrom(value.settings)),
    onSaved,
  });
  const field = draftBinder(draft, update, settingsFieldPaths, error);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="settings-form" style={{ maxWidth: '48rem' }}>
      <Stack space="space.200">
        <TextInputField
          id="settings-organisation"
          label="Organisation name"
          {...field('organisationName')}
          name="organisationName"
        />
        <SettingsCycleFields field={field} />
        <WorkingDaysField
          workingDays={draft.workingDays}
          onToggle={toggleDay}
          error={fieldMessage(error, settingsFieldPaths.workingDays)}
        />
        <ReasonField
          id="settings-reason"
          testId="settings-reason-block"
          {...field('reason')}
          name="reason"
          approvalNote={
            isApproved ? 'This version is approved: changing it withdraws the approval and needs a reason' : null
          }
        />
        <SettingsOutcome outcome={outcome} onReload={() => void reload()} isReloading={reloading} />
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving} testId="settings-save">
            Save settings
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
