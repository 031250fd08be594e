import { Grid } from '@atlaskit/primitives';
import type { BoundField } from '../../../shared/forms/draftBinder';
import { type Choice, SelectField } from '../../../shared/forms/SelectField';
import type { SoaLineDraft } from './soaDraft';
import { type Implementation, implementations, implementationTitles } from './soaWords';

const applicabilityChoices: Choice<boolean>[] = [
  { label: 'Applicable', value: true },
  { label: 'Excluded', value: false },
];
const implementationChoices: Choice<Implementation>[] = implementations.map((value) => ({
  label: implementationTitles[value],
  value,
}));

interface SoaStatusFieldsProps {
  /** The SoA line dialog's draft, field by field. */
  field: <K extends 'applicable' | 'implementation'>(key: K) => BoundField<SoaLineDraft[K]>;
}

/** Whether the control applies and how far it is implemented: the two choices of an SoA line. */
export function SoaStatusFields({ field }: SoaStatusFieldsProps) {
  return (
    <Grid templateColumns="repeat(auto-fit, minmax(12rem, 1fr))" gap="space.150">
      <SelectField id="soa-applicable" label="Applicability" choices={applicabilityChoices} {...field('applicable')} />
      <SelectField
        id="soa-implementation"
        label="Implementation"
        choices={implementationChoices}
        {...field('implementation')}
      />
    </Grid>
  );
}
