import { type FormEvent, useState } from 'react';
import type { Result } from '../../../src/contract';
import type { JiraSettingsCheck, JiraSettingsView } from '../../../src/contract/jira';
import { callResolver } from '../../shared/invokeClient';
import { messageAt } from './fieldMessages';
import type { Outcome } from './JiraSettingsOutcome';
import { draftFrom, type JiraSettingsDraft, type PolicyDraft, saveInput, settingsInput } from './settingsDraft';

/**
 * The Jira settings form's state and its three actions: check against the live projects, save,
 * and reload after someone else's save.
 */
export function useJiraSettingsForm(
  view: JiraSettingsView,
  canEdit: boolean,
  onSaved: (view: JiraSettingsView) => void,
  onReload: () => Promise<Result<JiraSettingsView>>,
) {
  const [draft, setDraft] = useState<JiraSettingsDraft>(() => draftFrom(view.settings ?? view.suggested));
  const [check, setCheck] = useState<JiraSettingsCheck | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'check' | 'save' | 'reload' | null>(null);

  const error = outcome?.kind === 'failed' ? outcome.error : null;
  const problems = check ? check.problems : view.problems;
  const choices = check ? check.choices : view.choices;
  const at = (path: string) => messageAt(path, error, problems);
  const isDisabled = !canEdit || busy !== null;

  const update = (change: Partial<JiraSettingsDraft>) => setDraft((previous) => ({ ...previous, ...change }));
  const updatePolicy = (grade: keyof JiraSettingsDraft['dueDates'], change: Partial<PolicyDraft>) =>
    setDraft((previous) => ({
      ...previous,
      dueDates: { ...previous.dueDates, [grade]: { ...previous.dueDates[grade], ...change } },
    }));

  const runCheck = async (): Promise<void> => {
    const result = await callResolver('checkJiraSettings', { settings: settingsInput(draft) });
    if (result.ok) setCheck(result.value);
    else setOutcome({ kind: 'failed', action: 'check', error: result.error });
  };

  const checkNow = async () => {
    if (busy) return;
    setBusy('check');
    setOutcome(null);
    await runCheck();
    setBusy(null);
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !canEdit) return;
    setBusy('save');
    const result = await callResolver('saveJiraSettings', saveInput(draft, view.version));
    setBusy(null);
    if (result.ok) {
      setDraft(draftFrom(result.value.settings ?? result.value.suggested));
      setCheck(null);
      setOutcome({ kind: 'saved', version: result.value.version });
      onSaved(result.value);
    } else {
      setOutcome({ kind: 'failed', action: 'save', error: result.error });
      // A refusal names the first field at fault; a check shows every other one under its field.
      if (result.error.code === 'invalid_input') {
        const checked = await callResolver('checkJiraSettings', { settings: settingsInput(draft) });
        if (checked.ok) setCheck(checked.value);
      }
    }
  };

  const reload = async () => {
    setBusy('reload');
    const result = await onReload();
    setBusy(null);
    if (result.ok) {
      setDraft(draftFrom(result.value.settings ?? result.value.suggested));
      setCheck(null);
      setOutcome({ kind: 'reloaded', version: result.value.version });
    } else {
      setOutcome({ kind: 'failed', action: 'save', error: result.error });
    }
  };

  return { draft, check, outcome, busy, choices, at, isDisabled, update, updatePolicy, checkNow, save, reload };
}
