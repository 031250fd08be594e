import Button from '@atlaskit/button/new';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ProgrammeView } from '../../../../src/contract';
import { useSave } from '../../../shared/forms/useSave';
import { callResolver } from '../../../shared/invokeClient';
import { draftFrom, saveInput } from './programmeDraft';

interface SpaceNoticeProps {
  spaceKey: string;
  view: ProgrammeView;
  canChange: boolean;
  onChanged: (view: ProgrammeView) => void;
}

/**
 * On a space page, when this space is not the programme's ISMS space: says so, and lets a
 * programme manager make it the one audit plans and reports are published in.
 */
export function SpaceNotice({ spaceKey, view, canChange, onChanged }: SpaceNoticeProps) {
  const save = useSave();
  const current = view.programme?.ismsSpaceKey ?? null;
  if (current === spaceKey) return null;

  const makeIsmsSpace = () => {
    const draft = { ...draftFrom(view.programme), ismsSpaceKey: spaceKey, reason: `${spaceKey} made the ISMS space` };
    return save.run(() => callResolver('saveAuditProgramme', saveInput(draft, view.cycle.start, view.version)), {
      onSaved: onChanged,
    });
  };

  return (
    <SectionMessage appearance="warning" title={`${spaceKey} is not this programme's ISMS space`} testId="space-notice">
      <Stack space="space.100" alignInline="start">
        <Text as="p">
          {current
            ? `The programme of this cycle publishes its audit plans and reports in the space ${current}. This page shows the same programme.`
            : 'The programme of this cycle has no ISMS space yet, so its audit plans and reports cannot be published.'}
        </Text>
        {canChange ? (
          <Button
            appearance="primary"
            onClick={() => void makeIsmsSpace()}
            isLoading={save.saving}
            testId="space-make-isms"
          >
            Make {spaceKey} the ISMS space
          </Button>
        ) : (
          <Text as="p" color="color.text.subtle">
            A programme manager can make this space the ISMS space.
          </Text>
        )}
        {save.error ? (
          <Text as="p" color="color.text.danger" testId="space-notice-error">
            {save.error.message}
          </Text>
        ) : null}
      </Stack>
    </SectionMessage>
  );
}
