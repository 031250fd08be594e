import Select from '@atlaskit/select';
import type { RoleAssignment } from '../../../../src/contract';

export interface PersonOption {
  label: string;
  value: string;
}

/** The lead auditors, then the auditors (whom a plan asks for), then everyone else with an app role. */
export function personOptions(people: readonly RoleAssignment[], auditorsFirst = true): PersonOption[] {
  const rank = (person: RoleAssignment) =>
    !auditorsFirst ? 0 : person.roles.includes('leadAuditor') ? 0 : person.roles.includes('auditor') ? 1 : 2;
  return [...people]
    .sort((a, b) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName, undefined))
    .map((person) => ({ label: person.displayName, value: person.accountId }));
}

interface PersonSelectProps {
  inputId: string;
  options: readonly PersonOption[];
  value: string | null;
  onChange: (accountId: string | null) => void;
  isInvalid?: boolean;
  isDisabled?: boolean;
  placeholder?: string;
  testId?: string;
}

/** One person, picked by name. */
export function PersonSelect({
  inputId,
  options,
  value,
  onChange,
  isInvalid,
  isDisabled,
  placeholder,
  testId,
}: PersonSelectProps) {
  return (
    <Select<PersonOption, false>
      inputId={inputId}
      options={[...options]}
      value={options.find((option) => option.value === value) ?? null}
      onChange={(option) => onChange(option?.value ?? null)}
      isClearable
      isInvalid={isInvalid}
      isDisabled={isDisabled}
      placeholder={placeholder ?? 'Choose a person'}
      testId={testId ?? inputId}
    />
  );
}

interface PeopleSelectProps {
  inputId: string;
  options: readonly PersonOption[];
  value: readonly string[];
  onChange: (accountIds: string[]) => void;
  isInvalid?: boolean;
  isDisabled?: boolean;
  testId?: string;
}

/** Several people, picked by name, in the order chosen. */
export function PeopleSelect({ inputId, options, value, onChange, isInvalid, isDisabled, testId }: PeopleSelectProps) {
  const byId = new Map(options.map((option) => [option.value, option]));
  return (
    <Select<PersonOption, true>
      inputId={inputId}
      isMulti
      options={[...options]}
      value={value.map((id) => byId.get(id) ?? { label: id, value: id })}
      onChange={(chosen) => onChange(chosen.map((option) => option.value))}
      isInvalid={isInvalid}
      isDisabled={isDisabled}
      placeholder="Choose people"
      testId={testId ?? inputId}
    />
  );
}
