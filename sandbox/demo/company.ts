import { demoUsers } from './users';

const id = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;

/**
 * Helix Biologics' ISMS scope: the auditable areas with their owners and risk (likelihood ×
 * impact, 1–5 each). Until the programme issue brings areas into the app, the sandbox publishes
 * them as the ISMS space's scope page, as many companies do.
 */
export const demoAreas = [
  { name: 'Quality assurance', owner: id('Tomasz Nowak'), likelihood: 3, impact: 4 },
  { name: 'IT operations', owner: id('Olu Adeyemi'), likelihood: 4, impact: 5 },
  { name: 'Manufacturing (fill & finish)', owner: id('Sean Murphy'), likelihood: 3, impact: 5 },
  { name: 'QC laboratory', owner: id('Marco Rossi'), likelihood: 3, impact: 4 },
  { name: 'Clinical data management', owner: id('Priya Sharma'), likelihood: 4, impact: 5 },
  { name: 'Regulatory affairs', owner: id('Chloe Martin'), likelihood: 2, impact: 4 },
  { name: 'HR and training', owner: id('Grace Okafor'), likelihood: 2, impact: 3 },
  { name: 'Facilities and physical security', owner: id('Sean Murphy'), likelihood: 2, impact: 4 },
  { name: 'Supply chain and suppliers', owner: id('Marco Rossi'), likelihood: 3, impact: 3 },
  { name: 'Bioinformatics and R&D computing', owner: id('Lukas Fischer'), likelihood: 3, impact: 4 },
  { name: 'Cloud platform (LIMS, eQMS SaaS)', owner: id('Olu Adeyemi'), likelihood: 4, impact: 4 },
  { name: 'Finance and procurement', owner: id('Daniel Weber'), likelihood: 2, impact: 2 },
] as const;

/** Jira projects the quality team uses for nonconformities and corrective actions. */
export const demoJiraProjects = [
  { key: 'NC', name: 'Nonconformities', issueType: 'Nonconformity' },
  { key: 'CA', name: 'Corrective actions', issueType: 'Corrective action' },
] as const;

/** The CA lifecycle as a Jira workflow (DOMAIN.md: plan → implement → verify → close). */
export const demoWorkflow = {
  statuses: [
    { name: 'Open', category: 'new' as const },
    { name: 'Action planned', category: 'indeterminate' as const },
    { name: 'Implemented', category: 'indeterminate' as const },
    { name: 'Awaiting verification', category: 'indeterminate' as const },
    { name: 'Closed', category: 'done' as const },
  ],
  initial: 'Open',
  transitions: [
    { name: 'Plan action', from: ['Open'], to: 'Action planned' },
    { name: 'Mark implemented', from: ['Action planned'], to: 'Implemented' },
    { name: 'Request verification', from: ['Implemented'], to: 'Awaiting verification' },
    { name: 'Close', from: ['Awaiting verification'], to: 'Closed' },
    { name: 'Not effective', from: ['Awaiting verification'], to: 'Action planned' },
  ],
};

/** A few findings from last year's external audit, already in Jira when the app arrives. */
export const demoLegacyIssues = [
  {
    project: 'NC',
    summary: 'Backup restore test not performed for the LIMS database in Q3',
    labels: ['A.8.13', 'external-audit-2025'],
    due: '2026-12-15',
  },
  {
    project: 'NC',
    summary: 'Two leavers kept VPN access beyond their last day',
    labels: ['A.5.18', 'external-audit-2025'],
    due: '2026-12-01',
  },
  {
    project: 'CA',
    summary: 'Automate quarterly restore tests with evidence upload',
    labels: ['A.8.13'],
    due: '2027-01-31',
  },
] as const;
