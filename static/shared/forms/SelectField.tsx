import Select from '@atlaskit/select';
import type { ReactNode } from 'react';
import type { ResolverError } from '../../../src/contract';
import { FormField } from './FormField';

/** One choice of a fixed list: the words shown and the value saved. */
export interface Choice<T> {
  label: string;
  value: T;
}

interface SelectFieldProps<T> {
  /** The input's id and test id. */
  id: string;
  label: string;
  path: string;
  error: ResolverError | null | undefined;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  helper?: ReactNode;
}

/** One value picked from a short fixed list (a rating, a cycle length), with the complaint about its path. */
export function SelectField<T>({ id, choices, value, onChange, ...field }: SelectFieldProps<T>) {
  return (
    <FormField htmlFor={id} {...field}>
      {(isInvalid) => (
        <Select<Choice<T>, false>
          inputId={id}
          options={choices}
          value={choices.find((choice) => choice.value === value) ?? null}
          onChange={(choice) => {
            if (choice) onChange(choice.value);
          }}
          isSearchable={false}
          isInvalid={isInvalid}
          testId={id}
        />
      )}
    </FormField>
  );
}
