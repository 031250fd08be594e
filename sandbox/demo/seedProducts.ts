import { demoAreas, demoJiraProjects, demoLegacyIssues, demoNcWorkflow, demoWorkflow } from './company';
import { demoUsers } from '../site/users';
import type { SandboxPlatform } from '../site/sandboxPlatform';

const nameOf = (accountId: string) => demoUsers.find((u) => u.accountId === accountId)?.displayName ?? accountId;
const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (value: string) => ({ type: 'paragraph', content: [text(value)] });
const cell = (kind: 'tableHeader' | 'tableCell', value: string) => ({ type: kind, content: [paragraph(value)] });

/** The ISMS scope page: the auditable areas, their owners and risk, as a Confluence table. */
function scopePage() {
  const header = {
    type: 'tableRow',
    content: ['Area', 'Owner', 'Likelihood', 'Impact', 'Risk'].map((h) => cell('tableHeader', h)),
  };
  const rows = demoAreas.map((a) => ({
    type: 'tableRow',
    content: [a.name, nameOf(a.owner), String(a.likelihood), String(a.impact), String(a.likelihood * a.impact)].map(
      (v) => cell('tableCell', v),
    ),
  }));
  return {
    type: 'doc',
    version: 1,
    content: [
      paragraph(
        'The processes, sites and systems inside the scope of Helix Biologics’ ISMS. Each area is audited at least once per cycle; high-risk areas more often.',
      ),
      { type: 'table', attrs: { isNumberColumnEnabled: false, layout: 'default' }, content: [header, ...rows] },
    ],
  };
}

const pages = [
  { title: 'ISMS scope and auditable areas', doc: scopePage },
  {
    title: 'Information security policy',
    doc: () => ({
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Purpose')] },
        paragraph(
          'Top management commits to protecting the confidentiality, integrity and availability of GxP data and to continual improvement of the ISMS.',
        ),
        { type: 'heading', attrs: { level: 2 }, content: [text('Internal audits')] },
        paragraph(
          'The ISMS is audited at planned intervals by competent, impartial auditors under a risk-based programme approved by the ISMS manager.',
        ),
      ],
    }),
  },
];

/**
 * The demo company's Confluence: an ISMS space with its scope (the twelve auditable areas) and
 * policy pages. Created once; a sandbox that already has the space is left alone.
 */
export async function seedConfluence(platform: SandboxPlatform): Promise<boolean> {
  const existing = await platform.requestProduct(
    'confluence',
    'GET',
    '/wiki/api/v2/spaces?keys=ISMS',
    undefined,
    undefined,
    'app',
  );
  if (((existing.body as { results?: unknown[] }).results ?? []).length > 0) return false;
  const { id: spaceId } = platform.confluence.createSpace({
    key: 'ISMS',
    name: 'Information Security Management System',
  });
  for (const page of pages) {
    const answer = await platform.requestProduct(
      'confluence',
      'POST',
      '/wiki/api/v2/pages',
      {
        spaceId,
        status: 'current',
        title: page.title,
        body: { representation: 'atlas_doc_format', value: JSON.stringify(page.doc()) },
      },
      undefined,
      'app',
    );
    if (answer.status !== 200)
      throw new Error(
        `demo seed: creating page ${page.title} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
  }
  return true;
}

/**
 * The demo company's Jira: the NC project with the NC workflow, the CA project with the corrective-action workflow, and a few
 * findings from last year's external audit already there. Created once.
 */
export async function seedJira(platform: SandboxPlatform): Promise<boolean> {
  const existing = await platform.requestProduct(
    'jira',
    'GET',
    '/rest/api/3/project/search',
    undefined,
    undefined,
    'app',
  );
  if (((existing.body as { values?: unknown[] }).values ?? []).length > 0) return false;
  for (const project of demoJiraProjects) {
    platform.jira.configureProject({
      key: project.key,
      name: project.name,
      issueTypes: [{ name: project.issueType }],
      // Each project has its own lifecycle: the NC's closes through the app, the CA's through verification.
      workflow: project.key === 'NC' ? demoNcWorkflow : demoWorkflow,
    });
  }
  for (const issue of demoLegacyIssues) {
    const issueType = demoJiraProjects.find((p) => p.key === issue.project)!.issueType;
    const answer = await platform.requestProduct(
      'jira',
      'POST',
      '/rest/api/3/issue',
      {
        fields: {
          project: { key: issue.project },
          issuetype: { name: issueType },
          summary: issue.summary,
          labels: [...issue.labels],
          duedate: issue.due,
          description: {
            type: 'doc',
            version: 1,
            content: [paragraph(`Raised in the 2025 external ISO 27001 surveillance audit. ${issue.summary}.`)],
          },
        },
      },
      demoUsers.find((u) => u.displayName === 'Tomasz Nowak')!.accountId,
      'user',
    );
    if (answer.status !== 201)
      throw new Error(`demo seed: creating ${issue.summary} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return true;
}
