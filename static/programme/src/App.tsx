import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { SessionStatus } from '../../shared/components/SessionStatus';
import { useHostPlace } from '../../shared/useHostPlace';
import { useResolverQuery } from '../../shared/useResolverQuery';
import { SessionPanel } from './components/SessionPanel';
import { ProgrammeWorkspace } from './tabs/ProgrammeWorkspace';

const pageStyles = xcss({
  maxWidth: '1280px',
  marginInline: 'auto',
  paddingBlock: 'space.400',
  paddingInline: 'space.300',
});

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
    <Box xcss={pageStyles} testId="programme-page">
      <Stack space="space.300">
        <Stack space="space.050">
          <Heading size="xlarge" testId="page-title">
            {spaceKey ? `Audit programme · space ${spaceKey}` : 'ISO 27001 audit programme'}
          </Heading>
          <Text color="color.text.subtle">
            {spaceKey
              ? `Internal audits (clause 9.2) as seen from the Confluence space ${spaceKey}.`
              : 'Internal audits (clause 9.2): the programme, its coverage and schedule, its people and records.'}
          </Text>
        </Stack>
        <SessionStatus session={session} />
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
      </Stack>
    </Box>
  );
}
