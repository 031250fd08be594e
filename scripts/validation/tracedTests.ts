import { tracedFunctionTests } from './tracedFunctionTests';

/**
 * The tests each requirement names as its proof: a requirement is proven in a run only when one
 * of these, or another test carrying its id in its name, passed. Naming them here (file and the
 * test's own title) lets a unit test check that every requirement has a test that exists, and lets
 * `npm run validation-pack -- --only-traced` run just these files when a full run is not at hand.
 * Each list starts with the cheapest tests (pure domain, then the local platform).
 */
export interface NamedTest {
  /** The test file, from the repository's root. */
  file: string;
  /** The test's title as written in `it('…')`, without the titles of the blocks around it. */
  test: string;
}

export const tracedTests: Record<string, readonly NamedTest[]> = {
  'P11.10a': [
    {
      file: 'test/unit/domain/verifyTrail.test.ts',
      test: '[P11.10a] [P11.10e] names an entry whose stored value was changed',
    },
    {
      file: 'test/unit/domain/verifyTrail.test.ts',
      test: '[P11.10a] [P11.10e] names the missing sequence number when an entry was deleted',
    },
  ],
  'P11.10b': [
    {
      file: 'test/integration/records.test.ts',
      test: '[P11.10b] exports the filtered trail as JSON and as CSV that spreadsheets read safely',
    },
    {
      file: 'test/integration/records.test.ts',
      test: '[P11.10b] [A11.8] exports the programme record: records, signatures, trail and its verdict',
    },
  ],
  'P11.10c': [
    {
      file: 'test/unit/domain/recordIntegrity.test.ts',
      test: '[P11.10c] [A11.8] names a record whose content changed, with type, id and version',
    },
    {
      file: 'test/unit/domain/recordIntegrity.test.ts',
      test: '[P11.10c] names a record with no trail entry, one the trail deleted, one that no longer parses, and a rewritten author',
    },
  ],
  'P11.10d': [
    {
      file: 'test/integration/actions/actionAreas.test.ts',
      test: '[P11.10d] [P11.10g] an auditee cannot open an action on another area’s finding by listing one of their own beside it',
    },
    {
      file: 'test/integration/actions/actionAreas.test.ts',
      test: '[P11.10d] [P11.10g] an auditee of one of several areas may neither record a step nor be offered one',
    },
  ],
  'P11.10e': [
    {
      file: 'test/unit/domain/audits/findingRevision.test.ts',
      test: '[P11.10e] tells a correction from a regrade and a withdrawal; the same content changes nothing',
    },
    {
      file: 'test/unit/domain/audits/findingRevision.test.ts',
      test: '[P11.10e] keeps every earlier content with who, when and why; a withdrawn finding stays',
    },
  ],
  'P11.10f': [
    {
      file: 'test/integration/auditStates.test.ts',
      test: '[ISO9.2.2] [P11.10f] the lead moves planned → in progress → reporting → closed; reaching reporting records the day',
    },
    {
      file: 'test/integration/auditStates.test.ts',
      test: '[P11.10f] refuses skipping a state, leaving a closed audit, staying put and a stale version — changing nothing',
    },
  ],
  'P11.10g': [
    {
      file: 'test/unit/domain/canonicalJson.test.ts',
      test: '[P11.10g] [A11.12] writes a value nested 100,000 deep without running out of stack',
    },
    {
      file: 'test/unit/domain/review/macroConfigBounds.test.ts',
      test: '[P11.10g] refuses a value nested 100,000 deep at its first level, naming the setting',
    },
  ],
  'P11.50': [
    {
      file: 'test/unit/domain/audits/auditSteps.test.ts',
      test: '[ISO9.2.2] [P11.50] names an unapproved plan, or an approval given before the plan last changed',
    },
    {
      file: 'test/integration/auditSteps.test.ts',
      test: '[ISO9.2.2] [P11.50] fieldwork starts only on a plan approved with a signature and acknowledged by its auditees',
    },
  ],
  'P11.70': [
    {
      file: 'test/unit/domain/recordIntegrity.test.ts',
      test: '[P11.70] breaks when the current record was changed outside the app, or the trail differs from what was signed',
    },
    {
      file: 'test/integration/programme.test.ts',
      test: '[P11.10e][P11.70] shows the current approval; a change needs a reason and leaves the approval behind',
    },
  ],
  'P11.100': [
    {
      file: 'test/integration/signing.test.ts',
      test: '[P11.100] a signature belongs to its signer only: each signs for themselves, once per meaning and version',
    },
  ],
  'P11.200': [
    {
      file: 'test/integration/reports/approveReport.test.ts',
      test: '[P11.200] a wrong passphrase writes nothing to the report and signs nothing',
    },
    {
      file: 'test/integration/signing.test.ts',
      test: '[P11.200] needs both components: the platform identity and the passphrase; only the right role may sign',
    },
  ],
  'P11.300a': [
    {
      file: 'test/integration/signing.test.ts',
      test: '[P11.300a] never returns, records, logs or exports a passphrase or its hash',
    },
  ],
  'P11.300b': [
    {
      file: 'test/integration/signing.test.ts',
      test: '[P11.300b] changing the passphrase needs the current one; a programme manager can reset it, in the trail',
    },
  ],
  'P11.300d': [
    {
      file: 'test/unit/domain/signingLockout.test.ts',
      test: '[P11.300d] counts every passphrase given, whatever its outcome, and the fifth locks for 15 minutes',
    },
    {
      file: 'test/unit/domain/signingLockout.test.ts',
      test: '[P11.300d] attempts while locked neither count nor extend the lock; it ends on time and the count restarts',
    },
  ],
  'A11.7': [
    {
      file: 'test/integration/impartiality.test.ts',
      test: '[A11.7] an override left unsigned by a crash lifts nothing, and the same request signs it',
    },
    {
      file: 'test/integration/publishPlan.recovery.test.ts',
      test: '[A11.7] adopts a page the app created before failing to save its id, instead of making a second one',
    },
  ],
  'A11.8': [
    {
      file: 'test/unit/domain/recordIntegrity.test.ts',
      test: '[P11.10c] [A11.8] names a record whose content changed, with type, id and version',
    },
    {
      file: 'test/unit/domain/recordIntegrity.test.ts',
      test: '[P11.10c] [A11.8] names a record deleted or set back outside the app',
    },
  ],
  'A11.9': [
    {
      file: 'test/unit/domain/trailCheckpoint.test.ts',
      test: '[P11.10e] [A11.9] names a pinned entry that no longer carries the hash it was verified with',
    },
    {
      file: 'test/unit/domain/verifyTrail.test.ts',
      test: '[A11.9] binds the reason: changing only the reason breaks the entry',
    },
  ],
  'A11.12': [
    {
      file: 'test/unit/domain/canonicalJson.test.ts',
      test: '[P11.10g] [A11.12] writes a value nested 100,000 deep without running out of stack',
    },
    {
      file: 'test/integration/jira/raisingAdoption.test.ts',
      test: '[P11.10d] [A11.12] never adopts an issue of another project that carries the property: it raises its own',
    },
  ],
  'ISO9.2.2': [
    {
      file: 'test/unit/domain/audits/auditSteps.test.ts',
      test: '[ISO9.2.2] fieldwork starts on a plan approved with a signature and acknowledged by every auditee',
    },
    {
      file: 'test/unit/domain/audits/auditSteps.test.ts',
      test: '[ISO9.2.2] [P11.50] names an unapproved plan, or an approval given before the plan last changed',
    },
  ],
  'ISO9.2.2b': [
    {
      file: 'test/integration/auditPlans.test.ts',
      test: '[ISO9.2.2b] an area owner as lead or a member in the team is blocked, and nothing is written',
    },
    {
      file: 'test/integration/impartiality.test.ts',
      test: '[ISO9.2.2b] [P11.50] a programme manager signs an override; then the member may be assigned, and the plan shows it',
    },
  ],
  'ISO7.2': [
    {
      file: 'test/integration/auditPlans.test.ts',
      test: '[ISO7.2] an auditor without a valid certificate or a covering domain is blocked; one expiring soon is a warning',
    },
    {
      file: 'test/integration/auditorRegister.test.ts',
      test: '[ISO7.2] [ISO9.2.2] records an auditor and warns 60 days before a certificate expires (programme-time-zone today)',
    },
  ],
  'ISO6.1.3d': [
    {
      file: 'test/integration/csvImport.soa.test.ts',
      test: '[ISO6.1.3d] exports every control in the import format, formula-safe, and the file imports back unchanged',
    },
    {
      file: 'test/integration/csvImport.soa.test.ts',
      test: '[ISO6.1.3d] imports a subset of controls in one new version; columns left out keep their values',
    },
  ],
  'ISO10.2': [
    {
      file: 'test/unit/correctiveActionRules.test.ts',
      test: '[ISO10.2] refuses the plan owner, a person of the area concerned and a verifier without a valid certificate',
    },
    {
      file: 'test/unit/correctiveActionRules.test.ts',
      test: '[ISO10.2] accepts a qualified auditor from outside the area who had no part in the action',
    },
  ],
  'ISO10.1': [
    {
      file: 'test/unit/domain/improvementActions.test.ts',
      test: '[ISO10.1] an improvement action starts at its plan and closes when its implementation is recorded, with no verification',
    },
    {
      file: 'test/unit/domain/improvementActions.test.ts',
      test: '[ISO10.1] refuses, in words, what belongs to correcting a nonconformity',
    },
  ],
  'ISO10.2a': [
    {
      file: 'test/unit/domain/improvementActions.test.ts',
      test: '[ISO10.2a] records how the consequences were dealt with',
    },
    {
      file: 'test/unit/domain/intakeSource.test.ts',
      test: '[ISO10.2a] records an FDA Form 483 observation with no audit, named by authority, reference and number',
    },
  ],
  'ISO10.2b': [
    {
      file: 'test/unit/domain/improvementActions.test.ts',
      test: '[ISO10.2b] names other places only on "yes", each once',
    },
    {
      file: 'test/unit/domain/improvementActions.test.ts',
      test: '[ISO10.2b] a place is an area of the register or a described one, and opens an action unless told not to',
    },
  ],
  'ISO10.2c': [
    {
      file: 'test/unit/domain/review/capaEffectivenessReport.test.ts',
      test: '[ISO10.2c] is on time only when implemented by the controlled due date and closed by the check date',
    },
    { file: 'test/unit/domain/review/capaQueries.test.ts', test: '[ISO10.2c] CAs closed late, and extensions granted' },
  ],
  'ISO10.2d': [
    {
      file: 'test/unit/domain/review/capaEffectivenessReport.test.ts',
      test: '[ISO10.2d] is effective at the first check only when the first verification said so',
    },
    {
      file: 'test/unit/domain/review/capaQueries.test.ts',
      test: '[ISO10.2d] effectiveness checks overdue: implemented, unverified, past the check date',
    },
  ],
  'ISO10.2e': [
    {
      file: 'test/unit/domain/improvementActions.test.ts',
      test: '[ISO10.2e] records ISMS changes: risk assessment, SoA line, procedure page, other',
    },
    {
      file: 'test/unit/domain/improvementActions.test.ts',
      test: '[ISO10.2e] refuses an ISMS change that names no real control, no link or no words, saying which field',
    },
  ],
  'ISO10.2f': [
    {
      file: 'test/unit/domain/intakeSource.test.ts',
      test: '[ISO10.2f] reads a finding stored before sources existed as an internal-audit finding of its audit',
    },
    {
      file: 'test/unit/domain/intakeSource.test.ts',
      test: '[ISO10.2f] keeps the audit link to internal audits only, and every other source without one',
    },
  ],
  'A11.4': [
    {
      file: 'test/unit/validation/requirements.test.ts',
      test: '[A11.4] every requirement names at least one test, and each named test exists in its file',
    },
    {
      file: 'test/unit/validation/trace.test.ts',
      test: '[A11.4] a requirement whose named tests all failed is unproven, and the pack says which',
    },
  ],
  'A11.14': [
    {
      file: 'test/integration/signing.test.ts',
      test: '[P11.50] [P11.70] records signer, printed name, UTC time, meaning and the hash of the exact content signed',
    },
  ],
  ...tracedFunctionTests,
};
