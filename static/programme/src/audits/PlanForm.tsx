import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { fieldText } from './fieldText';
import { useSave } from '../../../shared/forms/useSave';
import { callResolver } from '../../../shared/invokeClient';
import { type AuditView, draftFrom, emptyDraft, type PlanDraft, planFieldPath, planInput } from './planDraft';
import { PlanDateFields } from './PlanDateFields';
import { PlanPeopleFields } from './PlanPeopleFields';
import { PlanSaveOutcome } from './PlanSaveOutcome';
import { PlanScopeFields } from './PlanScopeFields';
import type { PlanSection } from './planSection';
import { PlanTextFields } from './PlanTextFields';
import type { AuditLookups } from './useAuditLookups';

interface PlanFormProps {
  lookups: AuditLookups;
  /** The audit as read; null for a new one. */
  view: AuditView | null;
  cycleStart: string;
  canEdit: boolean;
  onSaved: (view: AuditView) => void;
  onReload?: () => void;
  /** A refusal naming a person: offered to the override dialog (programme managers). */
  onRefused?: (error: ResolverError, draft: PlanDraft) => void;
}

/** An audit plan (9.2.2 c–d): scope, objectives, criteria, methods, people and dates. */
export function PlanForm({ lookups, view, cycleStart, canEdit, onSaved, onReload, onRefused }: PlanFormProps) {
  const [draft, setDraft] = useState<PlanDraft>(() => (view ? draftFrom(view.audit.plan) : emptyDraft()));
  const [reason, setReason] = useState('');
  const { saving, error, saved, run } = useSave();
  // "Plan saved" stands only until the plan is edited again.
  const [editedSinceSave, setEditedSinceSave] = useState(false);

  const update = (change: Partial<PlanDraft>) => {
    setDraft((previous) => ({ ...previous, ...change }));
    setEditedSinceSave(true);
  };
  const message = (field: keyof PlanDraft) => fieldText(error, planFieldPath(field));
  const idPrefix = view ? `audit-plan-${view.id}` : 'audit-plan-new';
  const fieldId = (name: string) => `${idPrefix}-${name}`;
  const section: PlanSection = { lookups, draft, update, message, fieldId, canEdit };
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!canEdit) return;
    const trimmed = reason.trim();
    setEditedSinceSave(false);
    void run(
      () =>
        callResolver('saveAuditPlan', {
          ...(view ? { auditId: view.id } : { cycleStart }),
          expectedVersion: view?.version ?? 0,
          plan: planInput(draft),
          ...(trimmed ? { reason: trimmed } : {}),
        }),
      {
        onSaved: (next) => {
          setReason('');
          setDraft(draftFrom(next.audit.plan));
          onSaved(next);
        },
        onFailed: (refusal) => onRefused?.(refusal, draft),
      },
    );
  };

  return (
    <form onSubmit={save} noValidate data-testid={`${idPrefix}-form`}>
      <Stack space="space.200">
        <FieldBlock htmlFor={fieldId('title')} label="Title" error={message('title')} isRequired>
          <Textfield
            id={fieldId('title')}
            name="title"
            value={draft.title}
            onChange={(event) => update({ title: event.currentTarget.value })}
            isInvalid={Boolean(message('title'))}
            isDisabled={!canEdit}
            testId={fieldId('title')}
          />
        </FieldBlock>
        <PlanScopeFields section={section} />
        <PlanTextFields section={section} />
        <PlanPeopleFields section={section} />
        <PlanDateFields section={section} />
        {view && canEdit ? (
          <FieldBlock
            htmlFor={fieldId('reason')}
            label="Reason for the change (optional)"
            helper="Recorded in the audit trail with the change."
            error={fieldText(error, 'reason')}
          >
            <Textfield
              id={fieldId('reason')}
              name="reason"
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              testId={fieldId('reason')}
            />
          </FieldBlock>
        ) : null}
        <PlanSaveOutcome
          error={error}
          saved={saved && !editedSinceSave}
          version={view?.version}
          onReload={onReload}
          idPrefix={idPrefix}
        />
        {canEdit ? (
          <Inline>
            <Button type="submit" appearance="primary" isLoading={saving} testId={`${idPrefix}-save`}>
              {view ? 'Save plan' : 'Create audit'}
            </Button>
          </Inline>
        ) : null}
      </Stack>
    </form>
  );
}
