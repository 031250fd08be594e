import Lozenge from '@atlaskit/lozenge';

type RiskLevel = 'low' | 'medium' | 'high';

const appearances = { low: 'success', medium: 'warning', high: 'danger' } as const satisfies Record<RiskLevel, string>;
const titles = { low: 'Low risk', medium: 'Medium risk', high: 'High risk' } as const satisfies Record<
  RiskLevel,
  string
>;

/** An area's risk level (likelihood × impact against the programme's thresholds). */
export function RiskLozenge({ level, score, testId }: { level: RiskLevel; score?: number; testId?: string }) {
  return (
    <Lozenge appearance={appearances[level]} testId={testId}>
      {titles[level]}
      {score === undefined ? '' : ` · ${score}`}
    </Lozenge>
  );
}
