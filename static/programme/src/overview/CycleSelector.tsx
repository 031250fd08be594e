import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline } from '@atlaskit/primitives';
import type { ProgrammeView } from '../../../../src/contract';

/** The day before an ISO date (a cycle's end is exclusive: the next cycle's first day). */
export function dayBefore(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

interface CycleSelectorProps {
  view: ProgrammeView;
  /** null: back to the cycle containing today. */
  onSelect: (cycleStart: string | null) => void;
  isBusy?: boolean;
}

/** Which cycle the page shows, with paging to the one before and after. */
export function CycleSelector({ view, onSelect, isBusy = false }: CycleSelectorProps) {
  return (
    <Inline space="space.150" alignBlock="center" spread="space-between" shouldWrap testId="cycle-selector">
      <Inline space="space.100" alignBlock="center">
        <Heading size="medium" as="h2" testId="cycle-title">
          Cycle {view.cycle.start} – {dayBefore(view.cycle.end)}
        </Heading>
        {view.isCurrentCycle ? (
          <Lozenge appearance="information" testId="cycle-current">
            Current
          </Lozenge>
        ) : null}
      </Inline>
      <Inline space="space.100">
        <Button onClick={() => onSelect(view.previousCycleStart)} isDisabled={isBusy} testId="cycle-previous">
          ← Previous cycle
        </Button>
        {view.isCurrentCycle ? null : (
          <Button onClick={() => onSelect(null)} isDisabled={isBusy} testId="cycle-today">
            Current cycle
          </Button>
        )}
        <Button onClick={() => onSelect(view.nextCycleStart)} isDisabled={isBusy} testId="cycle-next">
          Next cycle →
        </Button>
      </Inline>
    </Inline>
  );
}
