import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { type FormEvent, useState } from 'react';
import type { ResolverError } from '../../../../src/contract';
import type { JiraIssuePick, TrackedIssueView } from '../../../../src/contract/jira';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormRefusal } from '../../../shared/forms/FormRefusal';
import { useSave } from '../../../shared/forms/useSave';
import { callResolver } from '../../../shared/invokeClient';
import { fieldText } from '../audits/fieldText';

const pickStyles = xcss({
  display: 'flex',
  gap: 'space.100',
  alignItems: 'center',
  paddingBlock: 'space.075',
  paddingInline: 'space.100',
  borderRadius: 'radius.small',
  cursor: 'pointer',
  ':hover': { backgroundColor: 'color.background.neutral.subtle.hovered' },
});

interface LinkIssueDialogProps {
  findingId: string;
  findingTitle: string;
  onLinked: (issue: TrackedIssueView) => void;
  onClose: () => void;
}

/**
 * Links a finding to an issue that already exists: search by key, summary words or JQL (as the
 * caller, so only issues they may see), pick one, link. The app then sets its fields and
 * properties on that issue and treats it like one it raised.
 */
export function LinkIssueDialog({ findingId, findingTitle, onLinked, onClose }: LinkIssueDialogProps) {
  const [query, setQuery] = useState('');
  const [picks, setPicks] = useState<JiraIssuePick[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<ResolverError | null>(null);
  const { saving: linking, error: linkError, run, setError: setLinkError } = useSave();

  const search = async () => {
    if (searching) return;
    setSearching(true);
    setSearchError(null);
    const result = await callResolver('searchJiraIssues', { query });
    setSearching(false);
    if (result.ok) {
      setPicks(result.value.issues);
      setChosen(result.value.issues.length === 1 ? result.value.issues[0]!.key : null);
    } else {
      setPicks(null);
      setSearchError(result.error);
    }
  };

  const link = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) {
      setLinkError({ code: 'invalid_input', field: 'issueKey', message: 'Search, then choose the issue to link' });
      return;
    }
    void run(() => callResolver('linkFindingIssue', { findingId, issueKey: chosen }), {
      onSaved: (issue) => {
        onLinked(issue);
        onClose();
      },
    });
  };

  const queryError = fieldText(searchError, 'query');
  return (
    <FormDialog
      title="Link an existing Jira issue"
      testId="link-issue"
      busy={linking}
      onClose={onClose}
      onSubmit={link}
      submit={{
        label: chosen ? `Link ${chosen}` : 'Link',
        testIds: ['link-issue-cancel', 'link-issue-confirm'],
        isDisabled: !chosen,
      }}
    >
      <Stack space="space.200">
        <Text as="p">
          Instead of raising a new issue for <em>{findingTitle}</em>, link one that already tracks it. The app sets its
          grade, clause and finding properties on it.
        </Text>
        <FieldBlock
          htmlFor="link-issue-query"
          label="Issue key, summary words or JQL"
          helper="For example NC-12, “backup restore”, or project = NC AND statusCategory != Done"
          error={queryError}
        >
          <Inline space="space.100" alignBlock="center">
            <Box xcss={xcss({ flexGrow: 1 })}>
              <Textfield
                id="link-issue-query"
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                onKeyDown={(event) => {
                  // Enter searches here; linking is the dialog's button.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    void search();
                  }
                }}
                isInvalid={Boolean(queryError)}
                autoFocus
                testId="link-issue-query"
              />
            </Box>
            <Button onClick={() => void search()} isLoading={searching} testId="link-issue-search">
              Search
            </Button>
          </Inline>
        </FieldBlock>
        <FormRefusal
          error={searchError}
          fieldPaths={['query']}
          title="Jira could not be searched"
          testId="link-issue-search-error"
        />
        {picks && picks.length === 0 ? (
          <Text color="color.text.subtle" testId="link-issue-none">
            No issue you may see matches.
          </Text>
        ) : null}
        {picks && picks.length > 0 ? (
          <Stack space="space.0" testId="link-issue-results" role="radiogroup" aria-label="Matching issues">
            {picks.map((pick) => (
              <Box as="label" key={pick.key} xcss={pickStyles} testId={`link-issue-pick-${pick.key}`}>
                <input
                  type="radio"
                  name="link-issue-pick"
                  value={pick.key}
                  checked={chosen === pick.key}
                  onChange={() => setChosen(pick.key)}
                />
                <Text weight="semibold">{pick.key}</Text>
                <Text>{pick.summary}</Text>
                <Text size="small" color="color.text.subtlest">
                  {pick.status}
                </Text>
              </Box>
            ))}
          </Stack>
        ) : null}
        <FormRefusal error={linkError} title="The issue was not linked" testId="link-issue-failure" />
      </Stack>
    </FormDialog>
  );
}
