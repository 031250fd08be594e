import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { ResolverError } from '../../../src/contract';
import { EditableRows } from '../../shared/components/EditableRows';
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
  const message = fieldMessage(error, 'step.evidence') ?? fieldMessage(error, 'evidence');
  return (
    <Stack space="space.100" testId={`${idPrefix}-evidence`}>
      <Text weight="semibold">Evidence links</Text>
      <EditableRows
        rows={value}
        onChange={onChange}
        renderRow={(row, index, edit) => (
          <Inline space="space.100" alignBlock="center">
            <Box xcss={growStyles}>
              <Textfield
                aria-label={`Evidence ${index + 1}: what it is`}
                placeholder="What it is, e.g. Firewall review record"
                value={row.label}
                onChange={(event) => edit.set({ label: event.currentTarget.value })}
                testId={`${idPrefix}-evidence-label-${index}`}
              />
            </Box>
            <Box xcss={growStyles}>
              <Textfield
                aria-label={`Evidence ${index + 1}: link`}
                placeholder="https://…"
                value={row.url}
                onChange={(event) => edit.set({ url: event.currentTarget.value })}
                testId={`${idPrefix}-evidence-url-${index}`}
              />
            </Box>
            {value.length > 1 ? <RemoveRowButton onRemove={edit.remove} /> : null}
          </Inline>
        )}
        complaint={{ message, testId: `${idPrefix}-evidence-error` }}
        add={{ label: 'Add a link', testId: `${idPrefix}-evidence-add`, emptyRow: () => ({ label: '', url: '' }) }}
      />
    </Stack>
  );
}
