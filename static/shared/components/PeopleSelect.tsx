import Select, { CreatableSelect, type SelectProps } from '@atlaskit/select';
import type { Person } from '../person';

export type { Person } from '../person';

interface PersonOption {
  label: string;
  value: string;
}

function optionsOf(people: readonly Person[], keepOrder: boolean): PersonOption[] {
  const ordered = keepOrder ? [...people] : [...people].sort((a, b) => a.displayName.localeCompare(b.displayName));
  return ordered.map((person) => ({ label: person.displayName, value: person.accountId }));
}

/** A chosen account as an option: by name when the list knows it, else its bare id. */
function optionFor(accountId: string, people: readonly Person[]): PersonOption {
  const known = people.find((person) => person.accountId === accountId);
  return { label: known ? known.displayName : accountId, value: accountId };
}

const createLabel = (input: string) => `Use account id “${input.trim()}”`;
const isAccountIdLike = (input: string) => /^[A-Za-z0-9:_-]{6,128}$/.test(input.trim());

interface CommonProps {
  inputId: string;
  people: readonly Person[];
  /**
   * Lets any Atlassian account id be typed in (an area's owner need not use the app). Off where
   * the backend accepts only people with an app role, such as an audit's team.
   */
  allowAccountIds?: boolean;
  /** Keeps the people in the order given (lead auditors first, say) instead of by name. */
  keepOrder?: boolean;
  isInvalid?: boolean;
  isDisabled?: boolean;
  placeholder?: string;
  testId?: string;
}

type PickerProps<IsMulti extends boolean> = CommonProps &
  SelectProps<PersonOption, IsMulti> & { wording: [string, string] };

/**
 * The select under both pickers: the people as options, a typed account id an option only where
 * allowed, and the placeholder saying so.
 */
function Picker<IsMulti extends boolean>({
  people,
  keepOrder = false,
  allowAccountIds = true,
  placeholder,
  wording,
  ...props
}: PickerProps<IsMulti>) {
  const options = optionsOf(people, keepOrder);
  return allowAccountIds ? (
    <CreatableSelect<PersonOption, IsMulti>
      {...props}
      options={options}
      formatCreateLabel={createLabel}
      isValidNewOption={isAccountIdLike}
      placeholder={placeholder ?? wording[1]}
    />
  ) : (
    <Select<PersonOption, IsMulti> {...props} options={options} placeholder={placeholder ?? wording[0]} />
  );
}

/** One account, picked by name (or typed as an account id where allowed). */
export function PersonSelect({
  value,
  onChange,
  ...common
}: CommonProps & { value: string | null; onChange: (accountId: string | null) => void }) {
  return (
    <Picker<false>
      {...common}
      value={value ? optionFor(value, common.people) : null}
      onChange={(option) => onChange(option ? option.value.trim() : null)}
      isClearable
      wording={['Choose a person', 'Choose a person or type an account id']}
    />
  );
}

/** Several accounts, in the order chosen, picked by name (or typed as account ids where allowed). */
export function PeopleSelect({
  value,
  onChange,
  ...common
}: CommonProps & { value: readonly string[]; onChange: (accountIds: string[]) => void }) {
  return (
    <Picker<true>
      {...common}
      isMulti
      value={value.map((accountId) => optionFor(accountId, common.people))}
      onChange={(options) => onChange(options.map((option) => option.value.trim()))}
      wording={['Choose people', 'Choose people or type account ids']}
    />
  );
}
