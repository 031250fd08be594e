import {
  confluencePagePath,
  confluencePageVersionPath,
  jiraIssuePath,
  onSite,
} from '../../../../src/domain/links/siteLinks';

describe('links to what the app points at, one builder per target', () => {
  it('opens a Confluence page by its space and id, the path every Confluence site serves', () => {
    expect(confluencePagePath({ spaceKey: 'ISMS', pageId: '65539' })).toBe('/wiki/spaces/ISMS/pages/65539');
    expect(confluencePagePath({ spaceKey: 'Q M', pageId: '1/2' })).toBe('/wiki/spaces/Q%20M/pages/1%2F2');
  });

  it('opens the version of a page that evidence names, not the latest', () => {
    expect(confluencePageVersionPath('65539', 4)).toBe('/wiki/pages/viewpage.action?pageId=65539&pageVersion=4');
  });

  it('opens a Jira issue by its key', () => {
    expect(jiraIssuePath('NC-3')).toBe('/browse/NC-3');
    expect(jiraIssuePath('CA-12')).toBe('/browse/CA-12');
  });

  it('puts a path on the base URL the platform gives, with or without its trailing slash', () => {
    expect(onSite('https://acme.atlassian.net', '/browse/NC-3')).toBe('https://acme.atlassian.net/browse/NC-3');
    expect(onSite('https://acme.atlassian.net/', '/browse/NC-3')).toBe('https://acme.atlassian.net/browse/NC-3');
    expect(onSite('http://127.0.0.1:3000', 'wiki/spaces/ISMS/pages/1')).toBe(
      'http://127.0.0.1:3000/wiki/spaces/ISMS/pages/1',
    );
  });
});
