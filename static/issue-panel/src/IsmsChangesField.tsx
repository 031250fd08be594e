import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { ResolverError, ResolverInput } from '../../../src/contract';
import { Complaint, EditableRows, type RowEdit, listComplaints } from '../../shared/components/EditableRows';
import { RemoveRowButton } from '../../shared/components/RemoveRowButton';

type ImplementationInput = Extract<ResolverInput<'recordCorrectiveActionStep'>['step'], { step: 'implementation' }>;
type IsmsChangeInput = NonNullable<ImplementationInput['ismsChanges']>[number];
type ChangeKind = IsmsChangeInput['kind'];

/** One change as the reader fills it in; only the fields of its kind are sent. */
export interface IsmsChangeDraft {
  kind: ChangeKind;
  description: string;
  /** The SoA line's control or clause (catalogue item id). */
  itemId: string;
  /** The procedure's title. */
  title: string;
  /** The procedure page, or the risk assessment (optional there). */
  url: string;
}

export const emptyIsmsChange = (): IsmsChangeDraft => ({
  kind: 'riskAssessment',
  description: '',
  itemId: '',
  title: '',
  url: '',
});

/** The drafts as the step takes them; the server says what is missing in a row, under the row. */
export const ismsChangesInput = (drafts: readonly IsmsChangeDraft[]): IsmsChangeInput[] =>
  drafts.map((draft): IsmsChangeInput => {
    switch (draft.kind) {
      case 'riskAssessment':
        return { kind: draft.kind, description: draft.description, url: draft.url.trim() || null };
      case 'soaLine':
        return { kind: draft.kind, itemId: draft.itemId, description: draft.description };
      case 'procedure':
        return { kind: draft.kind, title: draft.title, url: draft.url };
      case 'other':
        return { kind: draft.kind, description: draft.description };
    }
  });

const kindChoices: { value: ChangeKind; label: string }[] = [
  { value: 'riskAssessment', label: 'Risk assessment' },
  { value: 'soaLine', label: 'SoA line' },
  { value: 'procedure', label: 'Procedure page' },
  { value: 'other', label: 'Other' },
];

const growStyles = xcss({ flexGrow: 1, minWidth: '10rem' });

interface IsmsChangesFieldProps {
  value: readonly IsmsChangeDraft[];
  onChange: (value: IsmsChangeDraft[]) => void;
  error: ResolverError | null;
  idPrefix: string;
}

/** The changes the action made to the ISMS (10.2 e), one a row; none is an answer too. */
export function IsmsChangesField({ value, onChange, error, idPrefix }: IsmsChangesFieldProps) {
  const complaints = listComplaints(error, 'ismsChanges', value.length);
  const field = (
    index: number,
    edit: RowEdit<IsmsChangeDraft>,
    name: keyof IsmsChangeDraft,
    label: string,
    placeholder: string,
  ) => (
    <Box xcss={growStyles}>
      <Textfield
        aria-label={`ISMS change ${index + 1}: ${label}`}
        placeholder={placeholder}
        value={value[index]![name]}
        onChange={(event) => edit.set({ [name]: event.currentTarget.value })}
        testId={`${idPrefix}-isms-${name}-${index}`}
      />
    </Box>
  );
  return (
    <Stack space="space.100" testId={`${idPrefix}-isms`}>
      <Text weight="semibold">Changes to the ISMS</Text>
      <Text size="small" color="color.text.subtle">
        The risk assessment, a Statement of Applicability line, a procedure or anything else this action changed.
      </Text>
      <EditableRows
        rows={value}
        onChange={onChange}
        renderRow={(row, index, edit) => (
          <Stack space="space.050" testId={`${idPrefix}-isms-${index}`}>
            <Inline space="space.100" alignBlock="center" shouldWrap>
              <Box xcss={growStyles}>
                <Select
                  aria-label={`ISMS change ${index + 1}: kind`}
                  options={kindChoices}
                  value={kindChoices.find((choice) => choice.value === row.kind) ?? null}
                  onChange={(choice) => choice && edit.set({ kind: choice.value })}
                  testId={`${idPrefix}-isms-kind-${index}`}
                />
              </Box>
              {row.kind === 'soaLine'
                ? field(index, edit, 'itemId', 'control or clause', 'Control or clause, e.g. A.8.13')
                : null}
              {row.kind === 'procedure' ? field(index, edit, 'title', 'procedure', 'Procedure, e.g. Backup SOP') : null}
              {row.kind === 'procedure' ? field(index, edit, 'url', 'link', 'https://…') : null}
              {row.kind !== 'procedure' ? field(index, edit, 'description', 'what changed', 'What changed') : null}
              {row.kind === 'riskAssessment'
                ? field(index, edit, 'url', 'link (optional)', 'https://… (optional)')
                : null}
              <RemoveRowButton onRemove={edit.remove} testId={`${idPrefix}-isms-remove-${index}`} />
            </Inline>
            <Complaint message={complaints.row(index)} testId={`${idPrefix}-isms-error-${index}`} />
          </Stack>
        )}
        complaint={{ message: complaints.list, testId: `${idPrefix}-isms-error` }}
        add={{ label: 'Add an ISMS change', testId: `${idPrefix}-isms-add`, emptyRow: emptyIsmsChange }}
      />
    </Stack>
  );
}
