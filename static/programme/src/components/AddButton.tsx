import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

interface AddButtonProps {
  /** Only those who may edit the register see the button. */
  isShown: boolean;
  onClick: () => void;
  testId: string;
  children: ReactNode;
}

/** The button above a register (areas, auditors) that opens its dialog for a new record. */
export function AddButton({ isShown, onClick, testId, children }: AddButtonProps) {
  if (!isShown) return null;
  return (
    <Inline>
      <Button appearance="primary" onClick={onClick} testId={testId}>
        {children}
      </Button>
    </Inline>
  );
}
