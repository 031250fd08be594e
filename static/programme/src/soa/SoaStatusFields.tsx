import { Grid } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { ResolverError } from '../../../../src/contract';
import { FormField } from '../../../shared/forms/FormField';
import { type SoaLineDraft, soaFieldPaths as paths } from './soaDraft';
import { type Implementation, implementations, implementationTitles } from './soaWords';

interface Option<T> {
  label: string;
  value: T;
}
const applicabilityOptions: Option<boolean>[] = [
  { label: 'Applicable', value: true },
  { label: 'Excluded', value: false },
];
const implementationOptions: Option<Implementation>[] = implementations.map((value) => ({
  label: implementationTitles[value],
  value,
}));

interface SoaStatusFieldsProps {
  draft: SoaLineDraft;
  update: (change: Partial<SoaLineDraft>) => void;
  error: ResolverError | null;
}

/** Whether the control applies and how far it is implemented: the two choices of an SoA line. */
export function SoaStatusFields({ draft, update, error }: SoaStatusFieldsProps) {
  return (
    <Grid templateColumns="repeat(auto-fit, minmax(12rem, 1fr))" gap="space.150">
      <FormField htmlFor="soa-applicable" label="Applicability" path={paths.applicable} error={error}>
        <Select<Option<boolean>, false>
          inputId="soa-applicable"
          options={applicabilityOptions}
          value={applicabilityOptions.find((option) => option.value === draft.applicable) ?? null}
          onChange={(option) => option && update({ applicable: option.value })}
          isSearchable={false}
          testId="soa-applicable"
        />
      </FormField>
      <FormField htmlFor="soa-implementation" label="Implementation" path={paths.implementation} error={error}>
        <Select<Option<Implementation>, false>
          inputId="soa-implementation"
          options={implementationOptions}
          value={implementationOptions.find((option) => option.value === draft.implementation) ?? null}
          onChange={(option) => option && update({ implementation: option.value })}
          isSearchable={false}
          testId="soa-implementation"
        />
      </FormField>
    </Grid>
  );
}
