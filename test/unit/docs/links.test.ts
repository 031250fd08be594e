import fs from 'node:fs';
import path from 'node:path';

// The README is a front door to docs/: every link in it and in the docs pages must lead to a file
// (and a heading) that exists, and every repository path a page names in backticks must still be
// there, so a move in src/ or static/ that forgets the docs fails here instead of misleading a reader.
const root = path.resolve(__dirname, '..', '..', '..');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

const pages = [path.join(root, 'README.md'), ...markdownFiles(path.join(root, 'docs'))];

/** The page's text outside fenced code blocks (a fence shows commands, not links). */
function prose(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .split(/^```.*$/m)
    .filter((_, i) => i % 2 === 0)
    .join('\n');
}

/** The anchor a heading gets where the repository is hosted: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const headings = prose(file).match(/^#{1,6} .*$/gm) ?? [];
  return new Set(headings.map((line) => slug(line.replace(/^#+ /, ''))));
}

/** Links and images written `[text](target)`, minus web addresses and mail. */
function linksOf(file: string): string[] {
  const targets = [...prose(file).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  return targets.filter((target) => !/^[a-z]+:/i.test(target));
}

// Generated from a test run; it names tests as that run saw them and is rewritten with the next one.
const backtickExempt = new Set([path.join(root, 'docs', 'validation', 'trace.md')]);

/** Repository paths named in backticks: `src/app/…`, `docs/jira.md`; patterns such as `static/<surface>/` are skipped. */
function repoPathsOf(file: string): string[] {
  if (backtickExempt.has(file)) return [];
  const named = [...prose(file).matchAll(/`((?:src|static|sandbox|test|scripts|docs)\/[^`\s]*)`/g)];
  return named.map((match) => match[1]!).filter((named) => !/[<>*{}…]/.test(named));
}

const relative = (file: string) => path.relative(root, file);

describe('the README and the docs pages', () => {
  it('found the pages to check', () => {
    expect(pages.map(relative)).toEqual(expect.arrayContaining(['README.md', 'docs/jira.md', 'docs/resolvers.md']));
  });

  it.each(pages.map((file) => [relative(file), file]))(
    '%s: every relative link leads to a file and heading that exist',
    (_, file) => {
      const broken: string[] = [];
      for (const target of linksOf(file)) {
        const [pathPart, anchor] = target.split('#') as [string, string | undefined];
        const destination = pathPart ? path.resolve(path.dirname(file), decodeURI(pathPart)) : file;
        if (!fs.existsSync(destination)) {
          broken.push(`${target}: no such file`);
          continue;
        }
        if (anchor && destination.endsWith('.md') && !anchorsOf(destination).has(anchor)) {
          broken.push(`${target}: no heading with that anchor`);
        }
      }
      expect(broken).toEqual([]);
    },
  );

  it.each(pages.map((file) => [relative(file), file]))('%s: every repository path in backticks exists', (_, file) => {
    const missing = repoPathsOf(file).filter((named) => !fs.existsSync(path.join(root, named)));
    expect(missing).toEqual([]);
  });

  it('the README stays a front door: at most 12 KB, and it links the page that answers where a finding becomes a Jira issue', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12 * 1024);
    expect(linksOf(path.join(root, 'README.md'))).toEqual(
      expect.arrayContaining(['docs/jira.md', 'docs/resolvers.md']),
    );
  });
});
