import type { AppRole, VersionedSettings } from '../../../../src/contract';
import { Section } from '../../../shared/components/Section';
import { useResolverQuery } from '../../../shared/useResolverQuery';
import { currentApproval, settingsRecord } from './settingsApproval';
import { ApprovalBlock } from './ApprovalBlock';
import { SettingsForm } from './SettingsForm';
import { SettingsView } from './SettingsView';
import { VersionLine } from '../components/VersionLine';
import { QueryStatus } from '../../../shared/components/QueryStatus';

interface SettingsPanelProps {
  roles: readonly AppRole[];
  ownAccountId: string;
  /** A signing attempt was answered (signed or not): the caller's signing status may have changed. */
  onSigningAttempt: () => void;
}

/**
 * The programme settings: a form for programme managers, a read-only list for everyone else, and
 * below either the approval block with the version's signatures.
 */
export function SettingsPanel({ roles, ownAccountId, onSigningAttempt }: SettingsPanelProps) {
  const query = useResolverQuery('getProgrammeSettings', {});
  const signatures = useResolverQuery('listSignatures', settingsRecord);
  const { state } = query;
  const canEdit = roles.includes('programmeManager');
  const version = state.status === 'ok' ? state.value.version : 0;
  const approval =
    signatures.state.status === 'ok' ? currentApproval(signatures.state.value.signatures, version) : null;

  const saved = (value: VersionedSettings) => {
    query.replace(value);
    // A new version supersedes the signatures of the old one.
    void signatures.reload();
  };

  const reloadAll = async () => {
    const result = await query.reload();
    void signatures.reload();
    return result;
  };

  return (
    <Section
      title="Programme settings"
      description={state.status === 'ok' ? <VersionLine {...state.value} testId="settings-version" /> : undefined}
      testId="settings"
    >
      <QueryStatus query={query} what="the programme settings" testId="settings" />
      {state.status === 'ok' ? (
        <>
          {canEdit ? (
            <SettingsForm versioned={state.value} isApproved={approval !== null} onSaved={saved} onReload={reloadAll} />
          ) : (
            <SettingsView settings={state.value.settings} />
          )}
          <ApprovalBlock
            version={version}
            signatures={signatures.state}
            approval={approval}
            canApprove={canEdit}
            canReview={canEdit || roles.includes('leadAuditor')}
            ownAccountId={ownAccountId}
            onRetry={() => void signatures.reload()}
            onSigned={() => void signatures.reload()}
            onSigningAttempt={onSigningAttempt}
          />
        </>
      ) : null}
    </Section>
  );
}
