import Button from '@atlaskit/button/new';
import { Grid, Inline, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { FormEvent } from 'react';
import type { ResolverError } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { fieldMessage } from '../../../shared/fieldMessage';
import { localTimeZone } from '../../../shared/formatTimestamp';
import { knownRecordTypes, recordTypeTitles } from '../../../shared/recordTypes';
import { type TrailAction, type TrailFilterDraft, filterFieldPaths } from '../trailFilter';

interface Option<T extends string> {
  label: string;
  value: T | '';
}

const typeOptions: Option<string>[] = [
  { label: 'Any record type', value: '' },
  ...knownRecordTypes.map((type) => ({ label: recordTypeTitles[type], value: type })),
];

const actionOptions: Option<TrailAction>[] = [
  { label: 'Any action', value: '' },
  { label: 'Create', value: 'create' },
  { label: 'Update', value: 'update' },
  { label: 'Delete', value: 'delete' },
];

interface TrailFiltersProps {
  draft: TrailFilterDraft;
  onChange: (change: Partial<TrailFilterDraft>) => void;
  onApply: () => void;
  onClear: () => void;
  /** A complaint about one of the filters (the form's own or the backend's). */
  error: ResolverError | null;
  isBusy: boolean;
}

/** Which entries to list and export: by record, user, action and time. */
export function TrailFilters({ draft, onChange, onApply, onClear, error, isBusy }: TrailFiltersProps) {
  const message = (key: keyof TrailFilterDraft) => fieldMessage(error, filterFieldPaths[key]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="trail-filters" data-print="hide">
      <Stack space="space.200">
        <Grid templateColumns="repeat(auto-fit, minmax(15rem, 1fr))" gap="space.200">
          <FieldBlock htmlFor="trail-filter-type" label="Record type" error={message('recordType')}>
            <Select<Option<string>, false>
              inputId="trail-filter-type"
              options={typeOptions}
              value={typeOptions.find((option) => option.value === draft.recordType) ?? null}
              onChange={(option) => onChange({ recordType: option?.value ?? '' })}
              isSearchable={false}
              formatOptionLabel={(option, { context }) =>
                context === 'menu' && option.value ? `${option.label} (${option.value})` : option.label
              }
              testId="trail-filter-type"
            />
          </FieldBlock>
          <FieldBlock htmlFor="trail-filter-id" label="Record id" error={message('recordId')}>
            <Textfield
              id="trail-filter-id"
              value={draft.recordId}
              onChange={(event) => onChange({ recordId: event.currentTarget.value })}
              placeholder="e.g. programme"
              isInvalid={Boolean(message('recordId'))}
              testId="trail-filter-id"
            />
          </FieldBlock>
          <FieldBlock htmlFor="trail-filter-user" label="User account id" error={message('actor')}>
            <Textfield
              id="trail-filter-user"
              value={draft.actor}
              onChange={(event) => onChange({ actor: event.currentTarget.value })}
              isInvalid={Boolean(message('actor'))}
              testId="trail-filter-user"
            />
          </FieldBlock>
          <FieldBlock htmlFor="trail-filter-action" label="Action" error={message('action')}>
            <Select<Option<TrailAction>, false>
              inputId="trail-filter-action"
              options={actionOptions}
              value={actionOptions.find((option) => option.value === draft.action) ?? null}
              onChange={(option) => onChange({ action: option?.value ?? '' })}
              isSearchable={false}
              testId="trail-filter-action"
            />
          </FieldBlock>
          <FieldBlock
            htmlFor="trail-filter-from"
            label="From"
            helper={`Your time (${localTimeZone()})`}
            error={message('from')}
          >
            <Textfield
              id="trail-filter-from"
              type="datetime-local"
              value={draft.from}
              onChange={(event) => onChange({ from: event.currentTarget.value })}
              isInvalid={Boolean(message('from'))}
              testId="trail-filter-from"
            />
          </FieldBlock>
          <FieldBlock
            htmlFor="trail-filter-to"
            label="To"
            helper={`Your time (${localTimeZone()})`}
            error={message('to')}
          >
            <Textfield
              id="trail-filter-to"
              type="datetime-local"
              value={draft.to}
              onChange={(event) => onChange({ to: event.currentTarget.value })}
              isInvalid={Boolean(message('to'))}
              testId="trail-filter-to"
            />
          </FieldBlock>
        </Grid>
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={isBusy} testId="trail-apply">
            Apply filters
          </Button>
          <Button appearance="subtle" onClick={onClear} isDisabled={isBusy} testId="trail-clear">
            Clear
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
