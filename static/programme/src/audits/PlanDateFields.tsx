import { Grid } from '@atlaskit/primitives';
import { DateField } from '../../../shared/forms/DateField';
import type { PlanSection } from './planSection';

/** The plan's planned start and end; the end may not come before the start. */
export function PlanDateFields({ section }: { section: PlanSection }) {
  const { draft, update, message, fieldId, canEdit } = section;
  return (
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
  );
}
