import { Grid } from '@atlaskit/primitives';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import type { PlanSection } from './planSection';

const textFields = ['objectives', 'criteria', 'methods', 'resources'] as const;

/** The plan's objectives, criteria, methods and resources (9.2.2 c–d): free text, side by side. */
export function PlanTextFields({ section }: { section: PlanSection }) {
  const { draft, update, message, fieldId, canEdit } = section;
  return (
    <Grid templateColumns="repeat(auto-fit, minmax(18rem, 1fr))" gap="space.200">
      {textFields.map((field) => (
        <TextAreaField
          key={field}
          id={fieldId(field)}
          label={field[0]!.toUpperCase() + field.slice(1)}
          value={draft[field]}
          onChange={(value) => update({ [field]: value })}
          error={message(field)}
          isDisabled={!canEdit}
        />
      ))}
    </Grid>
  );
}
