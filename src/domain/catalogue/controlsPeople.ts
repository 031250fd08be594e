import type { CatalogueItem } from './catalogueItem';

// Annex A section 6: the 8 people controls. Numbers and short titles only; guidance is ours.
const control = (id: string, title: string, guidance: string): CatalogueItem => ({
  id,
  kind: 'control',
  theme: 'people',
  title,
  guidance,
});

export const peopleControls: readonly CatalogueItem[] = [
  control(
    'A.6.1',
    'Screening',
    'Check that background checks are done before people start and are proportionate to the role, local law and the information they will reach (system administrators, Qualified Persons, staff with access to clinical or patient data). Sample recent hires and contractors and confirm checks were completed before the start date, and ask whether people are re-screened when moving to a more sensitive role. Typical nonconformity: contractors with privileged access who were never screened.',
  ),
  control(
    'A.6.2',
    'Terms and conditions of employment',
    'Sample employment contracts and contractor agreements and check they state security and confidentiality responsibilities, refer to the policies, and say which duties continue after the job ends. Ask HR which template versions are in use. Typical nonconformity: old contract templates without security clauses still used for some staff groups.',
  ),
  control(
    'A.6.3',
    'Information security awareness, education and training',
    'Obtain the training plan and completion records for general awareness, role-based training (administrators, developers, data integrity for laboratory staff) and phishing simulations. Check that overdue training is chased, content is refreshed, and interview a few people to test understanding. Typical nonconformity: completion below target with no escalation, or no role-based training for administrators.',
  ),
  control(
    'A.6.4',
    'Disciplinary process',
    'Check that a disciplinary process covering security policy breaches exists, is communicated to staff and allows a graduated response. Ask HR for anonymised examples of security-related cases and check the process was applied consistently. Typical nonconformity: security breaches handled informally and never referred to the process.',
  ),
  control(
    'A.6.5',
    'Responsibilities after termination or change of employment',
    'Check that duties lasting beyond departure or a role change (confidentiality, return of information) are communicated, for example in an exit letter or interview. Sample leavers and movers: check the exit checklist, and for movers that access needed only in the old role was removed. Typical nonconformity: movers who keep accumulating access from every previous role.',
  ),
  control(
    'A.6.6',
    'Confidentiality or non-disclosure agreements',
    'Check that confidentiality agreements are in place for employees, contractors, visitors and third parties such as CMOs, consultants and research collaborators, and that their terms are reviewed periodically. Sample parties with access to confidential information and find the signed agreement dated before access was granted. Typical nonconformity: a research partner given data before the agreement was signed.',
  ),
  control(
    'A.6.7',
    'Remote working',
    'Obtain the remote working rules and check the technical controls behind them: VPN or zero-trust access, multi-factor authentication, managed and encrypted devices, limits on printing and local storage. Ask remote workers how they handle confidential documents at home, and check how remote access to GxP systems is controlled. Typical nonconformity: remote access without MFA, or from unmanaged personal devices.',
  ),
  control(
    'A.6.8',
    'Information security event reporting',
    'Check that staff know how to report an event (phishing button, service desk, hotline) and that reporting is quick and easy. Ask a few people how they would report a suspicious email or a lost laptop, and review reporting statistics including the time from noticing to reporting. Typical nonconformity: staff unaware of the reporting route, or events reported days late.',
  ),
];
