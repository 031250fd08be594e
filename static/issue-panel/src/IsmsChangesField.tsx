import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { ResolverError, ResolverInput } from '../../../src/contract';
import { RemoveRowButton } from '../../shared/components/RemoveRowButton';
import { fieldMessage } from '../../shared/fieldMessage';

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
  const set = (index: number, change: Partial<IsmsChangeDraft>) =>
    onChange(value.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const at = (path: string) => fieldMessage(error, `step.${path}`) ?? fieldMessage(error, path);
  const rowMessage = (index: number) => at(`ismsChanges.${index}`);
  const listMessage = value.some((_, index) => rowMessage(index)) ? undefined : at('ismsChanges');
  const field = (index: number, name: keyof IsmsChangeDraft, label: string, placeholder: string) => (
    <Box xcss={growStyles}>
      <Textfield
        aria-label={`ISMS change ${index + 1}: ${label}`}
        placeholder={placeholder}
        value={value[index]![name]}
        onChange={(event) => set(index, { [name]: event.currentTarget.value })}
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
      {value.map((row, index) => (
        <Stack key={index} space="space.050" testId={`${idPrefix}-isms-${index}`}>
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Box xcss={growStyles}>
              <Select
                aria-label={`ISMS change ${index + 1}: kind`}
                options={kindChoices}
                value={kindChoices.find((choice) => choice.value === row.kind) ?? null}
                onChange={(choice) => choice && set(index, { kind: choice.value })}
                testId={`${idPrefix}-isms-kind-${index}`}
              />
            </Box>
            {row.kind === 'soaLine'
              ? field(index, 'itemId', 'control or clause', 'Control or clause, e.g. A.8.13')
              : null}
            {row.kind === 'procedure' ? field(index, 'title', 'procedure', 'Procedure, e.g. Backup SOP') : null}
            {row.kind === 'procedure' ? field(index, 'url', 'link', 'https://…') : null}
            {row.kind !== 'procedure' ? field(index, 'description', 'what changed', 'What changed') : null}
            {row.kind === 'riskAssessment' ? field(index, 'url', 'link (optional)', 'https://… (optional)') : null}
            <RemoveRowButton
              onRemove={() => onChange(value.filter((_, other) => other !== index))}
              testId={`${idPrefix}-isms-remove-${index}`}
            />
          </Inline>
          {rowMessage(index) ? (
            <Text color="color.text.danger" size="small" testId={`${idPrefix}-isms-error-${index}`}>
              {rowMessage(index)}
            </Text>
          ) : null}
        </Stack>
      ))}
      {listMessage ? (
        <Text color="color.text.danger" size="small" testId={`${idPrefix}-isms-error`}>
          {listMessage}
        </Text>
      ) : null}
      <Inline>
        <Button
          spacing="compact"
          onClick={() => onChange([...value, emptyIsmsChange()])}
          isDisabled={value.length >= 20}
          testId={`${idPrefix}-isms-add`}
        >
          Add an ISMS change
        </Button>
      </Inline>
    </Stack>
  );
}
