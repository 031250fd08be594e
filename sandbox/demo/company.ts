import { demoUsers } from '../site/users';

const id = (name: string) => demoUsers.find((u) => u.displayName === name)!.accountId;

/**
 * Helix Biologics' ISMS scope: the auditable areas with their owners and risk (likelihood ×
 * impact, 1–5 each). Until the programme issue brings areas into the app, the sandbox publishes
 * them as the ISMS space's scope page, as many companies do.
 */
export const demoAreas = [
  {
    name: 'Quality assurance',
    owner: id('Tomasz Nowak'),
    likelihood: 3,
    impact: 4,
    itemIds: ['7.5', '9.2', '10.2', 'A.5.1', 'A.5.35', 'A.5.36', 'A.5.37'],
  },
  {
    name: 'IT operations',
    owner: id('Olu Adeyemi'),
    members: [id('Hannah Kowalski')],
    likelihood: 4,
    impact: 5,
    itemIds: ['A.5.18', 'A.8.8', 'A.8.9', 'A.8.13', 'A.8.15', 'A.8.16', 'A.8.32'],
  },
  {
    name: 'Manufacturing (fill & finish)',
    owner: id('Sean Murphy'),
    likelihood: 3,
    impact: 5,
    itemIds: ['A.5.9', 'A.7.2', 'A.7.8', 'A.8.1', 'A.8.19'],
  },
  {
    name: 'QC laboratory',
    owner: id('Marco Rossi'),
    likelihood: 3,
    impact: 4,
    itemIds: ['A.5.12', 'A.5.33', 'A.7.7', 'A.8.10', 'A.8.13'],
  },
  {
    name: 'Clinical data management',
    owner: id('Priya Sharma'),
    likelihood: 4,
    impact: 5,
    itemIds: ['A.5.12', 'A.5.34', 'A.8.3', 'A.8.11', 'A.8.12', 'A.8.24'],
  },
  {
    name: 'Regulatory affairs',
    owner: id('Chloe Martin'),
    likelihood: 2,
    impact: 4,
    itemIds: ['4.2', 'A.5.14', 'A.5.31', 'A.5.34'],
  },
  {
    name: 'HR and training',
    owner: id('Grace Okafor'),
    likelihood: 2,
    impact: 3,
    itemIds: ['7.2', '7.3', 'A.6.1', 'A.6.2', 'A.6.3', 'A.6.5'],
  },
  {
    name: 'Facilities and physical security',
    owner: id('Sean Murphy'),
    likelihood: 2,
    impact: 4,
    itemIds: ['A.7.1', 'A.7.2', 'A.7.4', 'A.7.5', 'A.7.11'],
  },
  {
    name: 'Supply chain and suppliers',
    owner: id('Marco Rossi'),
    likelihood: 3,
    impact: 3,
    itemIds: ['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23'],
  },
  {
    name: 'Bioinformatics and R&D computing',
    owner: id('Lukas Fischer'),
    likelihood: 3,
    impact: 4,
    itemIds: ['A.8.4', 'A.8.25', 'A.8.28', 'A.8.29', 'A.8.31'],
  },
  {
    name: 'Cloud platform (LIMS, eQMS SaaS)',
    owner: id('Olu Adeyemi'),
    likelihood: 4,
    impact: 4,
    itemIds: ['A.5.23', 'A.8.5', 'A.8.9', 'A.8.20', 'A.8.24'],
  },
  {
    name: 'Finance and procurement',
    owner: id('Daniel Weber'),
    likelihood: 2,
    impact: 2,
    itemIds: ['A.5.10', 'A.5.15', 'A.8.2'],
  },
] as const;

/** Jira projects the quality team uses for nonconformities and corrective actions. */
export const demoJiraProjects = [
  { key: 'NC', name: 'Nonconformities', issueType: 'Nonconformity' },
  { key: 'CA', name: 'Corrective actions', issueType: 'Corrective action' },
] as const;

/**
 * The CA lifecycle as a Jira workflow (docs/domain.md: plan → implement → verify → close). Its Close
 * transition carries the app's verification gate, as a Jira admin adds it in the workflow editor:
 * the condition hides Close until the app holds an effective verification, and the validator
 * refuses it unless that verification is signed by someone independent of the action.
 */
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
    {
      name: 'Close',
      from: ['Awaiting verification'],
      to: 'Closed',
      conditions: [{ moduleKey: 'verified-effective-condition' }],
      validators: [{ moduleKey: 'verified-effective-validator' }],
    },
    { name: 'Not effective', from: ['Awaiting verification'], to: 'Action planned' },
  ],
};

/**
 * The NC lifecycle as a Jira workflow: an NC is worked on, then closes only when the app says it
 * is closed — every corrective action verified effective, or a programme manager's signed record
 * that none is needed. Its Close transition carries the same validator as the CA workflow's, as a
 * Jira admin adds it in the workflow editor; the app itself moves the NC to Closed when it closes.
 */
export const demoNcWorkflow = {
  statuses: [
    { name: 'Open', category: 'new' as const },
    { name: 'In progress', category: 'indeterminate' as const },
    { name: 'Closed', category: 'done' as const },
  ],
  initial: 'Open',
  transitions: [
    { name: 'Start work', from: ['Open'], to: 'In progress' },
    {
      name: 'Close',
      from: ['Open', 'In progress'],
      to: 'Closed',
      validators: [{ moduleKey: 'verified-effective-validator' }],
    },
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
