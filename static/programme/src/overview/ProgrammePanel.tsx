import { Stack, Text } from '@atlaskit/primitives';
import type { ProgrammeView, Result } from '../../../../src/contract';
import type { SignsOnPage } from '../../../shared/signing/signsOnPage';
import { Section } from '../../../shared/components/Section';
import { RecordApproval } from '../../../shared/signing/RecordApproval';
import { VersionLine } from '../components/VersionLine';
import { ProgrammeForm } from './ProgrammeForm';
import { ProgrammeSummary } from './ProgrammeSummary';

interface ProgrammePanelProps extends SignsOnPage {
  view: ProgrammeView;
  onSaved: (view: ProgrammeView) => void;
  onReload: () => Promise<Result<ProgrammeView>>;
  /** Moves when the programme was changed outside the form (the form then starts from the saved one). */
  formRound: number;
}

/** The programme of the cycle on screen (9.2.2): its frame, editable by programme managers, and its approval. */
export function ProgrammePanel({ session, view, onSaved, onReload, onSigningAttempt, formRound }: ProgrammePanelProps) {
  const canEdit = session.roles.includes('programmeManager');
  return (
    <Section
      title="Programme of this cycle"
      description={<VersionLine {...view} testId="programme-version" />}
      testId="programme"
    >
      <Stack space="space.300">
        {canEdit ? (
          <ProgrammeForm
            key={`${view.id}-${formRound}`}
            view={view}
            isApproved={view.approvals.length > 0}
            onSaved={onSaved}
            onReload={onReload}
          />
        ) : view.programme ? (
          <ProgrammeSummary programme={view.programme} />
        ) : (
          <Text color="color.text.subtle" testId="programme-none">
            No programme has been written for this cycle yet. A programme manager sets it up here.
          </Text>
        )}
        <RecordApproval
          recordType="auditProgramme"
          recordId={view.id}
          version={view.version}
          recordTitle={`Audit programme ${view.cycle.start}`}
          approvals={view.approvals}
          canApprove={canEdit}
          ownAccountId={session.accountId}
          onSigned={() => void onReload()}
          onSigningAttempt={onSigningAttempt}
          testId="programme-approval"
        />
      </Stack>
    </Section>
  );
}
