import { spelt } from '../../../static/shared/components/queryStatusWords';

describe('QueryStatus words', () => {
  it('words the usual read from what it reads, with test ids from its stem', () => {
    expect(spelt({ what: 'the auditor register', testId: 'auditors' })).toEqual({
      loadingLabel: 'Loading the auditor register',
      loadingTestId: 'auditors-loading',
      failureTitle: 'The auditor register could not be loaded',
      failureTestId: 'auditors-load-error',
    });
  });

  it('gives no test ids when none is asked for', () => {
    const words = spelt({ what: 'the findings' });
    expect(words.loadingTestId).toBeUndefined();
    expect(words.failureTestId).toBeUndefined();
    expect(words.failureTitle).toBe('The findings could not be loaded');
  });

  it('keeps words spelt out by the caller as they are', () => {
    const own = { loadingLabel: 'Computing the coverage', failureTitle: 'The coverage could not be computed' };
    expect(spelt(own)).toEqual(own);
  });
});
