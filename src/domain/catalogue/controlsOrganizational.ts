import type { CatalogueItem } from './catalogueItem';

// Annex A section 5: the 37 organizational controls. Numbers and short titles only; guidance is ours.
const control = (id: string, title: string, guidance: string): CatalogueItem => ({
  id,
  kind: 'control',
  theme: 'organizational',
  title,
  guidance,
});

export const organizationalControls: readonly CatalogueItem[] = [
  control(
    'A.5.1',
    'Policies for information security',
    'Obtain the top-level policy and the topic-specific policies (access control, backup, cryptography, supplier security and so on) and check each has an owner, approval, version and review date. Ask how staff and relevant suppliers acknowledge them and what triggers a revision (incidents, audit findings, regulatory change). Sample one topic policy and compare it with the top-level policy and with actual practice. Typical nonconformity: topic policies overdue for review or contradicting the SOPs people follow.',
  ),
  control(
    'A.5.2',
    'Information security roles and responsibilities',
    'Check that security responsibilities are assigned for key roles, including owners of assets and of GxP computerised systems, and that the people concerned know them. Interview a system owner about their duties: approving access, periodic access review, approving changes, handling incidents. Typical nonconformity: a validated system whose named owner has left and was never replaced.',
  ),
  control(
    'A.5.3',
    'Segregation of duties',
    'Ask which conflicting duties have been identified (requesting and approving access, developing and releasing changes, generating and reviewing QC data) and how they are kept apart. Pull user-role reports from key systems such as ERP, LIMS or the eQMS and look for people holding conflicting roles without a documented compensating control. Check that administrators of GxP systems do not also create GxP data as routine users. Typical nonconformity: QC analysts with administrator rights in a chromatography data system.',
  ),
  control(
    'A.5.4',
    'Management responsibilities',
    "Interview line managers and ask how they make sure their team follows security policies: onboarding, training completion, access reviews, leaver notifications. Look for evidence that managers track training status and sign off access reviews on time. Typical nonconformity: managers unaware that approving and reviewing their team's access is their job.",
  ),
  control(
    'A.5.5',
    'Contact with authorities',
    'Ask for the list of authorities and who contacts them: data protection authority, police, national CSIRT, and health authorities where an incident may affect product quality or trial data. Check the contact details are current and that the incident procedure says when and how fast to notify (e.g. 72 hours for a personal-data breach under GDPR). Review any notifications made in the period. Typical nonconformity: an outdated contact list, or no criteria for notifying a regulator.',
  ),
  control(
    'A.5.6',
    'Contact with special interest groups',
    'Ask which security forums, sector groups (e.g. Health-ISAC, GAMP communities), vendor advisory services or professional bodies the security team takes part in. Look for membership evidence and for at least one example where information received led to an action. Typical nonconformity: memberships that exist on paper with nothing flowing into the risk or vulnerability processes.',
  ),
  control(
    'A.5.7',
    'Threat intelligence',
    'Ask which threat sources are used (vendor feeds, CERT advisories, sector sharing groups), who analyses them and how relevant threats become actions. Trace one recent advisory, such as a ransomware campaign against life-science firms or a flaw in laboratory instrument software, to what was done about it. Check that threat information feeds the risk assessment. Typical nonconformity: feeds arrive by email but there is no record of analysis or action.',
  ),
  control(
    'A.5.8',
    'Information security in project management',
    'Check that the project method includes security steps: a risk assessment at start-up, security requirements, and a security review at stage gates or go-live. Sample one or two recent projects (a new MES, a cloud migration, a computerised-system validation project) and look for those records; in validated projects, check security requirements are in the URS and tested. Typical nonconformity: a system went live with no documented security review.',
  ),
  control(
    'A.5.9',
    'Inventory of information and other associated assets',
    'Obtain the asset inventory (information, systems, hardware, software, services) and check owners, classification, location and GxP relevance are recorded. Test it both ways: find assets seen on the floor or in a network scan in the inventory, and find sampled inventory entries in reality. Compare it with the computerised-system inventory kept for validation. Typical nonconformity: laboratory instruments with embedded PCs missing from the inventory.',
  ),
  control(
    'A.5.10',
    'Acceptable use of information and other associated assets',
    'Check that rules for using information and equipment are written down and acknowledged by staff and contractors: email, internet, personal devices, USB media, photography in production areas, public generative-AI tools. Sample acknowledgements for recent starters and ask staff whether they may paste company data into external services. Typical nonconformity: no rule on using public AI tools with confidential or patient data.',
  ),
  control(
    'A.5.11',
    'Return of assets',
    "Sample recent leavers and ended contracts and check the return checklist: laptop, phone, badge, tokens and company information on personal devices. Compare with the asset inventory and the HR leaver list, and ask what happens when something is not returned. Typical nonconformity: leavers' laptops still assigned to them in the inventory months later.",
  ),
  control(
    'A.5.12',
    'Classification of information',
    'Obtain the classification scheme and check it reflects confidentiality, integrity and availability needs and legal obligations (patient data, trade secrets, regulatory submissions). Ask owners how they classified their information, sample classified items, and check that each level drives handling rules. Typical nonconformity: a scheme exists but most information is unclassified or staff cannot say which level applies.',
  ),
  control(
    'A.5.13',
    'Labelling of information',
    'Check the labelling rules for documents, emails and files (footers, sensitivity labels in the office suite, labels on physical media) and whether they are applied in practice. Sample documents at each level, including some shared with CMOs and CROs. Typical nonconformity: confidential documents sent to external partners without any label.',
  ),
  control(
    'A.5.14',
    'Information transfer',
    "Ask which rules and agreements govern sending information by email, file transfer, portals, removable media or courier, including exchanges with CMOs, CROs, contract labs and regulators' submission gateways. Check that quality or transfer agreements cover security, and that approved secure channels are really used (mail gateway reports, SFTP logs). Typical nonconformity: batch records or clinical data sent as unencrypted email attachments.",
  ),
  control(
    'A.5.15',
    'Access control',
    'Obtain the access control policy and check it sets the principles (need to know, least privilege, role-based access) for both logical and physical access. Check that business owners define the roles for key systems and that system configurations reflect the policy, including laboratory and OT systems. Typical nonconformity: the policy is never applied to instrument or manufacturing systems.',
  ),
  control(
    'A.5.16',
    'Identity management',
    'Check that every user has a unique identity and that shared or generic accounts are banned or tightly controlled, especially in GxP systems where records must be attributable (ALCOA+). Sample accounts from the directory and key applications and look for generic IDs, orphaned accounts and service accounts without an owner. Typical nonconformity: a shared "lab" login on an instrument PC used to create GxP data.',
  ),
  control(
    'A.5.17',
    'Authentication information',
    'Check how passwords, tokens and other secrets are issued, reset and protected: first-time passwords, identity checks at reset, password rules in the directory and key applications, use of a password manager. Ask where service-account secrets are stored and who can read them. Typical nonconformity: the help desk resets passwords without verifying the caller, or credentials are hard-coded in scripts.',
  ),
  control(
    'A.5.18',
    'Access rights',
    "Sample new access grants and check the request, the owner's approval and that what was provisioned matches what was approved; sample movers and leavers and check access was removed within the target time. Obtain the latest periodic access reviews for GxP and critical systems and check completeness, reviewer and that removals were carried out. Typical nonconformity: reviews signed off but removals never executed, or leaver accounts active weeks after departure.",
  ),
  control(
    'A.5.19',
    'Information security in supplier relationships',
    'Ask how suppliers are tiered by security risk (CMOs, CROs, cloud providers, IT managed-service providers, equipment vendors with remote access) and what each tier must meet. Check the supplier qualification process includes a security assessment alongside the GxP quality audit, and sample suppliers to confirm it happened before onboarding. Typical nonconformity: a critical IT supplier onboarded with no security assessment.',
  ),
  control(
    'A.5.20',
    'Addressing information security within supplier agreements',
    "Sample contracts and quality agreements with key suppliers and check the security terms: confidentiality, access control, incident notification time, right to audit, subcontracting, data return or destruction at exit, data integrity obligations. Check that the terms match the supplier's risk tier. Typical nonconformity: a quality agreement silent on incident notification or on returning data when the contract ends.",
  ),
  control(
    'A.5.21',
    'Managing information security in the ICT supply chain',
    'Ask how risks from ICT products and services and their sub-suppliers are handled: vendor attestations (ISO 27001 certificates, SOC 2 reports), software bills of materials, open-source components, secure update delivery, end-of-support dates. Sample the supply chain of one critical validated system. Typical nonconformity: an end-of-life component under a validated system with no risk assessment.',
  ),
  control(
    'A.5.22',
    'Monitoring, review and change management of supplier services',
    'Check how supplier security performance is followed: service reviews, SLA reports, certificate expiry tracking, periodic reassessment or audit. Sample a key supplier, read the last review and follow up any issues, and check that supplier-side changes (a new subprocessor, a move of hosting region) were assessed. Typical nonconformity: expired supplier certificates or audit reports nobody chased.',
  ),
  control(
    'A.5.23',
    'Information security for use of cloud services',
    'Obtain the cloud policy and the register of cloud services; check how services are selected, configured, monitored and exited and how the shared-responsibility split is recorded. Sample a GxP SaaS system such as an eQMS or LIMS and check the supplier assessment, contract, data location, backups and exit plan, and review any cloud-configuration posture reports. Typical nonconformity: unassessed SaaS holding regulated data, or no exit strategy.',
  ),
  control(
    'A.5.24',
    'Information security incident management planning and preparation',
    'Obtain the incident procedure and check roles, escalation, classification, communication and its links to the GxP deviation and personal-data breach processes. Check that the response team is trained, contact and on-call lists are current, and exercises have been run (tabletop reports). Typical nonconformity: an untested procedure that does not say which incidents need a quality or regulatory impact assessment.',
  ),
  control(
    'A.5.25',
    'Assessment and decision on information security events',
    'Sample events from the ticketing system or SIEM and check each was assessed against defined criteria, with a recorded decision on whether it is an incident, who decided and when. Typical nonconformity: events closed without any recorded assessment, or no criteria to decide what counts as an incident.',
  ),
  control(
    'A.5.26',
    'Response to information security incidents',
    'Sample incidents from the last 12 months and check the response followed the procedure: containment, eradication, recovery, communication, evidence preservation and closure, against the target times. Check that a data integrity impact assessment was made for affected GxP records and a breach assessment for personal data. Typical nonconformity: an incident closed without assessing its impact on GxP data.',
  ),
  control(
    'A.5.27',
    'Learning from information security incidents',
    'Check that significant incidents get a post-incident review and that the lessons become tracked actions (control changes, training, risk register updates). Look at incident trend analysis reported to management. Typical nonconformity: the same kind of incident recurring with no root-cause analysis.',
  ),
  control(
    'A.5.28',
    'Collection of evidence',
    'Ask what the team does to secure evidence when an incident could end in disciplinary, legal or regulatory action: chain-of-custody forms, forensic images, log preservation, hash values. Check that trained people or a retained forensic provider are available, and sample one incident where evidence was gathered. Typical nonconformity: no chain-of-custody record, or logs overwritten before anyone secured them.',
  ),
  control(
    'A.5.29',
    'Information security during disruption',
    'Check that continuity and recovery plans keep security in place during disruption: access control, logging and backups at the recovery site, and controlled manual workarounds (e.g. paper batch records while the MES is down, reconciled afterwards). Review the last continuity exercise report for its security aspects. Typical nonconformity: the recovery environment lacks controls that production has.',
  ),
  control(
    'A.5.30',
    'ICT readiness for business continuity',
    'Obtain the business impact analysis and check the recovery time and recovery point objectives for critical ICT services (ERP, MES, LIMS, eQMS, serialisation) and whether the recovery capability meets them. Review disaster-recovery test records: scope, measured results against targets, and follow-up of issues. Typical nonconformity: critical systems never recovery-tested, or a measured recovery time above target with no action.',
  ),
  control(
    'A.5.31',
    'Legal, statutory, regulatory and contractual requirements',
    'Obtain the register of legal, regulatory and contractual requirements that touch information security (GDPR, 21 CFR Part 11, EU GMP Annex 11, NIS2, export controls on cryptography, customer contracts) with owners and how compliance is checked. Check the register is reviewed when laws change. Typical nonconformity: a key regulation missing, or the register untouched for years.',
  ),
  control(
    'A.5.32',
    'Intellectual property rights',
    'Check software licence management: licences held against installations, a process that stops unlicensed installs, and rules for third-party material such as journals, databases and standards. Ask how the company protects its own IP (research data, formulations, manufacturing know-how). Typical nonconformity: installations exceeding licence counts, or no licence tracking at all.',
  ),
  control(
    'A.5.33',
    'Protection of records',
    'Check the retention schedule covers ISMS and GxP records and that records stay protected against loss, tampering and unauthorised access for the whole retention period (archives, audit trails, migration plans for retired systems). Sample archived electronic records and ask for them to be retrieved in readable form. Typical nonconformity: retention not applied in electronic systems, or data unreadable after a system was retired.',
  ),
  control(
    'A.5.34',
    'Privacy and protection of PII',
    'Check the privacy programme: records of processing, impact assessments for high-risk processing (clinical trial data, pharmacovigilance, employee health data), data-subject request handling, DPO involvement and transfer mechanisms for data leaving the EU. Sample one processing activity and check its security measures match its impact assessment. Typical nonconformity: no impact assessment for a new system that processes patient data.',
  ),
  control(
    'A.5.35',
    'Independent review of information security',
    'Ask when the security management approach was last examined by someone outside the team that runs it (internal audit, an external assessor, a specialist consultant) and what prompts such a review, such as a reorganisation or a merger. Read the latest reports, check who received them and what was done, and confirm the reviewers were independent of the area. Typical nonconformity: only self-assessments by the security team.',
  ),
  control(
    'A.5.36',
    'Compliance with policies, rules and standards',
    'Ask how managers and owners check that their areas follow security policies and standards (self-assessments, compliance scans, configuration checks) and how deviations are handled. Sample recent results and follow the corrective actions. Typical nonconformity: no compliance checks performed, or deviations found but never tracked.',
  ),
  control(
    'A.5.37',
    'Documented operating procedures',
    'Ask for the written procedures behind security-relevant IT operations (backup and restore, user administration, patching, start-up and shutdown, monitoring, incident handling), check they are current, and ask an operator to show where they find them. Compare one procedure with what an administrator actually does, and in a GxP setting check IT SOPs are under document control. Typical nonconformity: procedures out of date after a platform change.',
  ),
];
