import fs from 'node:fs';
import path from 'node:path';

/**
 * The rooms of src/app (access, audits, jira, actions, review, …) stand on one another one way only:
 * when two rooms import each other, directly or round a longer loop, neither can be read, tested
 * or moved without the other. Files directly in src/app (services, expectVersion) are the floor
 * every room stands on and are no room. The same holds inside a room for its own folders (review's
 * macros, inputs and registers stand on review/macroDefinition.ts, never on one another both ways).
 */
const appDir = path.resolve(__dirname, '../../../src/app');

type RoomGraph = Map<string, Map<string, string[]>>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function folders(dir: string): string[] {
  const inside = fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return [dir, ...inside.flatMap((entry) => folders(path.join(dir, entry.name)))];
}

/** The room of `dir` a file is in: the first folder below `dir` on its path; null for `dir`'s own files. */
function roomOf(dir: string, file: string): string | null {
  const parts = path.relative(dir, file).split(path.sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0]! : null;
}

/** room → the rooms it imports → the import lines that make each arrow (for the failure message). */
function roomGraph(dir: string): RoomGraph {
  const graph: RoomGraph = new Map();
  for (const file of sourceFiles(dir)) {
    const from = roomOf(dir, file);
    if (!from) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const to = roomOf(dir, path.resolve(path.dirname(file), specifier!));
      if (!to || to === from) continue;
      const arrows = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, arrows);
      arrows.set(to, [...(arrows.get(to) ?? []), `${path.relative(appDir, file)} → ${specifier}`]);
    }
  }
  return graph;
}

/** Every loop found by a depth-first walk, each as the rooms round it (first room repeated at the end). */
function cyclesOf(graph: Map<string, Iterable<string>>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const cycles: string[][] = [];
  const visit = (room: string) => {
    state.set(room, 'open');
    trail.push(room);
    for (const next of graph.get(room) ?? []) {
      if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(room, 'done');
  };
  for (const room of graph.keys()) if (!state.has(room)) visit(room);
  return cycles;
}

describe('the rooms of src/app', () => {
  it('finds a loop when one room imports another that imports it back, directly or round three rooms', () => {
    const twoRooms = new Map([
      ['audits', ['reports']],
      ['reports', ['audits']],
    ]);
    const threeRooms = new Map([
      ['signing', ['audits']],
      ['audits', ['programme']],
      ['programme', ['signing']],
    ]);
    const oneWay = new Map([
      ['actions', ['jira', 'access']],
      ['jira', ['access']],
    ]);
    expect(cyclesOf(twoRooms)).toEqual([['audits', 'reports', 'audits']]);
    expect(cyclesOf(threeRooms)).toEqual([['signing', 'audits', 'programme', 'signing']]);
    expect(cyclesOf(oneWay)).toEqual([]);
  });

  it('import one another one way only: no room imports a room that imports it, directly or round a loop', () => {
    expect(roomGraph(appDir).size).toBeGreaterThan(5);
    const loops = folders(appDir).flatMap((dir) => {
      const graph = roomGraph(dir);
      return cyclesOf(new Map([...graph].map(([room, arrows]) => [room, arrows.keys()]))).map((cycle) =>
        cycle
          .slice(1)
          .map((to, i) => `${cycle[i]} → ${to}: ${graph.get(cycle[i]!)!.get(to)!.join('; ')}`)
          .join('\n'),
      );
    });
    expect(loops).toEqual([]);
  });
});
