import fs from 'node:fs';
import path from 'node:path';
import type { SandboxPlatform } from '../site/sandboxPlatform';
import { seedCall } from './seedCall';

/**
 * Issue 18: the demo company's own computerised-systems SOP as a criteria set beside ISO/IEC
 * 27001:2022, imported from the CSV file next to this one through the import a programme manager
 * uses. Its cross-references tie SOP sections to the Annex A controls the IT operations area's audit
 * covers, so that audit's lines count for the SOP too. The SOP's wording is the demo company's own.
 */
export const demoSopSetId = 'sop-cs';

export async function seedCriteria(platform: SandboxPlatform, managerId: string): Promise<void> {
  const csv = fs.readFileSync(path.join(__dirname, 'computerisedSystemsSop.csv'), 'utf8');
  await seedCall(
    platform,
    'importCriteriaSet',
    {
      setId: demoSopSetId,
      title: 'Computerised systems SOP',
      sourceNote: 'SOP-IT-014 rev. 3, effective 1 March; owner: Head of IT operations',
      csv,
      expectedVersion: 0,
      reason: 'Company SOP audited beside Annex A in the IT operations audits',
    },
    managerId,
  );
}
