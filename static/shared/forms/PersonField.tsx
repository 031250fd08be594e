import type { ReactNode } from 'react';
import type { ResolverError } from '../../../src/contract';
import { type Person, PeopleSelect, PersonSelect } from '../components/PeopleSelect';
import { FormField } from './FormField';

/** What a people picker takes from its field. */
interface PickerInput<V, C> {
  inputId: string;
  people: readonly Person[];
  value: V;
  onChange: (chosen: C) => void;
  isInvalid?: boolean;
  testId?: string;
}

interface PickerFieldProps<V, C> {
  /** The input's id and test id. */
  id: string;
  label: string;
  path: string;
  error: ResolverError | null | undefined;
  people: readonly Person[];
  value: V;
  onChange: (chosen: C) => void;
  helper?: ReactNode;
  isRequired?: boolean;
}

/** A people picker under a label, with the complaint about its path: one shape for one or several accounts. */
function pickerField<V, C>(Picker: (props: PickerInput<V, C>) => ReactNode) {
  return function PickerField({ id, people, value, onChange, ...field }: PickerFieldProps<V, C>) {
    return (
      <FormField htmlFor={id} {...field}>
        {(isInvalid) => (
          <Picker inputId={id} people={people} value={value} onChange={onChange} isInvalid={isInvalid} testId={id} />
        )}
      </FormField>
    );
  };
}

/** One account under a label (an owner, an auditor). */
export const PersonField = pickerField<string | null, string | null>(PersonSelect);

/** Several accounts under a label (an area's members). */
export const PeopleField = pickerField<readonly string[], string[]>(PeopleSelect);
