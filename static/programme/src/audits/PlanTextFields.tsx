import { Grid } from '@atlaskit/primitives';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { TextArea } from '../../../shared/components/TextArea';
import type { PlanSection } from './planSection';

const textFields = ['objectives', 'criteria', 'methods', 'resources'] as const;

/** The plan's objectives, criteria, methods and resources (9.2.2 c–d): free text, side by side. */
export function PlanTextFields({ section }: { section: PlanSection }) {
  const { draft, update, message, fieldId, canEdit } = section;
  return (
    <Grid templateColumns="repeat(auto-fit, minmax(18rem, 1fr))" gap="space.200">
      {textFields.map((field) => (
        <FieldBlock
          key={field}
          htmlFor={fieldId(field)}
          label={field[0]!.toUpperCase() + field.slice(1)}
          error={message(field)}
        >
          <TextArea
            id={fieldId(field)}
            testId={fieldId(field)}
            value={draft[field]}
            onChange={(value) => update({ [field]: value })}
            isInvalid={Boolean(message(field))}
            isDisabled={!canEdit}
          />
        </FieldBlock>
      ))}
    </Grid>
  );
}
