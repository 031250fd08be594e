import { useResolverQuery } from '../useResolverQuery';
import { LoadFailure } from './LoadFailure';
import { Loading } from './Loading';
import { Section } from './Section';
import { SettingsForm } from './SettingsForm';
import { SettingsView } from './SettingsView';
import { VersionLine } from './VersionLine';

/** The programme settings: a form for programme managers, a read-only list for everyone else. */
export function SettingsPanel({ canEdit }: { canEdit: boolean }) {
  const query = useResolverQuery('getProgrammeSettings', {});
  const { state } = query;
  return (
    <Section
      title="Programme settings"
      description={state.status === 'ok' ? <VersionLine {...state.value} testId="settings-version" /> : undefined}
      testId="settings"
    >
      {state.status === 'loading' ? <Loading label="Loading the programme settings" testId="settings-loading" /> : null}
      {state.status === 'error' ? (
        <LoadFailure
          title="The programme settings could not be loaded"
          error={state.error}
          onRetry={() => void query.reload()}
          testId="settings-load-error"
        />
      ) : null}
      {state.status === 'ok' ? (
        canEdit ? (
          <SettingsForm versioned={state.value} onSaved={query.replace} onReload={query.reload} />
        ) : (
          <SettingsView settings={state.value.settings} />
        )
      ) : null}
    </Section>
  );
}
