/**
 * The regulatory requirements the app's tests prove, each in our own one-line words (never the
 * regulation's text). A test proves a requirement by carrying its id in its name, e.g.
 * `it('[P11.10e] records every change …')`. `npm run validation-pack` traces one to the other.
 */
export interface Requirement {
  id: string;
  source: string;
  paraphrase: string;
}

export const requirements: Requirement[] = [
  {
    id: 'P11.10a',
    source: '21 CFR 11.10(a)',
    paraphrase: 'The system is validated: it works as intended and can tell when a record is invalid or altered.',
  },
  {
    id: 'P11.10b',
    source: '21 CFR 11.10(b)',
    paraphrase:
      'Complete, accurate copies of records can be produced for inspection, readable by people and by machines.',
  },
  {
    id: 'P11.10c',
    source: '21 CFR 11.10(c)',
    paraphrase: 'Records are protected so they stay accurate and retrievable for their whole retention period.',
  },
  { id: 'P11.10d', source: '21 CFR 11.10(d)', paraphrase: 'Only authorised people can get into the system.' },
  {
    id: 'P11.10e',
    source: '21 CFR 11.10(e)',
    paraphrase:
      'A secure, computer-generated, time-stamped audit trail records who created, changed or deleted what and when, without hiding earlier values.',
  },
  {
    id: 'P11.10f',
    source: '21 CFR 11.10(f)',
    paraphrase: 'Operational checks enforce the permitted order of steps and events.',
  },
  {
    id: 'P11.10g',
    source: '21 CFR 11.10(g)',
    paraphrase: 'Authority checks let only authorised people sign, change records or perform an operation.',
  },
  {
    id: 'P11.50',
    source: '21 CFR 11.50',
    paraphrase: "A signed record shows the signer's printed name, the date and time, and the meaning of the signature.",
  },
  {
    id: 'P11.70',
    source: '21 CFR 11.70',
    paraphrase:
      'Signatures are linked to their records so they cannot be removed, copied or transferred to falsify a record.',
  },
  {
    id: 'P11.100',
    source: '21 CFR 11.100',
    paraphrase: 'Each electronic signature belongs to one person only and is never reused or reassigned.',
  },
  {
    id: 'P11.200',
    source: '21 CFR 11.200(a)',
    paraphrase: 'A non-biometric signature uses at least two distinct components, such as an identity and a secret.',
  },
  {
    id: 'P11.300a',
    source: '21 CFR 11.300(a)',
    paraphrase: 'Identity and secret combinations stay unique, and secrets are kept confidential.',
  },
  {
    id: 'P11.300b',
    source: '21 CFR 11.300(b)',
    paraphrase: 'Passwords can be changed, and revoked or reset when needed.',
  },
  {
    id: 'P11.300d',
    source: '21 CFR 11.300(d)',
    paraphrase: 'Attempts at unauthorised use are limited, detected and reported.',
  },
  {
    id: 'A11.4',
    source: 'EU GMP Annex 11 §4',
    paraphrase: 'The computerised system is validated, with evidence proportionate to its risk.',
  },
  {
    id: 'A11.7',
    source: 'EU GMP Annex 11 §7',
    paraphrase: 'Stored data is protected against damage and loss, and its integrity can be checked.',
  },
  {
    id: 'A11.8',
    source: 'EU GMP Annex 11 §8',
    paraphrase: 'Clear printed or exported copies of records can be obtained.',
  },
  {
    id: 'A11.9',
    source: 'EU GMP Annex 11 §9',
    paraphrase: 'Changes to GMP-relevant data are recorded in an audit trail with the reason.',
  },
  {
    id: 'A11.12',
    source: 'EU GMP Annex 11 §12',
    paraphrase: 'Physical and logical controls restrict access to authorised people, with role-based rights.',
  },
  {
    id: 'A11.14',
    source: 'EU GMP Annex 11 §14',
    paraphrase:
      'Electronic signatures have the same impact as handwritten ones, are permanently linked to their record, and carry time and date.',
  },
  {
    id: 'ISO9.2.2',
    source: 'ISO/IEC 27001:2022 9.2.2',
    paraphrase: 'An audit programme is planned with frequency, methods, responsibilities and reporting.',
  },
  {
    id: 'ISO9.2.2b',
    source: 'ISO/IEC 27001:2022 9.2.2',
    paraphrase: 'Auditors are chosen so that audits are objective and impartial: nobody audits their own work.',
  },
  {
    id: 'ISO7.2',
    source: 'ISO/IEC 27001:2022 7.2',
    paraphrase: 'People doing ISMS work, auditors included, are competent, and the evidence of it is kept.',
  },
  {
    id: 'ISO6.1.3d',
    source: 'ISO/IEC 27001:2022 6.1.3 d',
    paraphrase: 'A Statement of Applicability says which controls apply, why, and why any are excluded.',
  },
  {
    id: 'ISO10.2',
    source: 'ISO/IEC 27001:2022 10.2',
    paraphrase: 'Nonconformities are recorded with what was found, then acted on and their correction checked.',
  },
  {
    id: 'ISO10.1',
    source: 'ISO/IEC 27001:2022 10.1',
    paraphrase:
      'The ISMS is improved continually: opportunities for improvement are acted on or consciously set aside.',
  },
  {
    id: 'ISO10.2a',
    source: 'ISO/IEC 27001:2022 10.2 a',
    paraphrase: 'A nonconformity is reacted to: controlled and corrected, and its consequences dealt with.',
  },
  {
    id: 'ISO10.2b',
    source: 'ISO/IEC 27001:2022 10.2 b',
    paraphrase:
      'The need for action is evaluated: the nonconformity is reviewed, its causes found, and whether it exists or could occur elsewhere.',
  },
  {
    id: 'ISO10.2c',
    source: 'ISO/IEC 27001:2022 10.2 c',
    paraphrase: 'Any action needed is implemented, within a controlled time.',
  },
  {
    id: 'ISO10.2d',
    source: 'ISO/IEC 27001:2022 10.2 d',
    paraphrase:
      'The effectiveness of every corrective action taken is reviewed, independently and after its effect can show.',
  },
  {
    id: 'ISO10.2e',
    source: 'ISO/IEC 27001:2022 10.2 e',
    paraphrase: 'Changes to the ISMS are made where necessary.',
  },
  {
    id: 'ISO10.2f',
    source: 'ISO/IEC 27001:2022 10.2 f–g',
    paraphrase:
      'Documented information shows the nature of each nonconformity, the actions taken and the results of each corrective action.',
  },
  // What an inspector samples: each GxP-critical function is a requirement of its own, so the trace
  // shows at a glance that signing, lockout, the trail, report approval, the gates, the minutes,
  // export and retrieval each have a test that passed in this run.
  {
    id: 'GxP.signing',
    source: 'GxP function: electronic signing (21 CFR 11.50, 11.70; Annex 11 §14)',
    paraphrase: 'A signature records who signed, when and what it means, and is bound to the exact content signed.',
  },
  {
    id: 'GxP.lockout',
    source: 'GxP function: signing lockout (21 CFR 11.300(d))',
    paraphrase: 'Repeated wrong passphrases lock signing for a while, and every attempt is recorded.',
  },
  {
    id: 'GxP.trail',
    source: 'GxP function: audit trail (21 CFR 11.10(e); Annex 11 §9)',
    paraphrase: 'Every change and every signing attempt lands in the trail, which people can filter and read.',
  },
  {
    id: 'GxP.trailVerification',
    source: 'GxP function: trail verification (21 CFR 11.10(a); Annex 11 §7)',
    paraphrase: 'Verifying the trail names any entry changed, removed or rewritten, even with its hashes recomputed.',
  },
  {
    id: 'GxP.reportApproval',
    source: 'GxP function: audit report approval (ISO 27001 9.2.2; 21 CFR 11.50, 11.70)',
    paraphrase: 'The lead approves the report page as it is, with its content and hash stored and signed.',
  },
  {
    id: 'GxP.reportFreeze',
    source: 'GxP function: approved report frozen (21 CFR 11.10(c), 11.70)',
    paraphrase: 'An approved report is not generated again, and an edit after approval is detected and kept apart.',
  },
  {
    id: 'GxP.verificationGate',
    source: 'GxP function: corrective-action verification gate (ISO 27001 10.2 d; 21 CFR 11.10(f))',
    paraphrase: 'A corrective action closes only on a signed, independent effectiveness verification.',
  },
  {
    id: 'GxP.ncClosure',
    source: 'GxP function: nonconformity closure (ISO 27001 10.2; 21 CFR 11.10(f))',
    paraphrase:
      'A nonconformity closes only once its corrective actions are closed effective or it is exempted with a signature.',
  },
  {
    id: 'GxP.minutesSignature',
    source: 'GxP function: management review minutes signature (ISO 27001 9.3; 21 CFR 11.50)',
    paraphrase: 'Top management signs the minutes; a later change needs a reason and withdraws the approval.',
  },
  {
    id: 'GxP.recordExport',
    source: 'GxP function: record export (21 CFR 11.10(b); Annex 11 §8)',
    paraphrase: 'The programme record exports whole: records, approved reports, signatures, trail and its verdict.',
  },
  {
    id: 'GxP.retrieval',
    source: 'GxP function: retrieval through the retention period (21 CFR 11.10(b), (c))',
    paraphrase:
      'Records written before the app was upgraded read and export unchanged, by people and machines, after every migration.',
  },
  {
    id: 'GxP.accessControl',
    source: 'GxP function: access control (Annex 11 §12; 21 CFR 11.10(d), (g))',
    paraphrase: 'Every call is checked against the caller’s own identity and role, and a refusal shows nothing.',
  },
];
