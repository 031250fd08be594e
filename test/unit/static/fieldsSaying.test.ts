import type { ResolverError } from '../../../src/contract';
import { fieldsSaying } from '../../../static/shared/forms/useDraft';
import { fieldText } from '../../../static/programme/src/audits/fieldText';

const draft = { text: 'Replace the backup tapes', dueDate: '' };
const refused: ResolverError = { code: 'invalid_input', field: 'dueDate', message: 'dueDate: Required' };

describe('the form kit: fields that show their complaint as words', () => {
  it('gives each field its value, and a change that touches only that field', () => {
    const changes: Array<Partial<typeof draft>> = [];
    const field = fieldsSaying(draft, (change) => changes.push(change), null);
    const due = field('dueDate');
    expect(due.value).toBe('');
    expect(due.error).toBeUndefined();
    due.onChange('2026-12-31');
    expect(changes).toEqual([{ dueDate: '2026-12-31' }]);
  });

  it('shows the complaint only under the field it names, worded as the form chooses', () => {
    const asSaid = fieldsSaying(draft, () => undefined, refused);
    expect(asSaid('dueDate').error).toBe('dueDate: Required');
    expect(asSaid('text').error).toBeUndefined();
    const withoutPath = fieldsSaying(draft, () => undefined, refused, fieldText);
    expect(withoutPath('dueDate').error).toBe('Required');
  });

  it('reads the complaint at another path where the backend names the field differently', () => {
    const field = fieldsSaying(draft, () => undefined, { ...refused, field: 'decision.dueDate' });
    expect(field('dueDate', 'decision.dueDate').error).toBe('dueDate: Required');
  });
});
