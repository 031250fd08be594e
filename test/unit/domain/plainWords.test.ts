import { z } from 'zod';
import { AuditPlanContent } from '../../../src/domain/audits/auditPlan';
import { Failure } from '../../../src/domain/failure';
import { fieldLabel } from '../../../src/domain/input/fieldLabel';
import { fieldProblems, parseWithPlainWords, refusalMessage } from '../../../src/domain/input/inputProblems';
import { parseInput } from '../../../src/domain/parseInput';

const problemsOf = (schema: z.ZodType, input: unknown) => {
  const result = parseWithPlainWords(schema, input);
  if (result.success) throw new Error('expected a refusal');
  return fieldProblems(result.error);
};

describe('input problems in plain words', () => {
  it('names a too-long text by its label, its limit and what was written', () => {
    const schema = z.object({ description: z.string().max(5000) });
    expect(problemsOf(schema, { description: 'x'.repeat(5214) })).toEqual([
      {
        field: 'description',
        label: 'Description',
        message: 'The description can be at most 5,000 characters (you wrote 5,214)',
      },
    ]);
  });

  it('asks for a missing or empty field, and says what kind of answer a wrong one should be', () => {
    const schema = z.object({
      organisationName: z.string().min(1),
      expectedVersion: z.number().int(),
      done: z.boolean(),
    });
    expect(problemsOf(schema, { organisationName: '', expectedVersion: 'two' }).map((p) => p.message)).toEqual([
      'Fill in the organisation name',
      'The version you read should be a number, not text',
      'Answer yes or no for the done',
    ]);
    expect(problemsOf(schema, { organisationName: 'Acme', expectedVersion: 1.5, done: true })[0]?.message).toBe(
      'The version you read should be a whole number',
    );
  });

  it('keeps the schema’s own message and names a list entry by its number', () => {
    const schema = z.object({ teamIds: z.array(z.string().max(3)).min(1, 'Choose the team') });
    expect(problemsOf(schema, { teamIds: [] })[0]).toEqual({
      field: 'teamIds',
      label: 'Audit team',
      message: 'Choose the team',
    });
    expect(problemsOf(schema, { teamIds: ['abcd'] })[0]?.message).toBe(
      'Entry 1 of the audit team can be at most 3 characters (you wrote 4)',
    );
  });

  it('lists plain choices but never the app’s own keys', () => {
    expect(problemsOf(z.object({ format: z.enum(['csv', 'json']) }), { format: 'xml' })[0]?.message).toBe(
      'The format must be one of "csv", "json"',
    );
    expect(problemsOf(z.object({ grade: z.enum(['majorNC', 'minorNC']) }), { grade: 'x' })[0]?.message).toBe(
      'The grade is not one of the choices offered',
    );
  });

  it('reads labels from keys: ids, acronyms and the words of camelCase', () => {
    expect(fieldLabel(['plan', 'leadAuditorId'])).toBe('Lead auditor');
    expect(fieldLabel(['plan', 'areaIds', '3'])).toBe('Areas');
    expect(fieldLabel(['settings', 'ismsSpaceKey'])).toBe('ISMS space key');
    expect(fieldLabel(['plannedStart'])).toBe('Planned start');
    expect(fieldLabel([])).toBe('Request');
  });

  it('an empty new audit plan reports every field at fault at once, the title and the areas among them', () => {
    let thrown: unknown;
    try {
      parseInput(
        AuditPlanContent,
        { title: '', areaIds: [], itemIds: ['A.5.1'], plannedStart: '2026-01-05', plannedEnd: '2026-01-09' },
        'plan',
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Failure);
    const failure = thrown as Failure;
    expect(failure.field).toBe('plan.title');
    expect(failure.fields).toEqual([
      { field: 'plan.title', label: 'Title', message: 'Give the audit a title' },
      { field: 'plan.areaIds', label: 'Areas', message: 'Choose at least one area' },
    ]);
    expect(failure.message).toBe('Give the audit a title. Choose at least one area');
  });

  it('joins sentences without doubling a full stop', () => {
    const one = { field: 'a', label: 'A', message: 'First.' };
    const two = { field: 'b', label: 'B', message: 'Second' };
    expect(refusalMessage([one, two])).toBe('First. Second');
  });
});
