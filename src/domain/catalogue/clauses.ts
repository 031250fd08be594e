import type { CatalogueItem } from './catalogueItem';

// ISO/IEC 27001:2022 clauses 4–10 (numbering unchanged by Amendment 1:2024, which only added the
// climate-change consideration to 4.1 and 4.2). Titles are the short titles as commonly cited; where
// the standard's title is just "General", the parent's name is added so a checklist line stands alone.
// All guidance is our own wording.
const clause = (id: string, title: string, guidance: string): CatalogueItem => ({
  id,
  kind: 'clause',
  theme: null,
  title,
  guidance,
});

export const clauses: readonly CatalogueItem[] = [
  // 4 Context of the organization
  clause(
    '4.1',
    'Understanding the organization and its context',
    'Ask how the internal and external issues that affect information security were identified (regulatory inspections, GxP obligations, outsourcing to CMOs and CROs, acquisitions, cloud migration) and when the list was last reviewed. Look for a dated issues register or SWOT/PESTLE record with an owner, and check that the issues feed the risk assessment. Since Amendment 1:2024, look for a recorded decision on whether climate change matters to the ISMS (e.g. flood or heat risk to data centres and cold-chain sites). Typical nonconformity: an issues list written for certification and never revisited after major business change.',
  ),
  clause(
    '4.2',
    'Understanding the needs and expectations of interested parties',
    'Ask for the list of interested parties (health authorities such as FDA, EMA and MHRA, notified bodies, patients, trial sponsors, CMOs, employees) with their security-related requirements, and which of those the ISMS takes on. Check that legal and contractual obligations such as GDPR, 21 CFR Part 11, EU GMP Annex 11 and quality agreements appear and can be traced to controls. Look for periodic review, including whether any party has climate-related expectations. Typical nonconformity: parties listed without their requirements, or requirements never linked to the ISMS.',
  ),
  clause(
    '4.3',
    'Determining the scope of the information security management system',
    'Obtain the documented scope and check it names the sites, business units, systems and the interfaces with activities outside the scope (a group IT shared service, an outsourced QC laboratory). Test it by picking a few GxP systems or sites and asking whether they are in scope and why. Compare the scope with the certificate, the Statement of Applicability and the asset inventory. Typical nonconformity: exclusions without a rationale, or a scope that ignores a new site or cloud platform.',
  ),
  clause(
    '4.4',
    'Information security management system',
    'Ask the ISMS manager to walk you through the ISMS processes and how they connect (risk, document control, incidents, change, audit, corrective action), ideally on a process map with owners, inputs and outputs. Check that where the ISMS overlaps the QMS (deviations and CAPA, change control, supplier qualification) the two are integrated rather than run as parallel paperwork. Look for signs the processes are operated and improved, not only described. Typical nonconformity: processes defined in a manual with no owner or evidence of operation.',
  ),
  // 5 Leadership
  clause(
    '5.1',
    'Leadership and commitment',
    'Interview a member of top management: ask how they set security direction, which resources they approved this year and what they took away from the last management review. Look for tangible evidence of involvement such as budget decisions, the signed policy, attendance in review minutes and messages to staff. Check that security objectives fit business strategy, for example a data integrity or digitalisation programme. Typical nonconformity: security left entirely to IT with no visible management decisions or follow-up.',
  ),
  clause(
    '5.2',
    'Policy',
    "Obtain the information security policy and check who approved it, its version and review date, and that it gives direction for security objectives and states management's commitment to compliance and improvement. Verify how it was communicated (intranet, onboarding, read-and-understood records) and whether relevant external parties such as CMOs can obtain it. Ask a few staff where to find it and what it means for their daily work. Typical nonconformity: a policy past its review date, or approved by someone without the authority to do so.",
  ),
  clause(
    '5.3',
    'Organizational roles, responsibilities and authorities',
    'Review how ISMS roles are assigned: ISMS manager or CISO, risk owners, asset owners, system owners of validated systems, and who reports ISMS performance to top management. Check job descriptions, RACI charts or appointment letters, and interview one role holder to confirm they know their duties and have a deputy. Check that ISMS roles line up with QA and GxP roles such as system owner and process owner. Typical nonconformity: risk owners named in the register who do not know they own the risk.',
  ),
  // 6 Planning
  clause(
    '6.1',
    'Actions to address risks and opportunities',
    'Use this line for the overall planning approach; the detail is tested under 6.1.1 to 6.1.3. Ask how the issues from 4.1 and the requirements from 4.2 were turned into planned actions, and how the organisation checks whether those actions worked. Look for one planning record that links context, risks, opportunities and actions with owners. Typical nonconformity: risk work limited to an asset register with no link to the organisational context.',
  ),
  clause(
    '6.1.1',
    'Risks and opportunities: general',
    'Check that risks and opportunities for the ISMS as a whole have been identified, not only risks to information assets: loss of a key supplier, an inspection finding, staff turnover in the security team, a chance to standardise on one identity platform. Look for planned actions with owners, how they are built into ISMS processes and how their effect is evaluated. Typical nonconformity: no ISMS-level risks or opportunities recorded at all.',
  ),
  clause(
    '6.1.2',
    'Information security risk assessment',
    'Obtain the risk assessment method and check it defines how likelihood and consequence are rated, when a risk is acceptable, and how consistency between assessors is achieved (calibration, reviewer sign-off). Sample several risks and check the owner, the ratings against the scales, and that confidentiality, integrity and availability were all considered; integrity usually dominates for GxP data. Ask when the assessment last ran and what triggers a new one. Typical nonconformity: ratings that do not follow the defined scale, or risks without an owner.',
  ),
  clause(
    '6.1.3',
    'Information security risk treatment',
    'Review the risk treatment plan: for a sample of risks above the acceptance level, check the chosen option, controls, owner, target date and status, and that risk owners approved the plan and accepted the residual risk. Compare the chosen controls with the Statement of Applicability and check that every inclusion and exclusion is justified, the implementation status is current, and the SoA is versioned and approved. Typical nonconformity: the SoA shows controls as implemented that the audit finds missing, or residual risk accepted without the owner signing.',
  ),
  clause(
    '6.2',
    'Information security objectives and planning to achieve them',
    'Obtain the security objectives and check each has a measure or a way to judge it, an owner, resources, a deadline and a method to evaluate results. Typical examples in a regulated firm: patch compliance on GxP servers, phishing-simulation click rate, supplier security assessments completed, data integrity training completion. Check progress is monitored and reported and that missed objectives lead to action. Typical nonconformity: objectives that are aspirations with no measure or tracking.',
  ),
  clause(
    '6.3',
    'Planning of changes',
    'Ask how changes to the ISMS itself are planned: scope changes, reorganisations, new sites, mergers, major outsourcing or replacing a core security tool. Sample one recent significant change and look for a record showing its impact on the ISMS was assessed, responsibilities assigned, and documents, risk assessment and SoA updated. Typical nonconformity: a reorganisation or a new CMO relationship with no sign that ISMS effects were considered.',
  ),
  // 7 Support
  clause(
    '7.1',
    'Resources',
    'Ask how resource needs for the ISMS (people, budget, tools, external support) are identified and approved, e.g. in the annual budget or as management review outputs. Check whether backlogs show a capacity problem: the vulnerability queue, overdue access reviews, ageing corrective actions. Typical nonconformity: actions repeatedly overdue for lack of resources with no escalation to management.',
  ),
  clause(
    '7.2',
    'Competence',
    'Check that competence requirements are defined for ISMS roles (security staff, system administrators, internal auditors, owners of validated systems) and that records show how each person meets them: training, certificates with expiry dates, experience, qualification matrix. Sample several people against their requirement, and check what was done about gaps and whether it worked. For internal auditors, confirm ISO 27001 and audit-technique training. Typical nonconformity: expired certificates, or a training matrix not updated for new starters.',
  ),
  clause(
    '7.3',
    'Awareness',
    'Interview staff from different functions (laboratory, manufacturing, QA, office) and ask what the security policy means for them, how they would report an incident and what happens if rules are broken. Compare their answers with the awareness material and completion records, and look for topic-specific awareness such as data integrity and phishing. Typical nonconformity: training recorded as complete but staff cannot explain how to report a suspected incident.',
  ),
  clause(
    '7.4',
    'Communication',
    'Ask for the communication plan or matrix: what is communicated about information security, to whom (staff, regulators, suppliers, customers), when, by whom and by which channel. Check that planned communications happened (newsletters, town halls, supplier notices) and that routes exist for telling health authorities, sponsors or data protection authorities about incidents affecting GxP or personal data. Typical nonconformity: nobody is designated to communicate externally during an incident.',
  ),
  clause(
    '7.5',
    'Documented information',
    'Use this line for the documentation system as a whole; the detail is tested under 7.5.1 to 7.5.3. Check that the ISMS documents and records form a coherent, controlled set (policies, procedures, SoA, risk records, evidence records) and that in a GxP company they follow the same document control discipline as QMS SOPs. Typical nonconformity: ISMS documents kept outside the controlled document system with no version history.',
  ),
  clause(
    '7.5.1',
    'Documented information: general',
    'Check that the documents and records the standard calls for exist and are current: scope, policy, risk method and results, SoA, objectives, competence evidence, monitoring results, audit programme and results, management review results, nonconformities and corrective actions. Ask which additional documents the organisation decided it needs and check those too. Typical nonconformity: a required record missing, such as evidence that the audit programme was carried out.',
  ),
  clause(
    '7.5.2',
    'Creating and updating',
    "Sample documents and check they carry identification (title, number, version, date, author), a suitable format, and recorded review and approval before release. Where approval happens in an electronic system, check that signatures meet the company's Part 11 / Annex 11 expectations. Typical nonconformity: documents in use with no version or approval evidence, or drafts circulated as if effective.",
  ),
  clause(
    '7.5.3',
    'Control of documented information',
    'Pick a document at its point of use and compare it with the master: is it the current version, are obsolete copies withdrawn, and are access and changes controlled? Check how documents of external origin (regulations, supplier manuals) are controlled, and that records are retained and protected from loss or tampering for a defined period aligned with GxP retention where the two overlap. Typical nonconformity: uncontrolled copies on shared drives, or no defined retention period.',
  ),
  // 8 Operation
  clause(
    '8.1',
    'Operational planning and control',
    'Ask how the processes that deliver the security requirements and the risk treatment plan are planned, with what criteria, and how the organisation knows they ran as intended (schedules, KPIs, logs). Trace one planned change through its route and one emergency change to see its consequences were reviewed. Check how outsourced processes and services that matter to the ISMS (cloud services, IT outsourcers, CMOs) are controlled. Typical nonconformity: an outsourced IT service with no defined controls or monitoring.',
  ),
  clause(
    '8.2',
    'Information security risk assessment',
    'Check that risk assessments are actually run at the planned interval and when something significant changes (a new system, site or CMO, a major incident), using the 6.1.2 method. Ask for the list of assessments in the period and sample one triggered by a change; confirm the results are retained. Typical nonconformity: no reassessment after introducing a major system such as a cloud-hosted LIMS.',
  ),
  clause(
    '8.3',
    'Information security risk treatment',
    'Trace a sample of treatment actions from the plan to proof of implementation: a configuration change, a new procedure, a purchased tool, delivered training. Check that status is kept current and that residual risk was re-evaluated and accepted once treatment was done, with the results retained. Typical nonconformity: treatment actions overdue for months with no revised date or escalation.',
  ),
  // 9 Performance evaluation
  clause(
    '9.1',
    'Monitoring, measurement, analysis and evaluation',
    'Ask what is monitored and measured to judge control effectiveness and ISMS performance, by which method, how often, and who analyses and evaluates the results. Sample metrics such as patch compliance, incident trends, access review completion or backup success rate, and check the data source is reliable and the results lead to decisions. Typical nonconformity: dashboards that nobody reviews, or negative trends with no response.',
  ),
  clause(
    '9.2',
    'Internal audit',
    'Use this line for the internal audit process end to end (programme, plans, reports, follow-up); the detail is tested under 9.2.1 and 9.2.2. Check that every clause and every SoA-applicable control is audited within the cycle and that no auditor audited their own work. Typical nonconformity: audit findings never followed up because no process owner was assigned.',
  ),
  clause(
    '9.2.1',
    'Internal audit: general',
    "Check that audits took place when planned and tested both conformity (with ISO 27001 and with the organisation's own policies and SOPs) and whether controls are effectively implemented. Sample an audit report for scope, criteria, evidence, findings and conclusion, and confirm the audit went beyond document review into records, interviews, observation and technical checks. Typical nonconformity: audits that only confirm documents exist, not that controls operate.",
  ),
  clause(
    '9.2.2',
    'Internal audit programme',
    'Review the programme: how often each area is audited, by what methods, who is responsible and how audits are planned and reported; ask how risk, process importance and previous results shaped it. For sampled audits, check the defined scope and criteria, auditor impartiality (nobody audits their own area) and reporting to the relevant managers. Check coverage of all clauses and applicable controls within the cycle and that postponed audits are rescheduled with a reason. Typical nonconformity: an area with major findings last cycle that was not re-audited sooner.',
  ),
  clause(
    '9.3',
    'Management review',
    'Use this line for the review process as a whole; the detail is tested under 9.3.1 to 9.3.3. Confirm the reviews happen when planned and are attended by people who can decide. If the ISMS review is combined with the QMS management review, check that every ISMS-specific input is still covered. Typical nonconformity: a combined review whose agenda drops the ISMS items.',
  ),
  clause(
    '9.3.1',
    'Management review: general',
    'Obtain the planned frequency and the minutes of recent reviews and check they happened as planned, with top management present. Look for an explicit conclusion on whether the ISMS still fits the business, is sufficient and works. Typical nonconformity: the review postponed repeatedly without approval, or minutes that reach no conclusion.',
  ),
  clause(
    '9.3.2',
    'Management review inputs',
    "Compare the review pack with the expected input topics: follow-up of earlier actions; what changed in the context and in interested parties' needs; trends in NCs and CAPAs, metrics, audit results and objectives; feedback from interested parties; the current risk picture and treatment progress; improvement ideas. Look for real data and trends rather than headings. Typical nonconformity: an input such as interested-party feedback missing or presented without data.",
  ),
  clause(
    '9.3.3',
    'Management review results',
    'Check the minutes show what management decided (improvements to pursue, changes to scope, resources, policy or objectives), each with an owner and due date, and sample two or three to confirm they were completed. Confirm the minutes are kept as controlled, approved records. Typical nonconformity: minutes that record discussion but no decisions or actions.',
  ),
  // 10 Improvement
  clause(
    '10.1',
    'Continual improvement',
    'Ask for examples of improvements to the ISMS in the last cycle that came from audits, incidents, metrics, management review or staff suggestions, and for evidence they were implemented. Check that improvement opportunities (including observations and OFIs from audits) are tracked to a decision. Typical nonconformity: no improvement at all beyond fixing nonconformities.',
  ),
  clause(
    '10.2',
    'Nonconformity and corrective action',
    'Sample nonconformities from audits, incidents and monitoring and check each step: immediate correction, root-cause analysis, a check whether the same problem exists elsewhere, actions with owners and dates, effectiveness verification by someone independent, and closure. Where the ISMS uses the QMS CAPA system, check ISMS items follow it fully. Typical nonconformity: CAPAs closed on implementation without an effectiveness check, or "human error" as the root cause with no further analysis.',
  ),
];
