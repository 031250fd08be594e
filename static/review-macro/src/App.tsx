import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Box, Inline, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { MacroKind } from '../../../src/contract/review';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { useResolverQuery } from '../../shared/useResolverQuery';
import { useHostContext } from './hostContext';
import { macroKindOfModule } from './macroModules';
import { MacroContent } from './MacroContent';
import { UnavailableMessage } from './views/UnavailableMessage';

const frameStyles = xcss({ paddingBlock: 'space.100', paddingInline: 'space.050' });

/**
 * A review macro on a Confluence page. One surface renders all thirteen: the module key in the
 * frame's context says which, `extension.config` is its saved config, and `getMacroData` answers
 * its figures or why it cannot show them (never a blank box).
 */
export function App() {
  const host = useHostContext();
  if (host.status === 'loading') return <Waiting />;
  if (host.status === 'error') {
    return (
      <SectionMessage appearance="error" title="This macro could not start" testId="review-macro-error">
        <Text as="p">{host.message}</Text>
      </SectionMessage>
    );
  }
  const kind = macroKindOfModule(host.context.moduleKey);
  if (!kind) {
    return (
      <SectionMessage appearance="error" title="Not a review macro" testId="review-macro-error">
        <Text as="p">The module {host.context.moduleKey || '(none)'} is not one of the app&apos;s review macros.</Text>
      </SectionMessage>
    );
  }
  return <MacroFigures kind={kind} config={host.context.config} />;
}

function Waiting() {
  return (
    <Box xcss={frameStyles} testId="review-macro-loading">
      <Inline space="space.100" alignBlock="center">
        <Spinner size="small" label="Loading the figures" />
        <Text color="color.text.subtle">Loading the figures…</Text>
      </Inline>
    </Box>
  );
}

function MacroFigures({ kind, config }: { kind: MacroKind; config: Record<string, unknown> }) {
  const { state, reload } = useResolverQuery('getMacroData', { macro: kind, config });
  const status = state.status === 'ok' ? state.value.status : state.status;
  return (
    <div
      data-testid="review-macro"
      data-macro={kind}
      data-state={status}
      style={{ padding: `${token('space.100')} ${token('space.050')}` }}
    >
      {state.status === 'loading' ? <Waiting /> : null}
      {state.status === 'error' ? (
        <LoadFailure title="The figures could not be read" error={state.error} onRetry={() => void reload()} />
      ) : null}
      {state.status === 'ok' && state.value.status === 'unavailable' ? <UnavailableMessage data={state.value} /> : null}
      {state.status === 'ok' && state.value.status === 'ready' ? (
        <MacroContent view={state.value.view} computedAt={state.value.computedAt} />
      ) : null}
    </div>
  );
}
