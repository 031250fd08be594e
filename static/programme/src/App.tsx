import { SurfacePage } from '../../shared/components/SurfacePage';
import { useHostPlace } from '../../shared/useHostPlace';
import { useResolverQuery } from '../../shared/useResolverQuery';
import { SessionPanel } from './components/SessionPanel';
import { ProgrammeWorkspace } from './tabs/ProgrammeWorkspace';

/**
 * The audit programme (Confluence global page, and the space page of an ISMS space): who you are,
 * then the programme's tabs — overview, audits, SoA, areas, auditors, settings and people.
 */
export function App() {
  const session = useResolverQuery('getSession', {});
  const host = useHostPlace();
  const { state } = session;
  const spaceKey = host.status === 'ok' ? host.place.spaceKey : null;
  return (
    <SurfacePage
      testId="programme-page"
      title={spaceKey ? `Audit programme · space ${spaceKey}` : 'ISO 27001 audit programme'}
      titleTestId="page-title"
      summary={
        spaceKey
          ? `Internal audits (clause 9.2) as seen from the Confluence space ${spaceKey}.`
          : 'Internal audits (clause 9.2): the programme, its coverage and schedule, its people and records.'
      }
      session={session}
    >
      {state.status === 'ok' && host.status === 'ok' ? (
        <>
          <SessionPanel session={state.value} />
          {state.value.roles.length > 0 ? (
            <ProgrammeWorkspace
              key={`${state.value.accountId}-${state.value.roles.join(',')}`}
              session={state.value}
              spaceKey={spaceKey}
              onOwnRolesChanged={() => void session.reload()}
            />
          ) : null}
        </>
      ) : null}
    </SurfacePage>
  );
}
