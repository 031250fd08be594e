import type { ResolverError } from '../../../src/contract';
import { errorIsAbout, fieldMessage, shownUnderAField } from '../../../static/shared/fieldMessage';
import { fieldText } from '../../../static/programme/src/audits/fieldText';
import { formRefusal } from '../../../static/shared/forms/formProblems';

const emptyPlan: ResolverError = {
  code: 'invalid_input',
  message: 'Give the audit a title. Choose at least one area',
  field: 'plan.title',
  fields: [
    { field: 'plan.title', label: 'Title', message: 'Give the audit a title' },
    { field: 'plan.areaIds', label: 'Areas', message: 'Choose at least one area' },
  ],
};

describe('the form kit: each problem beside its own field', () => {
  it('gives every field its own sentence from one refusal', () => {
    expect(fieldMessage(emptyPlan, 'plan.title')).toBe('Give the audit a title');
    expect(fieldMessage(emptyPlan, 'plan.areaIds')).toBe('Choose at least one area');
    expect(fieldText(emptyPlan, 'plan.areaIds')).toBe('Choose at least one area');
    expect(fieldMessage(emptyPlan, 'plan.itemIds')).toBeUndefined();
    expect(errorIsAbout(emptyPlan, 'plan.areaIds')).toBe(true);
  });

  it('keeps the summary while one problem has no field of the form to show it', () => {
    expect(shownUnderAField(emptyPlan, ['plan.title', 'plan.areaIds'])).toBe(true);
    expect(shownUnderAField(emptyPlan, ['plan.title'])).toBe(false);
  });

  it('still reads an answer that names one field only', () => {
    const older: ResolverError = { code: 'invalid_input', field: 'reason', message: 'Say why' };
    expect(fieldMessage(older, 'reason')).toBe('Say why');
    expect(shownUnderAField(older, ['reason'])).toBe(true);
    expect(fieldMessage({ code: 'conflict', message: 'Someone saved first' }, 'reason')).toBeUndefined();
  });
});

describe('the form kit: problems a form finds itself', () => {
  it('gives them all at once, each beside its field, and nothing when every check passes', () => {
    const refusal = formRefusal([
      { field: 'auditorId', label: 'Auditor', message: 'Choose the auditor' },
      false,
      { field: 'justification', label: 'Justification', message: 'Explain the override' },
    ]);
    expect(refusal).toMatchObject({ code: 'invalid_input', field: 'auditorId' });
    expect(fieldMessage(refusal, 'auditorId')).toBe('Choose the auditor');
    expect(fieldMessage(refusal, 'justification')).toBe('Explain the override');
    expect(formRefusal([false, false])).toBeNull();
  });
});
