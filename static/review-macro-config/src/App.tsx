import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Text } from '@atlaskit/primitives';
import { LoadFailure } from '../../shared/components/LoadFailure';
import { useResolverQuery } from '../../shared/useResolverQuery';
import { useHostContext } from '../../review-macro/src/hostContext';
import { macroKindOfModule } from '../../review-macro/src/macroModules';
import { ConfigForm } from './ConfigForm';

/**
 * The config panel of a review macro (Confluence's "Edit" on the macro). The module key says which
 * macro, `extension.config` is what is saved now, `listMacroChoices` fills the pickers, and the
 * form saves with `view.submit({ config })` once `checkMacroConfig` finds no problem.
 */
export function App() {
  const host = useHostContext();
  const choices = useResolverQuery('listMacroChoices', {});
  if (host.status === 'loading' || choices.state.status === 'loading') {
    return (
      <div data-testid="review-macro-config-loading">
        <Spinner size="small" label="Loading the settings" /> <Text>Loading the settings…</Text>
      </div>
    );
  }
  if (host.status === 'error') {
    return (
      <SectionMessage appearance="error" title="The settings could not open">
        <Text as="p">{host.message}</Text>
      </SectionMessage>
    );
  }
  const kind = macroKindOfModule(host.context.moduleKey);
  if (!kind) {
    return (
      <SectionMessage appearance="error" title="Not a review macro">
        <Text as="p">The module {host.context.moduleKey || '(none)'} is not one of the app&apos;s review macros.</Text>
      </SectionMessage>
    );
  }
  if (choices.state.status === 'error') {
    return (
      <LoadFailure
        title="The choices for the settings could not be read"
        error={choices.state.error}
        onRetry={() => void choices.reload()}
      />
    );
  }
  return <ConfigForm kind={kind} saved={host.context.config} choices={choices.state.value} />;
}
