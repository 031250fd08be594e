import { jiraIssuePath as domainIssuePath } from '../../../src/domain/links/siteLinks';
import { jiraIssuePath, linkOnSite } from '../../../static/shared/siteLinks';

describe("links from the app's frames to the site", () => {
  it("puts a resolver's site-relative path on the site's base URL from the frame's context", () => {
    expect(linkOnSite('https://acme.atlassian.net', '/browse/NC-3')).toBe('https://acme.atlassian.net/browse/NC-3');
    expect(linkOnSite('https://acme.atlassian.net/', '/wiki/spaces/ISMS/pages/1')).toBe(
      'https://acme.atlassian.net/wiki/spaces/ISMS/pages/1',
    );
  });

  it('keeps the path until the host has said where the site is, and a web address as it is', () => {
    expect(linkOnSite(null, '/browse/NC-3')).toBe('/browse/NC-3');
    expect(linkOnSite('https://acme.atlassian.net', 'https://intranet.example/backup')).toBe(
      'https://intranet.example/backup',
    );
  });

  it("builds an issue's path exactly as the domain does (the UI imports no domain code)", () => {
    for (const key of ['NC-3', 'CA-12', 'ISMS-1']) expect(jiraIssuePath(key)).toBe(domainIssuePath(key));
  });
});
