import {
  lead,
  otherLead,
  auditor,
  auditee,
  viewer,
  call,
  publish,
  trailLength,
  planPagesInSpace,
  setProgramme,
  usePublishingFixture,
} from './publishPlan.fixture';

usePublishingFixture();

describe('publishing an audit plan to Confluence', () => {
  it('[ISO9.2.2] says to choose the ISMS space first, or that the chosen space is missing — changing nothing', async () => {
    await setProgramme(null);
    const before = await trailLength();
    expect(await publish()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'auditId', message: 'Choose the ISMS space of the programme first' },
    });
    await setProgramme('GONE');
    const missing = await publish();
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'auditId' } });
    expect(missing.error.message).toContain('GONE');
    expect(await trailLength()).toBe(before + 1);
    expect(await planPagesInSpace()).toHaveLength(0);
    expect(await call('publishAuditPlan', { auditId: 'audit_1', extra: true }, lead)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await call('publishAuditPlan', { auditId: 'audit_9' }, lead)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('[P11.10g] auditees, auditors, viewers and the lead of another audit cannot publish it — nothing changes', async () => {
    const before = await trailLength();
    for (const who of [auditee, auditor, viewer, otherLead]) {
      expect(await publish(who)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await trailLength()).toBe(before);
    expect(await planPagesInSpace()).toHaveLength(0);
  });
});
