import {
  placeReviewRecord,
  reviewRecordXhtml,
  type PrintedReviewRecord,
} from '../../../../src/app/pages/reviewRecordXhtml';

const record: PrintedReviewRecord = {
  version: 4,
  heldOn: '2027-01-19',
  attendees: [{ name: 'Margit Olsen', role: 'CEO' }],
  minutes: 'Reviewed.',
  decisions: [
    {
      number: 1,
      type: 'ismsChange',
      text: 'Add supplier controls to the SoA',
      ownerName: 'Rahul Mehta',
      dueDate: '2027-03-31',
      jiraKey: 'ISMS-7',
    },
  ],
  conclusion: { suitable: 'yes', adequate: 'no', effective: 'yes', statement: 'Resources fall short.' },
};

const signatures =
  '<h2>Electronic signatures</h2><p>x</p><p><em>Signature block written by the ISO 27001 audit app from its signature records.</em></p>';

describe('the review page meeting record', () => {
  it('prints the decision type in words, the owner by name, due date and Jira key, and the conclusion', () => {
    const xhtml = reviewRecordXhtml(record);
    expect(xhtml).toContain(
      '<tr><td>1</td><td>Change to the ISMS</td><td>Add supplier controls to the SoA</td><td>Rahul Mehta</td><td>2027-03-31</td><td>ISMS-7</td></tr>',
    );
    expect(xhtml).toContain('<tr><th>Adequate</th><td>No</td></tr>');
    expect(xhtml).toContain('<p>Resources fall short.</p>');
    expect(xhtml).toContain('<strong>Held on: </strong>2027-01-19');
    expect(
      xhtml.endsWith('<p><em>Meeting record printed by the ISO 27001 audit app from review record version 4.</em></p>'),
    ).toBe(true);
  });

  it('says plainly what is not recorded yet', () => {
    const xhtml = reviewRecordXhtml({
      ...record,
      heldOn: null,
      attendees: [],
      minutes: '',
      decisions: [],
      conclusion: null,
    });
    for (const words of [
      'not recorded yet',
      'No attendees recorded.',
      'No minutes recorded.',
      'No decisions recorded.',
      'No conclusion recorded yet.',
    ])
      expect(xhtml).toContain(words);
  });

  it('replaces its own earlier record and nothing else, keeping the signature block below it', () => {
    const first = placeReviewRecord(`<h1>Review</h1>${signatures}`, reviewRecordXhtml(record));
    expect(first.indexOf('Meeting record')).toBeLessThan(first.indexOf('Electronic signatures'));
    const second = placeReviewRecord(first, reviewRecordXhtml({ ...record, version: 5, minutes: 'Changed.' }));
    expect(second.match(/<h2>Meeting record<\/h2>/g)).toHaveLength(1);
    expect(second).toContain('<p>Changed.</p>');
    expect(second).not.toContain('<p>Reviewed.</p>');
    expect(second.startsWith('<h1>Review</h1>')).toBe(true);
    expect(second.endsWith(signatures)).toBe(true);
  });

  it('takes the place of a new page placeholder, and of the sections older pages had', () => {
    const placeholder =
      '<h1>Review</h1><h2>Meeting record</h2><p>Not recorded yet: the app prints it here.</p><p>Edited by hand</p>';
    const placed = placeReviewRecord(placeholder, reviewRecordXhtml(record));
    expect(placed).not.toContain('Not recorded yet');
    expect(placed.endsWith('<p>Edited by hand</p>')).toBe(true);
    const legacy =
      '<h1>Review</h1><h2>Attendees</h2><p>The attendees are recorded in the Audit programme app.</p><h2>Minutes</h2><p>The minutes are recorded.</p>' +
      '<h2>Decisions</h2><p>Decisions are recorded in the app; the next review input reports on them.</p>';
    const replaced = placeReviewRecord(legacy, reviewRecordXhtml(record));
    expect(replaced).not.toContain('recorded in the Audit programme app');
    expect(replaced.startsWith('<h1>Review</h1><h2>Meeting record</h2>')).toBe(true);
  });
});
