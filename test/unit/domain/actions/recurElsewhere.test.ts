import { CorrectiveActionRecord, ExtentStep } from '../../../../src/domain/actions/correctiveAction';
import { fieldProblems, parseWithPlainWords } from '../../../../src/domain/input/inputProblems';

const storedExtent = CorrectiveActionRecord.shape.extent.unwrap();
const recorded = { text: 'The eQMS backups share the gap', by: 'auditee-1', at: '2026-03-02T10:00:00.000Z' };

describe('[ISO10.2b] "Recurs elsewhere": yes, no, or not answered', () => {
  it('reads a stored extent without the answer as not answered, never as "no"', () => {
    expect(storedExtent.parse(recorded).recurElsewhere).toBeNull();
    expect(storedExtent.parse({ ...recorded, recurElsewhere: false }).recurElsewhere).toBe(false);
    expect(storedExtent.parse({ ...recorded, recurElsewhere: true }).recurElsewhere).toBe(true);
  });

  it('refuses a new extent step left unanswered, beside the question, with its other problems', () => {
    const result = parseWithPlainWords(ExtentStep, { text: '' });
    expect(result.success).toBe(false);
    const problems = result.success ? [] : fieldProblems(result.error, ['step']);
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['step.text', expect.any(String)],
      ['step.recurElsewhere', 'Answer whether it could recur elsewhere'],
    ]);
  });
});
