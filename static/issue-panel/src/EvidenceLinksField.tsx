import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { ResolverError } from '../../../src/contract';
import { RemoveRowButton } from '../../shared/components/RemoveRowButton';
import { fieldMessage } from '../../shared/fieldMessage';

export interface EvidenceDraft {
  label: string;
  url: string;
}

const growStyles = xcss({ flexGrow: 1 });

interface EvidenceLinksFieldProps {
  value: readonly EvidenceDraft[];
  onChange: (value: EvidenceDraft[]) => void;
  error: ResolverError | null;
  idPrefix: string;
}

/** Links to the evidence that the action was carried out (a page, a ticket, a record), one a row. */
export function EvidenceLinksField({ value, onChange, error, idPrefix }: EvidenceLinksFieldProps) {
  const set = (index: number, change: Partial<EvidenceDraft>) =>
    onChange(value.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const message = fieldMessage(error, 'step.evidence') ?? fieldMessage(error, 'evidence');
  return (
    <Stack space="space.100" testId={`${idPrefix}-evidence`}>
      <Text weight="semibold">Evidence links</Text>
      {value.map((row, index) => (
        <Inline key={index} space="space.100" alignBlock="center">
          <Box xcss={growStyles}>
            <Textfield
              aria-label={`Evidence ${index + 1}: what it is`}
              placeholder="What it is, e.g. Firewall review record"
              value={row.label}
              onChange={(event) => set(index, { label: event.currentTarget.value })}
              testId={`${idPrefix}-evidence-label-${index}`}
            />
          </Box>
          <Box xcss={growStyles}>
            <Textfield
              aria-label={`Evidence ${index + 1}: link`}
              placeholder="https://…"
              value={row.url}
              onChange={(event) => set(index, { url: event.currentTarget.value })}
              testId={`${idPrefix}-evidence-url-${index}`}
            />
          </Box>
          {value.length > 1 ? (
            <RemoveRowButton onRemove={() => onChange(value.filter((_, at) => at !== index))} />
          ) : null}
        </Inline>
      ))}
      {message ? (
        <Text color="color.text.danger" size="small" testId={`${idPrefix}-evidence-error`}>
          {message}
        </Text>
      ) : null}
      <Inline>
        <Button
          spacing="compact"
          onClick={() => onChange([...value, { label: '', url: '' }])}
          isDisabled={value.length >= 20}
          testId={`${idPrefix}-evidence-add`}
        >
          Add a link
        </Button>
      </Inline>
    </Stack>
  );
}
