import { Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { ProgrammeView } from '../../../../src/contract';
import type { SignsOnPage } from '../../../shared/signing/signsOnPage';
import { QueryStatus } from '../../../shared/components/QueryStatus';
import type { ResolverQuery } from '../../../shared/useResolverQuery';
import { CoveragePanel } from './CoveragePanel';
import { CycleSelector } from './CycleSelector';
import { ProgrammePanel } from './ProgrammePanel';
import { SchedulePanel } from './SchedulePanel';
import { ReviewDueNotice } from './ReviewDueNotice';
import { SpaceNotice } from './SpaceNotice';
import { useCycleQuery } from './useCycleQuery';

interface OverviewTabProps extends SignsOnPage {
  /** The programme of the cycle on screen (the page holds it: every tab works on that cycle). */
  programme: ResolverQuery<ProgrammeView>;
  /** The cycle asked for; null = the one containing today. */
  cycleStart: string | null;
  onSelectCycle: (cycleStart: string | null) => void;
  /** Set on a space page: the space it belongs to. */
  spaceKey: string | null;
  /** Moves when another tab changed records the overview is computed from. */
  refreshKey: number;
  /** Something here changed records other tabs show. */
  onChanged: () => void;
}

/** The programme at a glance: the cycle, its programme and approval, its coverage and its schedule. */
export function OverviewTab({
  session,
  programme,
  cycleStart,
  onSelectCycle,
  spaceKey,
  refreshKey,
  onChanged,
  onSigningAttempt,
}: OverviewTabProps) {
  const coverage = useCycleQuery('getCoverage', cycleStart, refreshKey);
  const audits = useCycleQuery('listAudits', cycleStart, refreshKey);
  const [formRound, setFormRound] = useState(0);
  const { state } = programme;
  const isManager = session.roles.includes('programmeManager');

  if (state.status !== 'ok') {
    return (
      <QueryStatus
        query={programme}
        loadingLabel="Loading the programme"
        loadingTestId="programme-loading"
        failureTitle="The audit programme could not be loaded"
        failureTestId="programme-load-error"
      />
    );
  }
  const view = state.value;
  const ismsSpaceMade = (saved: ProgrammeView) => {
    programme.replace(saved);
    // The form shows the programme's space: it starts again from the saved programme.
    setFormRound((round) => round + 1);
  };
  const programmeSaved = (saved: ProgrammeView) => {
    programme.replace(saved);
    // The frequency policy shapes the proposal; the programme's space, the audits' publishing.
    onChanged();
  };
  return (
    <Stack space="space.300" testId="overview">
      <CycleSelector view={view} onSelect={onSelectCycle} />
      {spaceKey ? (
        <SpaceNotice spaceKey={spaceKey} view={view} canChange={isManager} onChanged={ismsSpaceMade} />
      ) : null}
      <ReviewDueNotice />
      <CoveragePanel query={coverage} />
      <SchedulePanel
        session={session}
        cycleStart={view.cycle.start}
        audits={audits}
        // The page moves `refreshKey`, which reads the schedule and the coverage again here too.
        onAdopted={onChanged}
      />
      <ProgrammePanel
        session={session}
        view={view}
        formRound={formRound}
        onSaved={programmeSaved}
        onReload={programme.reload}
        onSigningAttempt={onSigningAttempt}
      />
    </Stack>
  );
}
