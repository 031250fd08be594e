import Button from '@atlaskit/button/new';
import { ErrorMessage, Fieldset } from '@atlaskit/form';
import { Inline, Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { ResolverError } from '../../../../src/contract';
import { FormField } from '../../../shared/forms/FormField';
import { fieldMessage } from '../../../shared/fieldMessage';
import { type SoaLineDraft, soaFieldPaths as paths } from './soaDraft';

type DocumentDraft = SoaLineDraft['documents'][number];

interface SoaDocumentsFieldProps {
  documents: readonly DocumentDraft[];
  onChange: (documents: DocumentDraft[]) => void;
  error: ResolverError | null;
}

/** The Confluence pages that document a control: page id and title, one row each. */
export function SoaDocumentsField({ documents, onChange, error }: SoaDocumentsFieldProps) {
  const setDocument = (index: number, change: Partial<DocumentDraft>) =>
    onChange(documents.map((doc, i) => (i === index ? { ...doc, ...change } : doc)));
  const documentsError = fieldMessage(error, paths.documents);
  return (
    <Fieldset legend="Linked documents (Confluence pages)">
      <Stack space="space.100">
        {documents.map((doc, index) => {
          const at = `${paths.documents}.${index}`;
          return (
            <Inline key={index} space="space.100" alignBlock="end">
              <FormField htmlFor={`soa-doc-${index}-page`} label="Page id" path={`${at}.pageId`} error={error}>
                {(isInvalid) => (
                  <Textfield
                    id={`soa-doc-${index}-page`}
                    value={doc.pageId}
                    width={120}
                    onChange={(event) => setDocument(index, { pageId: event.currentTarget.value })}
                    isInvalid={isInvalid}
                  />
                )}
              </FormField>
              <FormField htmlFor={`soa-doc-${index}-title`} label="Title" path={`${at}.title`} error={error}>
                {(isInvalid) => (
                  <Textfield
                    id={`soa-doc-${index}-title`}
                    value={doc.title}
                    onChange={(event) => setDocument(index, { title: event.currentTarget.value })}
                    isInvalid={isInvalid}
                  />
                )}
              </FormField>
              <Button appearance="subtle" onClick={() => onChange(documents.filter((_, i) => i !== index))}>
                Remove
              </Button>
            </Inline>
          );
        })}
        {documentsError && error?.field === paths.documents ? <ErrorMessage>{documentsError}</ErrorMessage> : null}
        <Inline>
          <Button onClick={() => onChange([...documents, { pageId: '', title: '' }])} testId="soa-add-document">
            Link a page
          </Button>
        </Inline>
      </Stack>
    </Fieldset>
  );
}
