import Button from '@atlaskit/button/new';
import { Grid, Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { fieldText } from './fieldText';
import { callResolver } from '../../../shared/invokeClient';
import { ActionFailure } from './ActionFailure';
import { DateField } from '../../../shared/forms/DateField';
import {
  type AuditView,
  draftFrom,
  emptyDraft,
  type PlanDraft,
  planFieldPath,
  planFields,
  planInput,
} from './planDraft';
import { PlanPeopleFields } from './PlanPeopleFields';
import { PlanScopeFields } from './PlanScopeFields';
import { TextArea } from '../../../shared/components/TextArea';
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

const paths = planFields.map(planFieldPath);

/** An audit plan (9.2.2 c–d): scope, objectives, criteria, methods, people and dates. */
export function PlanForm({ lookups, view, cycleStart, canEdit, onSaved, onReload, onRefused }: PlanFormProps) {
  const [draft, setDraft] = useState<PlanDraft>(() => (view ? draftFrom(view.audit.plan) : emptyDraft()));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  const update = (change: Partial<PlanDraft>) => {
    setDraft((previous) => ({ ...previous, ...change }));
    setSaved(false);
  };
  const message = (field: keyof PlanDraft) => fieldText(error, planFieldPath(field));
  const idPrefix = view ? `audit-plan-${view.id}` : 'audit-plan-new';
  const fieldId = (name: string) => `${idPrefix}-${name}`;
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || !canEdit) return;
    setSaving(true);
    const trimmed = reason.trim();
    const result = await callResolver('saveAuditPlan', {
      ...(view ? { auditId: view.id } : { cycleStart }),
      expectedVersion: view?.version ?? 0,
      plan: planInput(draft),
      ...(trimmed ? { reason: trimmed } : {}),
    });
    setSaving(false);
    if (result.ok) {
      setError(null);
      setSaved(true);
      setReason('');
      setDraft(draftFrom(result.value.audit.plan));
      onSaved(result.value);
    } else {
      setError(result.error);
      setSaved(false);
      onRefused?.(result.error, draft);
    }
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
        <PlanScopeFields section={{ lookups, draft, update, message, fieldId, canEdit }} />
        <Grid templateColumns="repeat(auto-fit, minmax(18rem, 1fr))" gap="space.200">
          {(['objectives', 'criteria', 'methods', 'resources'] as const).map((field) => (
            <FieldBlock
              key={field}
              htmlFor={fieldId(field)}
              label={field[0]!.toUpperCase() + field.slice(1)}
              error={message(field)}
            >
              <TextArea
                id={fieldId(field)}
                testId={fieldId(field)}
                value={draft[field]}
                onChange={(value) => update({ [field]: value })}
                isInvalid={Boolean(message(field))}
                isDisabled={!canEdit}
              />
            </FieldBlock>
          ))}
        </Grid>
        <PlanPeopleFields section={{ lookups, draft, update, message, fieldId, canEdit }} />
        <Grid templateColumns="repeat(auto-fit, minmax(14rem, 1fr))" gap="space.200">
          <DateField
            id={fieldId('start')}
            label="Planned start"
            value={draft.plannedStart}
            onChange={(plannedStart) => update({ plannedStart })}
            error={message('plannedStart')}
            isRequired
            isDisabled={!canEdit}
          />
          <DateField
            id={fieldId('end')}
            label="Planned end"
            helper="The last planned day, inclusive"
            value={draft.plannedEnd}
            onChange={(plannedEnd) => update({ plannedEnd })}
            minDate={draft.plannedStart || undefined}
            error={message('plannedEnd')}
            isRequired
            isDisabled={!canEdit}
          />
        </Grid>
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
        {error ? (
          <ActionFailure
            title="The plan was not saved"
            error={error}
            pointsAtField={shownUnderAField(error, paths)}
            onReload={onReload}
            testId={`${idPrefix}-failure`}
          />
        ) : null}
        {saved ? (
          <SectionMessage appearance="success" title="Plan saved" testId={`${idPrefix}-saved`}>
            Version {view?.version ?? 1} of the plan is saved; the checklist follows its scope.
          </SectionMessage>
        ) : null}
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
