import type { NamedTest } from './tracedTests';

/** The tests each GxP-critical function an inspector samples names as its proof (see tracedTests.ts). */
export const tracedFunctionTests: Record<string, readonly NamedTest[]> = {
  'GxP.signing': [
    {
      file: 'test/integration/signing.test.ts',
      test: '[P11.50] [P11.70] records signer, printed name, UTC time, meaning and the hash of the exact content signed',
    },
    {
      file: 'test/integration/signing.test.ts',
      test: '[P11.70] a signature cannot be edited, removed or copied to another record',
    },
  ],
  'GxP.lockout': [
    {
      file: 'test/unit/domain/signingLockout.test.ts',
      test: '[P11.300d] counts every passphrase given, whatever its outcome, and the fifth locks for 15 minutes',
    },
    {
      file: 'test/integration/signing.test.ts',
      test: '[P11.300d] locks signing after five wrong passphrases, blocks the sixth, and unlocks after 15 minutes',
    },
  ],
  'GxP.trail': [
    {
      file: 'test/integration/records.test.ts',
      test: '[P11.10e] filters by record, user, action and date, oldest first, in pages',
    },
    {
      file: 'test/integration/signing.test.ts',
      test: '[P11.10e] [A11.9] records every attempt, failed or not, in the audit trail',
    },
  ],
  'GxP.trailVerification': [
    {
      file: 'test/unit/domain/verifyTrail.test.ts',
      test: '[P11.10a] [P11.10e] names an entry whose stored value was changed',
    },
    {
      file: 'test/integration/security/tamper.test.ts',
      test: '[P11.10a] [A11.9] a middle entry rewritten with every later hash recomputed is caught by the anchor',
    },
  ],
  'GxP.reportApproval': [
    {
      file: 'test/integration/reports/approveReport.test.ts',
      test: '[P11.50] [P11.70] the lead approves the page as it is now: version, content and hash stored, then signed',
    },
    {
      file: 'test/integration/reports/approveReport.test.ts',
      test: '[P11.200] a wrong passphrase writes nothing to the report and signs nothing',
    },
  ],
  'GxP.reportFreeze': [
    {
      file: 'test/integration/reports/approveReport.test.ts',
      test: 'an approved report is frozen: neither generated again nor concluded differently',
    },
    {
      file: 'test/integration/reports/approveReport.test.ts',
      test: 'an edit after approval is detected and recorded once; the approved content is kept',
    },
  ],
  'GxP.verificationGate': [
    {
      file: 'test/integration/actions/correctiveActionLifecycle.test.ts',
      test: 'refuses to close on an unsigned verification (a crash between record and signature), and the retry completes it',
    },
    {
      file: 'test/integration/actions/correctiveActionLifecycle.test.ts',
      test: 'refuses the assignee as verifier, and refuses a close once the verifier has become the assignee',
    },
  ],
  'GxP.ncClosure': [
    {
      file: 'test/integration/jira/ncClosureGate.test.ts',
      test: '[ISO10.2] refuses to close an NC issue while its corrective action is open, and lets it close once the action is closed effective',
    },
    {
      file: 'test/integration/jira/ncClosureGate.test.ts',
      test: '[ISO10.2] refuses to close an NC with no corrective action, saying what a Jira user can do',
    },
  ],
  'GxP.minutesSignature': [
    {
      file: 'test/integration/review/managementReview.test.ts',
      test: 'top management approves the minutes; a later change needs a reason and withdraws the approval',
    },
    {
      file: 'test/integration/review/reviewSignatureBlock.test.ts',
      test: 'signed: top management’s printed name, UTC time and meaning; a later change shows it superseded and says so',
    },
  ],
  'GxP.recordExport': [
    {
      file: 'test/integration/records.test.ts',
      test: '[P11.10b] [A11.8] exports the programme record: records, signatures, trail and its verdict',
    },
    {
      file: 'test/integration/reports/approveReport.test.ts',
      test: 'the record export carries each approved report’s approved content and its signature',
    },
  ],
  'GxP.retrieval': [
    {
      file: 'test/integration/records/retentionAcrossUpgrades.test.ts',
      test: '[P11.10c] records stored before the later migrations read and export unchanged once every migration has run',
    },
  ],
  'GxP.accessControl': [
    {
      file: 'test/integration/security/roleMatrix.test.ts',
      test: '[P11.10d] [A11.12] an issue the caller cannot see (or that does not exist) is not shown to them',
    },
    {
      file: 'test/integration/security/roleMatrix.test.ts',
      test: '[P11.10g] a payload cannot name its caller: a forged accountId is refused, not acted on',
    },
  ],
};
