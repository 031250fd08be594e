import { WordLozenge } from '../../../shared/components/WordLozenge';
import { type FindingGrade, findingGradeWords } from '../../../shared/words/findingGrades';

export function FindingGradeLozenge({ grade, testId }: { grade: FindingGrade; testId?: string }) {
  return <WordLozenge word={findingGradeWords[grade]} testId={testId} />;
}
