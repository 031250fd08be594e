import { Grid } from '@atlaskit/primitives';
import { FieldBlock } from '../../../shared/components/FieldBlock';
import { PeopleSelect, PersonSelect } from '../../../shared/components/PeopleSelect';
import { AssignmentFieldMessage } from './AssignmentFieldMessage';
import { LabelledSelect } from '../../../shared/components/LabelledSelect';
import { conflictsOf, type MemberRole } from './planDraft';
import { planPeople } from './planPeople';
import { pickerOf, type PlanSection } from './planSection';

/** A team member's place (ISO 19011): technical experts and trainees record no finding alone. */
const memberRoles: ReadonlyArray<{ value: MemberRole; label: string }> = [
  { value: 'auditor', label: 'Auditor' },
  { value: 'technicalExpert', label: 'Technical expert' },
  { value: 'trainee', label: 'Trainee/observer' },
];

/** Who audits (lead and team, with the independence conflicts foreseen) and who is audited. */
export function PlanPeopleFields({ section }: { section: PlanSection }) {
  const { lookups, draft, update, message, fieldId } = section;
  // The people on offer in the programme's own order, never an account id typed in.
  const picker = (name: string, field: keyof typeof draft) => ({
    ...pickerOf(section, name, field),
    allowAccountIds: false,
    keepOrder: true,
    testId: fieldId(name),
  });
  const auditors = planPeople(lookups.people);
  const everyone = planPeople(lookups.people, false);
  const leadConflicts = conflictsOf(draft.leadAuditorId, draft.areaIds, lookups.areas);
  const teamConflicts = draft.teamIds.flatMap((id) =>
    conflictsOf(id, draft.areaIds, lookups.areas).map((conflict) => ({ ...conflict, name: lookups.personName(id) })),
  );

  return (
    <Grid templateColumns="repeat(auto-fit, minmax(18rem, 1fr))" gap="space.200">
      <FieldBlock htmlFor={fieldId('lead')} label="Lead auditor" testId={fieldId('lead-field')}>
        <PersonSelect
          {...picker('lead', 'leadAuditorId')}
          people={auditors}
          value={draft.leadAuditorId}
          onChange={(leadAuditorId) => update({ leadAuditorId })}
          placeholder="Choose the lead auditor"
        />
        <AssignmentFieldMessage
          error={message('leadAuditorId')}
          foreseen={leadConflicts}
          personName={draft.leadAuditorId ? lookups.personName(draft.leadAuditorId) : undefined}
          helper="Competent (valid certificate, domains covering the scope) and independent of the areas."
          testId={fieldId('lead')}
        />
      </FieldBlock>
      <FieldBlock htmlFor={fieldId('team')} label="Audit team" testId={fieldId('team-field')}>
        <PeopleSelect
          {...picker('team', 'teamIds')}
          people={auditors}
          value={draft.teamIds}
          onChange={(teamIds) => update({ teamIds })}
        />
        <AssignmentFieldMessage
          error={message('teamIds')}
          foreseen={teamConflicts}
          personName={teamConflicts[0]?.name}
          testId={fieldId('team')}
        />
        {draft.teamIds.map((accountId) => (
          <LabelledSelect
            key={accountId}
            id={fieldId(`role-${accountId}`)}
            label={`Role of ${lookups.personName(accountId)}`}
            options={memberRoles}
            value={draft.teamRoles?.[accountId] ?? 'auditor'}
            onChange={(role) => update({ teamRoles: { ...draft.teamRoles, [accountId]: role } })}
          />
        ))}
      </FieldBlock>
      <FieldBlock
        htmlFor={fieldId('auditees')}
        label="Auditees"
        helper="Who is interviewed and shows the records."
        error={message('auditeeIds')}
      >
        <PeopleSelect
          {...picker('auditees', 'auditeeIds')}
          people={everyone}
          value={draft.auditeeIds}
          onChange={(auditeeIds) => update({ auditeeIds })}
        />
      </FieldBlock>
    </Grid>
  );
}
