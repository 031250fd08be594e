import { Grid } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { ResolverInput } from '../../../../src/contract';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { shownUnderAField } from '../../../shared/fieldMessage';
import { fieldText } from './fieldText';
import { callResolver } from '../../../shared/invokeClient';
import { ActionFailure } from './ActionFailure';
import { type ChosenFile, EvidenceFileInput } from './EvidenceFileInput';
import { type EvidenceKind, evidenceKindTitles, evidenceKinds } from './auditWords';
import type { AuditView } from './planDraft';
import { InlineForm } from '../../../shared/forms/InlineForm';
import { TextAreaField } from '../../../shared/forms/TextAreaField';
import { useSave } from '../../../shared/forms/useSave';

type ReferenceType = 'none' | 'confluencePage' | 'jiraIssue' | 'url' | 'file';
type EvidenceInput = ResolverInput<'collectEvidence'>['evidence'];

interface Option<V> {
  label: string;
  value: V;
}

const referenceOptions: Array<Option<ReferenceType>> = [
  { label: 'None (seen or heard)', value: 'none' },
  { label: 'Confluence page', value: 'confluencePage' },
  { label: 'Jira issue', value: 'jiraIssue' },
  { label: 'Web address', value: 'url' },
  { label: 'File (screenshot, log, photo)', value: 'file' },
];
const kindOptions: Array<Option<EvidenceKind>> = evidenceKinds.map((kind) => ({
  label: evidenceKindTitles[kind],
  value: kind,
}));

interface Draft {
  kind: EvidenceKind;
  itemId: string | null;
  description: string;
  referenceType: ReferenceType;
  pageId: string;
  version: string;
  issueKey: string;
  url: string;
  /** The day the web page was seen (today unless changed). */
  seenOn: string;
  file: ChosenFile | null;
}

/** A reference's own text input: the draft field it edits and how it is labelled and typed. */
interface ReferenceInput {
  field: 'pageId' | 'version' | 'issueKey' | 'url' | 'seenOn';
  /** Its id and test id after `evidence-`. */
  testId: string;
  label: string;
  helper?: string;
  isRequired?: boolean;
  inputMode?: 'numeric';
  type?: 'url' | 'date';
  placeholder?: string;
}

/** The inputs each kind of reference asks for, in the order shown. */
const referenceInputs: Record<ReferenceType, ReferenceInput[]> = {
  none: [],
  confluencePage: [
    { field: 'pageId', testId: 'page-id', label: 'Page id', isRequired: true, inputMode: 'numeric' },
    {
      field: 'version',
      testId: 'page-version',
      label: 'Version',
      helper: 'Empty: the current version',
      inputMode: 'numeric',
    },
  ],
  jiraIssue: [{ field: 'issueKey', testId: 'issue-key', label: 'Issue key', isRequired: true, placeholder: 'NC-42' }],
  url: [
    { field: 'url', testId: 'url', label: 'Address', isRequired: true, type: 'url', placeholder: 'https://' },
    { field: 'seenOn', testId: 'seen-on', label: 'Seen on', isRequired: true, type: 'date' },
  ],
  file: [],
};

const today = () => new Date().toISOString().slice(0, 10);

const empty: Draft = {
  kind: 'document',
  itemId: null,
  description: '',
  referenceType: 'none',
  pageId: '',
  version: '',
  issueKey: '',
  url: '',
  seenOn: '',
  file: null,
};

function evidenceInput(draft: Draft): EvidenceInput {
  const version = draft.version.trim() === '' ? undefined : Number(draft.version.trim());
  const reference =
    draft.referenceType === 'confluencePage'
      ? { type: 'confluencePage' as const, pageId: draft.pageId.trim(), ...(version === undefined ? {} : { version }) }
      : draft.referenceType === 'jiraIssue'
        ? { type: 'jiraIssue' as const, issueKey: draft.issueKey.trim().toUpperCase() }
        : draft.referenceType === 'url'
          ? { type: 'url' as const, url: draft.url.trim(), seenOn: draft.seenOn || today() }
          : draft.referenceType === 'file'
            ? {
                type: 'file' as const,
                fileName: '',
                mediaType: 'application/octet-stream',
                contentBase64: '',
                ...draft.file,
              }
            : null;
  return { kind: draft.kind, itemId: draft.itemId, description: draft.description, reference };
}

const paths = ['evidence.kind', 'evidence.itemId', 'evidence.description', 'evidence.reference'];

/** Records a piece of evidence; a Confluence page is read as you and its content fingerprinted. */
export function EvidenceForm({ view, onCollected }: { view: AuditView; onCollected: () => void }) {
  const [draft, setDraft] = useState<Draft>(empty);
  const { saving: busy, error, run } = useSave();
  const update = (change: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...change }));
  const message = (path: string) => fieldText(error, `evidence.${path}`);
  const itemOptions: Array<Option<string | null>> = [
    { label: 'The audit as a whole', value: null },
    ...view.checklist.map((line) => ({ label: `${line.itemId} ${line.title}`, value: line.itemId })),
  ];

  // The kind of evidence and the kind of reference: one pick each from a fixed list, never empty.
  const fixedChoice = <V extends string>(
    field: 'kind' | 'referenceType',
    id: string,
    label: string,
    options: Array<Option<V>>,
    errorPath: string,
    isRequired?: boolean,
  ) => (
    <FieldBlock htmlFor={id} label={label} error={message(errorPath)} isRequired={isRequired}>
      <Select<Option<V>, false>
        inputId={id}
        options={options}
        value={options.find((option) => option.value === draft[field]) ?? null}
        onChange={(option) => option && update({ [field]: option.value })}
        isSearchable={false}
        testId={id}
      />
    </FieldBlock>
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => callResolver('collectEvidence', { auditId: view.id, evidence: evidenceInput(draft) }), {
      onSaved: () => {
        setDraft(empty);
        onCollected();
      },
    });
  };

  return (
    <InlineForm
      testId="audit-evidence-form"
      onSubmit={submit}
      busy={busy}
      submit={{ label: 'Collect evidence', testId: 'audit-evidence-submit', appearance: 'default' }}
      failure={
        error ? (
          <ActionFailure
            title="The evidence was not recorded"
            error={error}
            pointsAtField={shownUnderAField(error, paths)}
            testId="audit-evidence-failure"
          />
        ) : null
      }
    >
      <Grid templateColumns="repeat(auto-fit, minmax(14rem, 1fr))" gap="space.150">
        {fixedChoice('kind', 'evidence-kind', 'Kind', kindOptions, 'kind', true)}
        <FieldBlock htmlFor="evidence-item" label="Checklist line" error={message('itemId')}>
          <Select<Option<string | null>, false>
            inputId="evidence-item"
            options={itemOptions}
            value={itemOptions.find((option) => option.value === draft.itemId) ?? null}
            onChange={(option) => update({ itemId: option?.value ?? null })}
            testId="evidence-item"
          />
        </FieldBlock>
      </Grid>
      <TextAreaField
        id="evidence-description"
        label="Description"
        value={draft.description}
        onChange={(description) => update({ description })}
        error={message('description')}
        isRequired
        rows={2}
      />
      <Grid templateColumns="repeat(auto-fit, minmax(14rem, 1fr))" gap="space.150">
        {fixedChoice('referenceType', 'evidence-reference-type', 'Reference', referenceOptions, 'reference.type')}
        {referenceInputs[draft.referenceType].map(({ field, label, helper, isRequired, ...input }) => {
          const id = `evidence-${input.testId}`;
          return (
            <FieldBlock
              key={field}
              htmlFor={id}
              label={label}
              helper={helper}
              error={message(`reference.${field}`)}
              isRequired={isRequired}
            >
              <Textfield
                id={id}
                value={field === 'seenOn' ? draft.seenOn || today() : draft[field]}
                inputMode={input.inputMode}
                type={input.type}
                placeholder={input.placeholder}
                onChange={(event) => update({ [field]: event.currentTarget.value })}
                isInvalid={Boolean(message(`reference.${field}`))}
                testId={id}
              />
            </FieldBlock>
          );
        })}
        {draft.referenceType === 'file' ? (
          <EvidenceFileInput error={message('reference.contentBase64')} onChosen={(file) => update({ file })} />
        ) : null}
      </Grid>
    </InlineForm>
  );
}
