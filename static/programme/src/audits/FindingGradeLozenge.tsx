import Lozenge from '@atlaskit/lozenge';
import { type FindingGrade, findingGradeTitles } from './auditWords';

const appearances = {
  majorNC: 'danger',
  minorNC: 'warning',
  observation: 'information',
  opportunity: 'discovery',
} as const satisfies Record<FindingGrade, string>;

export function FindingGradeLozenge({ grade, testId }: { grade: FindingGrade; testId?: string }) {
  return (
    <Lozenge appearance={appearances[grade]} testId={testId}>
      {findingGradeTitles[grade]}
    </Lozenge>
  );
}
