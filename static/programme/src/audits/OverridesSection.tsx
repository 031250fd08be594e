import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import { Section } from '../../../shared/components/Section';
import { OverrideDialog, type OverrideSubject } from './OverrideDialog';
import { OverridesList } from './OverridesList';
import type { AuditView } from './planDraft';
import type { AuditLookups } from './useAuditLookups';

interface OverridesSectionProps {
  view: AuditView;
  lookups: AuditLookups;
  /** The conflict last refused in the plan form, to start the dialog from. */
  refused: OverrideSubject | null;
  onOverridden: (view: AuditView) => void;
  onSigningAttempt?: () => void;
}

/** The overrides shown on the plan, and for programme managers the way to sign a new one. */
export function OverridesSection({ view, lookups, refused, onOverridden, onSigningAttempt }: OverridesSectionProps) {
  const [open, setOpen] = useState(false);
  return (
    <Section
      title="Impartiality overrides"
      description="Nobody audits an area they own or work in, nor a control or process they own, unless a programme manager signs an exception here."
      testId="audit-overrides-section"
    >
      <Stack space="space.200">
        <OverridesList overrides={view.overrides} />
        {view.can.override ? (
          <Inline>
            <Button onClick={() => setOpen(true)} testId="audit-override-open">
              Override impartiality
            </Button>
          </Inline>
        ) : null}
      </Stack>
      {open ? (
        <OverrideDialog
          view={view}
          lookups={lookups}
          initial={refused ?? undefined}
          onDone={(next) => {
            setOpen(false);
            onOverridden(next);
          }}
          onClose={() => setOpen(false)}
          onAttempt={onSigningAttempt}
        />
      ) : null}
    </Section>
  );
}
