import type { CatalogueItem } from './catalogueItem';

// Annex A section 8: the 34 technological controls. Numbers and short titles only; guidance is ours.
const control = (id: string, title: string, guidance: string): CatalogueItem => ({
  id,
  kind: 'control',
  theme: 'technological',
  title,
  guidance,
});

export const technologicalControls: readonly CatalogueItem[] = [
  control(
    'A.8.1',
    'User endpoint devices',
    'Check the endpoint rules and how device management enforces them: disk encryption, screen lock, EDR, patching, application control and remote wipe, for laptops, phones and any allowed personal devices. Pull the device compliance report and sample a few devices against it. Typical nonconformity: devices not enrolled in management, or laptops without encryption.',
  ),
  control(
    'A.8.2',
    'Privileged access rights',
    'Obtain the list of privileged accounts (domain, database, cloud and GxP application administrators, vendor support accounts) and check each has an approval, a named owner, MFA, a separate admin account and a periodic review. Check that privileged activity is logged and the logs are reviewed. Typical nonconformity: too many domain administrators, or vendor admin accounts left permanently enabled.',
  ),
  control(
    'A.8.3',
    'Information access restriction',
    'Test access inside applications: do roles in ERP, LIMS or the eQMS match the approved role matrix, and are users unable to see or change data outside their role? Check permissions on file shares and collaboration sites that hold sensitive data. Typical nonconformity: "everyone" permissions on a share holding confidential data.',
  ),
  control(
    'A.8.4',
    'Access to source code',
    'Check who can read and change source code repositories, build pipelines and development tools, whether main branches are protected and reviews enforced, and whether repository audit logs are kept. Include configuration scripts and code for validated systems. Typical nonconformity: every developer holds administrator rights on the repositories.',
  ),
  control(
    'A.8.5',
    'Secure authentication',
    'Inspect authentication settings: MFA for remote, privileged and cloud access, account lockout, session timeouts, and no legacy protocols that bypass MFA. For GxP systems, check that signing requires two components (identity plus a secret) as Part 11 and Annex 11 expect. Typical nonconformity: legacy authentication left enabled so MFA can be bypassed.',
  ),
  control(
    'A.8.6',
    'Capacity management',
    'Check that storage, compute, network and licence capacity is monitored with thresholds and alerts, and that capacity is planned ahead for critical systems. Review recent capacity reports and any incidents caused by capacity. Typical nonconformity: a full disk that stopped audit-trail or data capture on a GxP system.',
  ),
  control(
    'A.8.7',
    'Protection against malware',
    'Check anti-malware or EDR coverage on every endpoint and server, and compensating controls (application allow-listing, network isolation, scanning of transfer media) on instrument and OT PCs that cannot run it. Review coverage and detection reports and how alerts were handled. Typical nonconformity: instrument PCs with neither malware protection nor compensating controls.',
  ),
  control(
    'A.8.8',
    'Management of technical vulnerabilities',
    'Obtain recent vulnerability scan and patch reports and check that remediation times by severity are defined and met; trace a few critical findings to a fix or a signed risk acceptance. For validated systems, check that patches are assessed and tested through change control without open-ended delay. Typical nonconformity: critical vulnerabilities past their deadline, or GxP systems never patched "because they are validated".',
  ),
  control(
    'A.8.9',
    'Configuration management',
    'Check that secure baseline configurations exist for operating systems, databases, network devices and cloud services (e.g. based on CIS benchmarks), that actual configurations are recorded and changed only under control, and that drift is detected. Compare one system with its baseline. Typical nonconformity: no baseline, or drift that nobody notices.',
  ),
  control(
    'A.8.10',
    'Information deletion',
    'Check the rules for deleting information that is no longer needed, aligned with retention schedules and legal holds, and the methods used in systems, cloud services and backups. Make sure deletion cannot remove GxP records still under retention, and sample deletion records. Typical nonconformity: personal data kept long past its retention period with no deletion process.',
  ),
  control(
    'A.8.11',
    'Data masking',
    'Ask where masking, pseudonymisation or anonymisation is used (clinical data in analytics, test environments, support cases) and check the technique and who can reverse it. Sample a masked dataset to confirm identifiers are really gone. Typical nonconformity: production patient data copied unmasked into a test system.',
  ),
  control(
    'A.8.12',
    'Data leakage prevention',
    'Check which leakage controls cover email, web, endpoints and cloud storage for sensitive data such as formulations, clinical data and regulatory submissions, and how alerts are reviewed. Review DLP reports and sample a few alerts and their handling. Typical nonconformity: DLP left in monitor-only mode with nobody reviewing alerts.',
  ),
  control(
    'A.8.13',
    'Information backup',
    'Ask for the backup policy and schedule for GxP and other critical systems and check they cover data, configurations and audit trails, with at least one copy protected from ransomware (offline or immutable). Sample restore-test records from the last 12 months and check the restored data was verified as complete and readable, and that backup retention matches record-retention requirements. Review failed backup jobs and how each was followed up. Typical nonconformity: failed jobs unnoticed for weeks, or restores never tested.',
  ),
  control(
    'A.8.14',
    'Redundancy of information processing facilities',
    'Check the availability requirements for critical systems and whether redundancy (clustering, redundant links, multiple availability zones) meets them, and ask for the last failover test. Typical nonconformity: a single point of failure under a critical manufacturing system that nobody had identified.',
  ),
  control(
    'A.8.15',
    'Logging',
    'Check which events critical systems log (sign-ins, privilege use, configuration changes, security events), how logs are protected from tampering and how long they are kept. For GxP applications, check audit trails are switched on and users cannot turn them off or edit them. Typical nonconformity: audit trail disabled in instrument software, or logs kept for less than the defined period.',
  ),
  control(
    'A.8.16',
    'Monitoring activities',
    'Check that networks, systems and applications are monitored for unusual behaviour (SIEM, EDR, a SOC) with defined use cases and alert handling. Sample alerts and their response, and check that logs from key GxP systems actually reach the monitoring platform. Typical nonconformity: critical systems not connected to the SIEM.',
  ),
  control(
    'A.8.17',
    'Clock synchronization',
    'Check that servers, network devices and instrument PCs synchronise to a defined, trusted NTP source and that drift is monitored, especially where time stamps appear in GxP records and audit trails. Spot-check the clock on a few servers and instrument PCs and ask whether users can change it. Typical nonconformity: instrument PCs with manually set clocks that analysts can alter.',
  ),
  control(
    'A.8.18',
    'Use of privileged utility programs',
    'Ask which tools could bypass application controls (admin consoles, database clients, registry editors, debuggers), who has them and whether their use leaves a log. Ask laboratory and production users whether they can reach such tools. Typical nonconformity: lab users with a database client able to edit raw data directly.',
  ),
  control(
    'A.8.19',
    'Installation of software on operational systems',
    "Check that software installation on production systems is controlled: only authorised administrators, an approved software list, change control and application allow-listing. Compare installed software on a few servers or instrument PCs with the approved list. Typical nonconformity: unapproved software on a validated system's PC.",
  ),
  control(
    'A.8.20',
    'Networks security',
    'Review the network diagrams and firewall and router configurations, and check that management access to network devices is secured and changes are controlled. Ask for the last firewall rule review and sample a few rules for business justification. Typical nonconformity: rule reviews not performed, or "any-any" rules left in place.',
  ),
  control(
    'A.8.21',
    'Security of network services',
    'Check that security features and service levels for network services (internet, WAN or SD-WAN, DNS, remote access) are defined in agreements with providers and monitored. Review the provider agreement and recent service reports. Typical nonconformity: a managed network contract with no security requirements.',
  ),
  control(
    'A.8.22',
    'Segregation of networks',
    'Check that networks are split by trust and function: office IT, manufacturing OT zones, laboratory instrument networks, guest Wi-Fi, DMZ. Review the diagrams and the firewall rules between zones, and if possible test reachability from the office or guest network. Typical nonconformity: a flat network where lab instruments are reachable from office and guest networks.',
  ),
  control(
    'A.8.23',
    'Web filtering',
    'Check that web filtering blocks malicious and prohibited categories, covers users off the corporate network, and that exceptions are approved and reviewed. Review the filter policy and a sample of block logs. Typical nonconformity: filtering that stops working when laptops leave the office network.',
  ),
  control(
    'A.8.24',
    'Use of cryptography',
    'Check the cryptography rules (approved algorithms and key lengths, encryption at rest and in transit) and the key lifecycle: generation, storage, rotation, revocation, backup. Sample TLS configurations and key management records, and check that certificate expiry is monitored. Typical nonconformity: expired certificates in production, or keys stored next to the data they protect.',
  ),
  control(
    'A.8.25',
    'Secure development life cycle',
    'Check that the development life cycle builds security into requirements, design, coding, testing and deployment, for in-house software and for configured or customised products (GAMP 5 categories 4 and 5). Sample one release and look for the security records each phase should produce. Typical nonconformity: security steps defined in the SDLC but no evidence for actual releases.',
  ),
  control(
    'A.8.26',
    'Application security requirements',
    'Check that security requirements (authentication, authorisation, audit trail, electronic signatures, data protection) are identified and approved when applications are built or bought. Sample the URS or requirements of a recent application and trace them to tests. Typical nonconformity: a GxP application whose URS has no audit-trail or access-control requirements.',
  ),
  control(
    'A.8.27',
    'Secure system architecture and engineering principles',
    'Check that security architecture principles (defence in depth, least privilege, zero trust, secure by default) are written down and applied. Review a recent solution design and its architecture review record against them. Typical nonconformity: principles published but designs never reviewed against them.',
  ),
  control(
    'A.8.28',
    'Secure coding',
    'Check for secure coding standards, developer training, peer code review, static analysis, dependency and secret scanning. Sample merged pull requests for review evidence and scan results, and ask how high findings block a merge. Typical nonconformity: static-analysis findings ignored, or code merged without review.',
  ),
  control(
    'A.8.29',
    'Security testing in development and acceptance',
    'Check that security testing (dynamic scans, penetration tests, security test cases in validation) is planned before release with acceptance criteria. Sample test reports and confirm high findings were fixed or formally accepted before go-live. Typical nonconformity: go-live with open high-severity penetration-test findings and no risk acceptance.',
  ),
  control(
    'A.8.30',
    'Outsourced development',
    "Check that contracts for outsourced development set security requirements (secure coding, testing, IP ownership, code escrow or access, right to audit) and that delivered code is reviewed and tested before acceptance. Sample one outsourced project and check the vendor's access to company data and systems. Typical nonconformity: vendor developers with access to production data.",
  ),
  control(
    'A.8.31',
    'Separation of development, test and production environments',
    'Check that development, test and production are separated (network, accounts, data) and that promotion to production goes through change control. Check developers have no routine write access to production and that production data used in test is approved and protected. Typical nonconformity: configuration work done directly in a production GxP system.',
  ),
  control(
    'A.8.32',
    'Change management',
    'Sample standard, normal and emergency changes and check request, impact and risk assessment, approval, testing, implementation and post-implementation review; for GxP systems, check the validation impact assessment and QA approval. Compare system logs with change records to find unrecorded changes. Typical nonconformity: changes in the logs with no change record, or emergency changes never approved retrospectively.',
  ),
  control(
    'A.8.33',
    'Test information',
    'Ask where test data comes from, who approved any use of production data, whether it was masked, who can reach it and when it is deleted. Sample a test environment and check whose data it holds and who can see it. Typical nonconformity: full copies of production databases in test with wide access.',
  ),
  control(
    'A.8.34',
    'Protection of information systems during audit testing',
    "Before any technical audit work touches live systems (penetration tests, scans, the auditor's own queries), check the system owner approved the scope and timing in writing, access is read-only where possible and the work is scheduled away from production runs. Review the authorisation records for recent tests. Typical nonconformity: production or manufacturing systems scanned without approval, causing disruption.",
  ),
];
