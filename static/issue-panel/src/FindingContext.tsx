import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { IssueContextView } from '../../../src/contract';
import { BorderedCard } from '../../shared/components/BorderedCard';
import { gradeWords } from './words';
import { SiteLink } from '../../shared/components/SiteLink';

type FindingContextItem = IssueContextView['findings'][number];

const listStyles = xcss({ margin: 'space.0', paddingInlineStart: 'space.300' });

function Statement({ label, text, testId }: { label: string; text: string; testId?: string }) {
  if (!text) return null;
  return (
    <Text as="p" testId={testId}>
      <Text weight="semibold">{label}: </Text>
      {text}
    </Text>
  );
}

/** Where the finding comes from: the audit, area, clause or control with our guidance, and its evidence. */
export function FindingContext({ finding }: { finding: FindingContextItem }) {
  const grade = gradeWords[finding.grade];
  return (
    <BorderedCard space="space.100" testId={`panel-finding-${finding.id}`}>
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Lozenge appearance={grade.appearance} testId="panel-finding-grade">
          {grade.label}
        </Lozenge>
        <Heading size="xsmall">
          {finding.itemId} {finding.itemTitle}
        </Heading>
      </Inline>
      <Text size="small" color="color.text.subtle" testId="panel-finding-audit">
        {finding.auditTitle} · {finding.areaName} · raised {finding.raisedOn}
        {finding.planPageUrl ? (
          <>
            {' · '}
            <SiteLink path={finding.planPageUrl} testId="panel-plan-page">
              Audit plan in Confluence
            </SiteLink>
          </>
        ) : null}
      </Text>
      <Statement label="Requirement" text={finding.requirement} />
      <Statement label="Evidence" text={finding.evidence} />
      <Statement label="Gap" text={finding.gap} testId="panel-finding-gap" />
      {finding.guidance ? (
        <Text as="p" size="small" color="color.text.subtle" testId="panel-finding-guidance">
          <Text weight="semibold" size="small">
            Guidance:{' '}
          </Text>
          {finding.guidance}
        </Text>
      ) : null}
      {finding.evidenceLinks.length > 0 ? (
        <Stack space="space.050">
          <Text weight="semibold">Audit evidence</Text>
          <Box as="ul" xcss={listStyles} testId="panel-evidence-links">
            {finding.evidenceLinks.map((link, index) => (
              <li key={`${link.label}-${index}`}>
                {link.url ? <SiteLink path={link.url}>{link.label}</SiteLink> : link.label}
              </li>
            ))}
          </Box>
        </Stack>
      ) : null}
    </BorderedCard>
  );
}
