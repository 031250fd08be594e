import { CreatableSelect } from '@atlaskit/select';

/** Someone the reader can pick: an account with an app role, by name. */
export interface Person {
  accountId: string;
  displayName: string;
}

interface PersonOption {
  label: string;
  value: string;
}

function optionsOf(people: readonly Person[]): PersonOption[] {
  return [...people]
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((person) => ({ label: person.displayName, value: person.accountId }));
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
  isInvalid?: boolean;
  isDisabled?: boolean;
  placeholder?: string;
  testId?: string;
}

/**
 * One account: anyone with an app role by name, or any Atlassian account id typed in (an area's
 * owner need not use the app).
 */
export function PersonSelect({
  inputId,
  people,
  value,
  onChange,
  isInvalid,
  isDisabled,
  placeholder = 'Choose a person or type an account id',
  testId,
}: CommonProps & { value: string | null; onChange: (accountId: string | null) => void }) {
  return (
    <CreatableSelect<PersonOption, false>
      inputId={inputId}
      options={optionsOf(people)}
      value={value ? optionFor(value, people) : null}
      onChange={(option) => onChange(option ? option.value.trim() : null)}
      formatCreateLabel={createLabel}
      isValidNewOption={isAccountIdLike}
      isClearable
      isInvalid={isInvalid}
      isDisabled={isDisabled}
      placeholder={placeholder}
      testId={testId}
    />
  );
}

/** Several accounts, picked by name or typed as account ids. */
export function PeopleSelect({
  inputId,
  people,
  value,
  onChange,
  isInvalid,
  isDisabled,
  placeholder = 'Choose people or type account ids',
  testId,
}: CommonProps & { value: readonly string[]; onChange: (accountIds: string[]) => void }) {
  return (
    <CreatableSelect<PersonOption, true>
      inputId={inputId}
      isMulti
      options={optionsOf(people)}
      value={value.map((accountId) => optionFor(accountId, people))}
      onChange={(options) => onChange(options.map((option) => option.value.trim()))}
      formatCreateLabel={createLabel}
      isValidNewOption={isAccountIdLike}
      isInvalid={isInvalid}
      isDisabled={isDisabled}
      placeholder={placeholder}
      testId={testId}
    />
  );
}
