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

/** A filter typed in: which part of the filter it sets, its input's id and how it is labelled and typed. */
interface TypedFilter {
  key: 'recordId' | 'actor' | 'from' | 'to';
  id: string;
  label: string;
  placeholder?: string;
  /** A moment in the reader's own time zone, not a word. */
  isLocalTime?: boolean;
}

const recordFilters: TypedFilter[] = [
  { key: 'recordId', id: 'trail-filter-id', label: 'Record id', placeholder: 'e.g. programme' },
  { key: 'actor', id: 'trail-filter-user', label: 'User account id' },
];

const timeFilters: TypedFilter[] = [
  { key: 'from', id: 'trail-filter-from', label: 'From', isLocalTime: true },
  { key: 'to', id: 'trail-filter-to', label: 'To', isLocalTime: true },
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
  const typed = ({ key, id, label, placeholder, isLocalTime }: TypedFilter) => (
    <FieldBlock
      key={key}
      htmlFor={id}
      label={label}
      helper={isLocalTime ? `Your time (${localTimeZone()})` : undefined}
      error={message(key)}
    >
      <Textfield
        id={id}
        type={isLocalTime ? 'datetime-local' : undefined}
        value={draft[key]}
        onChange={(event) => onChange({ [key]: event.currentTarget.value })}
        placeholder={placeholder}
        isInvalid={Boolean(message(key))}
        testId={id}
      />
    </FieldBlock>
  );
  // Record type and action: "any" or one of a fixed list.
  const choice = <T extends string>(
    key: 'recordType' | 'action',
    id: string,
    label: string,
    options: Option<T>[],
    formatOptionLabel?: (option: Option<T>, meta: { context: 'menu' | 'value' }) => string,
  ) => (
    <FieldBlock htmlFor={id} label={label} error={message(key)}>
      <Select<Option<T>, false>
        inputId={id}
        options={options}
        value={options.find((option) => option.value === draft[key]) ?? null}
        onChange={(option) => onChange({ [key]: option?.value ?? '' })}
        isSearchable={false}
        formatOptionLabel={formatOptionLabel}
        testId={id}
      />
    </FieldBlock>
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="trail-filters" data-print="hide">
      <Stack space="space.200">
        <Grid templateColumns="repeat(auto-fit, minmax(15rem, 1fr))" gap="space.200">
          {choice('recordType', 'trail-filter-type', 'Record type', typeOptions, (option, { context }) =>
            context === 'menu' && option.value ? `${option.label} (${option.value})` : option.label,
          )}
          {recordFilters.map(typed)}
          {choice('action', 'trail-filter-action', 'Action', actionOptions)}
          {timeFilters.map(typed)}
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
