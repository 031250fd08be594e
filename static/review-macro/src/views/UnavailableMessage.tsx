import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { MacroData } from '../../../../src/contract/review';
import { macroSurfaces } from '../macroModules';

type Unavailable = Extract<MacroData, { status: 'unavailable' }>;

/** Why a macro shows no figures and what to do about it, with each config problem by its field. */
export function UnavailableMessage({ data }: { data: Unavailable }) {
  return (
    <SectionMessage
      appearance="warning"
      title={`${macroSurfaces[data.macro].title}: ${data.reason}`}
      testId="macro-unavailable"
    >
      <Stack space="space.100">
        <Text as="p">{data.fix}</Text>
        {data.problems.length > 0 ? (
          <ul data-testid="macro-unavailable-problems">
            {data.problems.map((problem) => (
              <li key={`${problem.field}-${problem.message}`}>
                <Text weight="semibold">{problem.field}</Text>: {problem.message}
              </li>
            ))}
          </ul>
        ) : null}
      </Stack>
    </SectionMessage>
  );
}
