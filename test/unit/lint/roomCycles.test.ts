import fs from 'node:fs';
import path from 'node:path';

/**
 * One-way floors: within a tree, the rooms (its first-level folders) may depend on each other only
 * in one direction. A cycle between rooms means neither can be read, tested or moved without the
 * other, so this test names every such cycle with one import that closes it.
 */

const root = path.resolve(__dirname, '../../..');
const importPattern =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The room a file sits in: its first folder below the tree (a file at the top is a room of its own). */
function roomOf(tree: string, file: string): string | null {
  const relative = path.relative(tree, file);
  if (relative.startsWith('..')) return null;
  return relative.split(path.sep)[0]!.replace(/\.tsx?$/, '');
}

export interface RoomEdge {
  from: string;
  to: string;
  /** One import that makes the arrow, for the message. */
  example: string;
}

export function roomEdges(tree: string): RoomEdge[] {
  const edges = new Map<string, RoomEdge>();
  for (const file of sourceFiles(tree)) {
    const from = roomOf(tree, file)!;
    for (const match of fs.readFileSync(file, 'utf8').matchAll(importPattern)) {
      const to = roomOf(tree, path.resolve(path.dirname(file), match[1] ?? match[2]!));
      if (to === null || to === from) continue;
      const key = `${from}→${to}`;
      if (!edges.has(key))
        edges.set(key, { from, to, example: `${path.relative(root, file)} imports ${match[1] ?? match[2]}` });
    }
  }
  return [...edges.values()];
}

/** Every cycle between rooms, as the rooms of each strongly connected group (Tarjan's algorithm). */
export function roomCycles(edges: readonly RoomEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const nodes = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return groups;
}

function describeCycles(tree: string): string[] {
  const edges = roomEdges(path.join(root, tree));
  return roomCycles(edges).map((group) => {
    const inside = edges.filter((edge) => group.includes(edge.from) && group.includes(edge.to));
    return `${tree}: ${group.join(' ⇄ ')} (${inside.map((edge) => edge.example).join('; ')})`;
  });
}

describe('one-way floors between rooms', () => {
  it('finds a cycle between two rooms and none in a one-way chain', () => {
    const edge = (from: string, to: string) => ({ from, to, example: `${from} imports ${to}` });
    expect(roomCycles([edge('jira', 'platform'), edge('platform', 'jira'), edge('site', 'jira')])).toEqual([
      ['jira', 'platform'],
    ]);
    expect(roomCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('d', 'a')])).toEqual([['a', 'b', 'c']]);
    expect(roomCycles([edge('site', 'jira'), edge('jira', 'platform'), edge('site', 'platform')])).toEqual([]);
  });

  it.each(['sandbox', 'src/domain'])('has no cycle between the rooms of %s', (tree) => {
    expect(describeCycles(tree)).toEqual([]);
  });
});
