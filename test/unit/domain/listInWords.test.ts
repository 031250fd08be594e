import { listInWords } from '../../../src/domain/listInWords';

describe('listInWords', () => {
  it('joins items as a sentence says them', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A.8.15'])).toBe('A.8.15');
    expect(listInWords(['Finance', 'IT operations'])).toBe('Finance and IT operations');
    expect(listInWords(['2026-03', '2026-04', '2026-05'])).toBe('2026-03, 2026-04 and 2026-05');
  });
});
