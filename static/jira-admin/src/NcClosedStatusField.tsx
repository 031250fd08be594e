import { Box, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { FieldBlock } from '../../shared/components/FieldBlock';

const fieldStyles = xcss({ maxWidth: '20rem' });

interface NcClosedStatusFieldProps {
  value: string;
  error: string | undefined;
  isDisabled: boolean;
  onChange: (status: string) => void;
}

/**
 * The nonconformity project's status that means closed. An NC may reach it only when the app says
 * the finding is closed (its actions verified effective, or a signed exemption), so the closing
 * gate guards it and the app moves the NC there itself. Free text: the settings check reads the
 * NC project's workflow and says under the field when the status is missing or not done.
 */
export function NcClosedStatusField({ value, error, isDisabled, onChange }: NcClosedStatusFieldProps) {
  return (
    <Box xcss={fieldStyles}>
      <FieldBlock
        htmlFor="nc-status-closed"
        label="Nonconformities: closed status"
        helper="An NC reaches it only through its corrective actions or a signed exemption; must be in Jira's Done category."
        error={error}
        isRequired
        testId="nc-status-closed-block"
      >
        <Textfield
          id="nc-status-closed"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          isInvalid={Boolean(error)}
          isDisabled={isDisabled}
          autoComplete="off"
          testId="nc-status-closed"
        />
      </FieldBlock>
    </Box>
  );
}
