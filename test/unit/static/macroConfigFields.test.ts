import { MacroKind, type MacroKind as Kind } from '../../../src/domain/review/macroKinds';
import { parseMacroConfig } from '../../../src/domain/review/macroConfig';
import type { MacroChoices } from '../../../src/contract/review';
import {
  fieldsOf,
  initialValues,
  otherProblems,
  problemsOf,
  toConfig,
} from '../../../static/review-macro-config/src/configFields';

const choices: MacroChoices = {
  audits: [{ id: 'audit-1', title: 'IT operations audit' }],
  areas: [{ id: 'it', name: 'IT operations' }],
  reviews: [{ id: 'review-1', title: 'Management review 2026', from: '2026-01-01', to: '2026-12-31' }],
  cycles: [{ start: '2026-05-01', end: '2027-04-30' }],
};

/** A value for every field, as a user would pick it: the first choice, a date, a number, a tick. */
function filledIn(kind: Kind) {
  const fields = fieldsOf(kind);
  const values = initialValues(fields, {});
  for (const field of fields) {
    if (field.kind === 'checkbox') values[field.name] = true;
    else if (field.kind === 'multi')
      values[field.name] = field
        .options(choices)
        .slice(0, 2)
        .map((o) => o.value);
    else if (field.kind === 'select') values[field.name] = field.options(choices)[0]!.value;
    else if (field.kind === 'date') values[field.name] = field.name === 'from' ? '2026-01-01' : '2026-06-30';
    else if (field.kind === 'number') values[field.name] = '25';
    else values[field.name] = field.name === 'buckets' ? '30,60,90' : 'A.5.15';
  }
  return { fields, values };
}

describe('the macro config panel’s fields', () => {
  it.each(MacroKind.options)('%s: every field filled in makes a config the domain accepts', (kind) => {
    const { fields, values } = filledIn(kind);
    const config = toConfig(fields, values);
    expect(Object.keys(config).sort()).toEqual(fields.map((f) => f.name).sort());
    expect(parseMacroConfig(kind, config)).toMatchObject({ ok: true });
  });

  it.each(MacroKind.options)('%s: an untouched form saves an empty config (the defaults)', (kind) => {
    const fields = fieldsOf(kind);
    expect(toConfig(fields, initialValues(fields, {}))).toEqual({});
    expect(parseMacroConfig(kind, {})).toMatchObject({ ok: true });
  });

  it('sends flat values only: no null, empty fields left out, a tick as "true"', () => {
    const fields = fieldsOf('findingRegister');
    const values = initialValues(fields, {});
    values.limit = '  ';
    values.grade = 'majorNC';
    values.overdueOnly = false;
    expect(toConfig(fields, values)).toEqual({ grade: 'majorNC' });
    values.overdueOnly = true;
    expect(toConfig(fields, values)).toEqual({ grade: 'majorNC', overdueOnly: 'true' });
  });

  it('opens with the saved config', () => {
    const fields = fieldsOf('kpiTiles');
    expect(initialValues(fields, { from: '2026-01-01', to: '2026-03-31', tiles: ['coverage', 'incidents'] })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      tiles: ['coverage', 'incidents'],
      source: '',
    });
    expect(initialValues(fieldsOf('findingRegister'), { overdueOnly: 'true', limit: 20 })).toMatchObject({
      overdueOnly: true,
      limit: '20',
    });
  });

  it('puts each problem of the check next to its field, and the rest above the form', () => {
    const fields = fieldsOf('kpiTiles');
    const problems = [
      { field: 'to', message: 'The period ends before it starts' },
      { field: 'tiles.1', message: 'Invalid option' },
      { field: 'config', message: 'This macro has no setting "colour"' },
    ];
    expect(problemsOf(problems, 'to')).toEqual(['The period ends before it starts']);
    expect(problemsOf(problems, 'tiles')).toEqual(['Invalid option']);
    expect(problemsOf(problems, 'from')).toEqual([]);
    expect(otherProblems(problems, fields)).toEqual([
      { field: 'config', message: 'This macro has no setting "colour"' },
    ]);
  });
});
