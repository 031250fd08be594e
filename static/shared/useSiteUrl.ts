import { useEffect, useState } from 'react';

/** The site's base URL from the frame's context, asked once per frame however many links it shows. */
let siteUrl: Promise<string | null> | null = null;

function siteUrlOnce(): Promise<string | null> {
  siteUrl ??= import('@forge/bridge')
    .then(({ view }) => view.getContext())
    .then(
      (context) => {
        const url = (context as { siteUrl?: unknown } | null)?.siteUrl;
        return typeof url === 'string' && url ? url : null;
      },
      () => null,
    );
  return siteUrl;
}

/** The site's base URL (`https://acme.atlassian.net`), or null until the host says (or if it cannot). */
export function useSiteUrl(): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void siteUrlOnce().then((answer) => live && setUrl(answer));
    return () => {
      live = false;
    };
  }, []);
  return url;
}
