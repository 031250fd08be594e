import type { AppRole } from '../../src/domain/access/appRole';
/**
 * The demo company's people (Helix Biologics, a fictional biotech with an ISO 27001 ISMS). Account
 * ids look like Atlassian ones so nothing in the app special-cases them.
 */
export interface DemoUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  /** Jira administrator (global ADMINISTER permission): may bootstrap the programme. */
  siteAdmin: boolean;
}

export const demoUsers: readonly DemoUser[] = [
  {
    accountId: '5b10a2844c20165700ede21g',
    displayName: 'Aoife Brennan',
    emailAddress: 'aoife.brennan@helix.example',
    siteAdmin: true,
  },
  {
    accountId: '5b10a2844c20165700ede22h',
    displayName: 'Rahul Mehta',
    emailAddress: 'rahul.mehta@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede23i',
    displayName: 'Sofia Lindqvist',
    emailAddress: 'sofia.lindqvist@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede24j',
    displayName: 'Tomasz Nowak',
    emailAddress: 'tomasz.nowak@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede25k',
    displayName: 'Grace Okafor',
    emailAddress: 'grace.okafor@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede26l',
    displayName: 'Daniel Weber',
    emailAddress: 'daniel.weber@helix.example',
    siteAdmin: true,
  },
  {
    accountId: '5b10a2844c20165700ede27m',
    displayName: 'Mei Tanaka',
    emailAddress: 'mei.tanaka@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede28n',
    displayName: 'Lukas Fischer',
    emailAddress: 'lukas.fischer@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede29o',
    displayName: 'Priya Sharma',
    emailAddress: 'priya.sharma@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede30p',
    displayName: 'Olu Adeyemi',
    emailAddress: 'olu.adeyemi@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede31q',
    displayName: 'Hannah Kowalski',
    emailAddress: 'hannah.kowalski@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede32r',
    displayName: 'Marco Rossi',
    emailAddress: 'marco.rossi@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede33s',
    displayName: 'Sean Murphy',
    emailAddress: 'sean.murphy@helix.example',
    siteAdmin: false,
  },
  {
    accountId: '5b10a2844c20165700ede34t',
    displayName: 'Chloe Martin',
    emailAddress: 'chloe.martin@helix.example',
    siteAdmin: false,
  },
];

/** Roles the demo seed grants (Aoife becomes programme manager by opening the app first). */
export const demoRoles: Record<string, AppRole[]> = {
  '5b10a2844c20165700ede22h': ['leadAuditor', 'auditor'], // Rahul Mehta
  '5b10a2844c20165700ede23i': ['auditor'], // Sofia Lindqvist
  '5b10a2844c20165700ede28n': ['auditor'], // Lukas Fischer
  '5b10a2844c20165700ede29o': ['auditor'], // Priya Sharma
  // Olu Adeyemi audits, and also owns IT operations: the app must never let him audit it.
  '5b10a2844c20165700ede30p': ['auditor', 'auditee'],
  '5b10a2844c20165700ede31q': ['auditor'], // Hannah Kowalski
  '5b10a2844c20165700ede24j': ['auditee'], // Tomasz Nowak
  '5b10a2844c20165700ede32r': ['auditee'], // Marco Rossi
  '5b10a2844c20165700ede33s': ['auditee'], // Sean Murphy
  '5b10a2844c20165700ede25k': ['viewer'], // Grace Okafor, QA inspector liaison
  '5b10a2844c20165700ede34t': ['topManagement'], // Chloe Martin, top management
};

export function demoUser(accountId: string | undefined): DemoUser | undefined {
  return demoUsers.find((user) => user.accountId === accountId);
}
