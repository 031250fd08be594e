import Lozenge, { type SemanticColor } from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import type { AppRole } from '../../../../src/contract';
import { roleOrder, roleTitles } from '../constants';

const appearance: Record<AppRole, SemanticColor> = {
  programmeManager: 'discovery',
  leadAuditor: 'information',
  auditor: 'success',
  auditee: 'warning',
  topManagement: 'information',
  viewer: 'neutral',
};

/** An account's app roles as lozenges, in a fixed order. */
export function RoleLozenges({ roles, testId }: { roles: readonly AppRole[]; testId?: string }) {
  const ordered = roleOrder.filter((role) => roles.includes(role));
  return (
    <Inline space="space.050" shouldWrap testId={testId}>
      {ordered.length === 0 ? (
        <Text color="color.text.subtlest">No app role</Text>
      ) : (
        ordered.map((role) => (
          <Lozenge key={role} appearance={appearance[role]}>
            {roleTitles[role]}
          </Lozenge>
        ))
      )}
    </Inline>
  );
}
