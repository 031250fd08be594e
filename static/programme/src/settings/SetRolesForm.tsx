import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { ErrorMessage, Fieldset } from '@atlaskit/form';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type FormEvent, useState } from 'react';
import type { AppRole, RoleAssignment } from '../../../../src/contract';
import { callResolver } from '../../../shared/invokeClient';
import { roleOrder, roleTitles } from '../constants';
import { fieldMessage } from '../../../shared/fieldMessage';
import { SaveOutcome } from '../components/SaveOutcome';
import { TextInputField } from '../../../shared/forms/TextInputField';
import { useSave } from '../../../shared/forms/useSave';

/** What the form says after a save went through, or after the list was read again. */
type Shown = { kind: 'saved'; value: RoleAssignment } | { kind: 'reloaded' };

interface SetRolesFormProps {
  /** The accounts as listed: their versions are what a save must expect. */
  assignments: readonly RoleAssignment[];
  /** The account to start from (chosen in the table), or none for a new one. */
  initial: RoleAssignment | null;
  onSaved: (assignment: RoleAssignment) => void;
  /** Reads the list again (after a conflict); resolves to whether that worked. */
  onReload: () => Promise<boolean>;
}

const paths = ['accountId', 'roles', 'reason'];

/** The roles an account now holds, in the app's order, as the success message says them. */
const rolesHeld = (roles: readonly AppRole[]): string =>
  roles.length === 0
    ? 'no app role'
    : roleOrder
        .filter((role) => roles.includes(role))
        .map((role) => roleTitles[role])
        .join(', ');

/** Grants or replaces one account's app roles (programme managers only). */
export function SetRolesForm({ assignments, initial, onSaved, onReload }: SetRolesFormProps) {
  const [accountId, setAccountId] = useState(initial?.accountId ?? '');
  const [roles, setRoles] = useState<AppRole[]>(() => [...(initial?.roles ?? [])]);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const [reloading, setReloading] = useState(false);
  const { saving, error, run, setError } = useSave();

  const listed = assignments.find((assignment) => assignment.accountId === accountId.trim());
  const expectedVersion = listed?.version ?? 0;
  const rolesError = fieldMessage(error, 'roles');
  const outcome = error ? { kind: 'failed' as const, error } : shown;

  const toggleRole = (role: AppRole) =>
    setRoles((previous) =>
      previous.includes(role)
        ? previous.filter((held) => held !== role)
        : roleOrder.filter((r) => r === role || previous.includes(r)),
    );

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmedReason = reason.trim();
    const input = { accountId: accountId.trim(), roles, expectedVersion };
    void run(() => callResolver('setUserRoles', trimmedReason ? { ...input, reason: trimmedReason } : input), {
      onSaved: (value) => {
        // Start the next account from a blank form, so no ticked role carries over by accident.
        setShown({ kind: 'saved', value });
        setAccountId('');
        setRoles([]);
        setReason('');
        onSaved(value);
      },
      onFailed: () => setShown(null),
    });
  };

  const reload = async () => {
    setReloading(true);
    const reloaded = await onReload();
    setReloading(false);
    if (reloaded) {
      setError(null);
      setShown({ kind: 'reloaded' });
    }
  };

  return (
    <form onSubmit={save} noValidate data-testid="roles-form" style={{ maxWidth: '48rem' }}>
      <Stack space="space.200">
        <TextInputField
          id="roles-account"
          label="Atlassian account id"
          helper={
            listed
              ? `${listed.displayName} holds version ${listed.version}; saving replaces these roles.`
              : 'An account with no app role yet: saving grants the roles ticked below.'
          }
          path="accountId"
          error={error}
          value={accountId}
          onChange={setAccountId}
          name="accountId"
        />
        <Box>
          <Fieldset legend="App roles">
            <Inline space="space.200" shouldWrap>
              {roleOrder.map((role) => (
                <Checkbox
                  key={role}
                  name="roles"
                  value={role}
                  label={roleTitles[role]}
                  isChecked={roles.includes(role)}
                  isInvalid={Boolean(rolesError)}
                  onChange={() => toggleRole(role)}
                  testId={`roles-role-${role}`}
                />
              ))}
            </Inline>
          </Fieldset>
          {rolesError ? (
            <ErrorMessage testId="roles-roles-error">{rolesError}</ErrorMessage>
          ) : (
            <Text size="small" color="color.text.subtlest">
              Untick every role to take the account&apos;s access away.
            </Text>
          )}
        </Box>
        <TextInputField
          id="roles-reason"
          label="Reason (optional)"
          helper="Recorded in the audit trail with the change."
          path="reason"
          error={error}
          value={reason}
          onChange={setReason}
          name="reason"
        />
        <SaveOutcome
          outcome={outcome}
          testId="roles-message"
          subject="The roles"
          fieldPaths={paths}
          onReload={() => void reload()}
          isReloading={reloading}
          reloadTestId="roles-reload"
        >
          {(done) =>
            done.kind === 'saved' ? (
              <SectionMessage appearance="success" title="Roles saved">
                <Text as="p">
                  {done.value.displayName} now holds {rolesHeld(done.value.roles)} (version {done.value.version}).
                </Text>
              </SectionMessage>
            ) : (
              <SectionMessage appearance="information" title="Showing the latest roles">
                <Text as="p">The list now shows what was saved meanwhile. Check the account, then save again.</Text>
              </SectionMessage>
            )
          }
        </SaveOutcome>
        <Inline>
          <Button type="submit" appearance="primary" isLoading={saving} testId="roles-save">
            Save roles
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
