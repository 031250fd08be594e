import { repoRoot } from '../../../sandbox/uiBuild';
import { AppManifest } from '../../../sandbox/platform/appManifest';
import { customFieldText } from '../../../sandbox/server/customFieldText';
import { formatCustomFieldValue, JiraExpressionError } from '../../../sandbox/jira/expressions';
import { findingGradeWords } from '../../../static/shared/words/findingGrades';

/** The app's custom fields as Jira's issue view shows them: through the manifest's formatters. */
const fields = new AppManifest(repoRoot).list('jira:customField');
const shown = (name: string, value: unknown) => customFieldText(fields, name, value);

describe("the app's custom fields in people's words", () => {
  it('shows every finding grade by the label the app uses everywhere else, never its key', () => {
    for (const [grade, words] of Object.entries(findingGradeWords)) {
      expect(shown('Finding grade', grade)).toBe(words.label);
    }
    expect(shown('Finding grade', 'majorNC')).toBe('Major nonconformity');
  });

  it('shows the effectiveness verification as a sentence, not JSON', () => {
    const verifiedAt = '2026-12-07T10:15:00.000Z';
    expect(shown('Effectiveness verification', { result: 'effective', verifier: 'Rahul Mehta', verifiedAt })).toBe(
      `Effective, verified by Rahul Mehta on ${verifiedAt}`,
    );
    expect(shown('Effectiveness verification', { result: 'notEffective', verifier: 'Aoife Brennan', verifiedAt })).toBe(
      `Not effective, verified by Aoife Brennan on ${verifiedAt}`,
    );
  });

  it('shows a field without a formatter as its value', () => {
    expect(shown('Clause or control', 'A.8.13, A.5.18')).toBe('A.8.13, A.5.18');
  });

  it('gives the formatter the value alone, and refuses a formatter that gives no text', () => {
    expect(formatCustomFieldValue('value == null ? "none" : value.a', { a: 'x' })).toBe('x');
    expect(formatCustomFieldValue('value == null ? "none" : value.a', null)).toBe('none');
    expect(() => formatCustomFieldValue('value.length', 'abc')).toThrow(JiraExpressionError);
    expect(() => formatCustomFieldValue('issue.key', 'abc')).toThrow(JiraExpressionError);
  });
});
