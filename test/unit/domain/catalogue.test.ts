import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  catalogue,
  CatalogueId,
  catalogueItem,
  clauseIds,
  compareCatalogueIds,
  controlIds,
  isCatalogueId,
  themeOf,
} from '../../../src/domain/catalogue/catalogue';
import { CatalogueItem, controlThemeFromId } from '../../../src/domain/catalogue/catalogueItem';
import { Failure } from '../../../src/domain/failure';

const expectedClauses = [
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '5.1',
  '5.2',
  '5.3',
  '6.1',
  '6.1.1',
  '6.1.2',
  '6.1.3',
  '6.2',
  '6.3',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '7.5',
  '7.5.1',
  '7.5.2',
  '7.5.3',
  '8.1',
  '8.2',
  '8.3',
  '9.1',
  '9.2',
  '9.2.1',
  '9.2.2',
  '9.3',
  '9.3.1',
  '9.3.2',
  '9.3.3',
  '10.1',
  '10.2',
];

const range = (section: number, count: number) =>
  Array.from({ length: count }, (_, index) => `A.${section}.${index + 1}`);
const expectedControls = [...range(5, 37), ...range(6, 8), ...range(7, 14), ...range(8, 34)];

const themePrefixes = { organizational: 'A.5.', people: 'A.6.', physical: 'A.7.', technological: 'A.8.' } as const;

describe('ISO/IEC 27001:2022 catalogue', () => {
  it('holds every clause 4.1–10.2 in numeric order, then the 93 controls in order', () => {
    expect(clauseIds).toEqual(expectedClauses);
    expect(controlIds).toEqual(expectedControls);
    expect(catalogue.map((item) => item.id)).toEqual([...expectedClauses, ...expectedControls]);
  });

  it('has 93 controls: 37 organizational, 8 people, 14 physical, 34 technological', () => {
    const controls = catalogue.filter((item) => item.kind === 'control');
    expect(controls).toHaveLength(93);
    const count = (theme: string) => controls.filter((item) => item.theme === theme).length;
    expect([count('organizational'), count('people'), count('physical'), count('technological')]).toEqual([
      37, 8, 14, 34,
    ]);
  });

  it('uses unique, well-formed ids', () => {
    const ids = catalogue.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of catalogue) {
      if (item.kind === 'clause') expect(item.id).toMatch(/^(?:[4-9]|10)\.\d+(?:\.\d+)?$/);
      else expect(item.id).toMatch(/^A\.[5-8]\.\d+$/);
    }
  });

  it('gives clauses no theme and gives each control the theme of its prefix', () => {
    for (const item of catalogue) {
      if (item.kind === 'clause') {
        expect(item.theme).toBeNull();
      } else {
        expect(item.theme).not.toBeNull();
        expect(item.id.startsWith(themePrefixes[item.theme!])).toBe(true);
      }
    }
  });

  it('has a title and specific guidance for every item', () => {
    for (const item of catalogue) {
      expect(item.title.trim()).not.toBe('');
      expect(item.title.length).toBeLessThanOrEqual(120);
      expect(item.guidance.trim().length).toBeGreaterThanOrEqual(80);
      expect(item.guidance).not.toBe(item.title);
      expect(item.guidance.startsWith(item.title)).toBe(false);
    }
    const guidance = catalogue.map((item) => item.guidance);
    expect(new Set(guidance).size).toBe(guidance.length);
  });

  it('passes its own schema and is frozen', () => {
    for (const item of catalogue) expect(CatalogueItem.safeParse(item).success).toBe(true);
    expect(Object.isFrozen(catalogue)).toBe(true);
    expect(Object.isFrozen(catalogue[0])).toBe(true);
  });

  it('carries known short titles', () => {
    expect(catalogueItem('A.5.1')?.title).toBe('Policies for information security');
    expect(catalogueItem('A.8.34')?.title).toBe('Protection of information systems during audit testing');
    expect(catalogueItem('9.2.2')?.title).toBe('Internal audit programme');
    expect(catalogueItem('6.3')?.title).toBe('Planning of changes');
    expect(catalogueItem('10.2')?.title).toBe('Nonconformity and corrective action');
    expect(catalogueItem('A.8.13')?.title).toBe('Information backup');
  });
});

describe('catalogue item schema', () => {
  const base = { title: 'Some title', guidance: 'x'.repeat(80) };

  it('accepts well-formed clauses and controls', () => {
    expect(CatalogueItem.safeParse({ ...base, id: '6.1.2', kind: 'clause', theme: null }).success).toBe(true);
    expect(CatalogueItem.safeParse({ ...base, id: 'A.8.34', kind: 'control', theme: 'technological' }).success).toBe(
      true,
    );
  });

  it.each([
    ['clause id with a prefix', { id: 'A.4.1', kind: 'clause', theme: null }],
    ['clause outside 4–10', { id: '3.1', kind: 'clause', theme: null }],
    ['clause id too deep', { id: '6.1.2.1', kind: 'clause', theme: null }],
    ['clause with a theme', { id: '4.1', kind: 'clause', theme: 'people' }],
    ['control without the A. prefix', { id: '5.1', kind: 'control', theme: 'organizational' }],
    ['control beyond its theme', { id: 'A.5.38', kind: 'control', theme: 'organizational' }],
    ['control in no theme', { id: 'A.9.1', kind: 'control', theme: 'technological' }],
    ['control with the wrong theme', { id: 'A.6.1', kind: 'control', theme: 'organizational' }],
    ['control without a theme', { id: 'A.7.1', kind: 'control', theme: null }],
  ])('rejects a %s', (_, fields) => {
    expect(CatalogueItem.safeParse({ ...base, ...fields }).success).toBe(false);
  });

  it('rejects empty titles, short guidance and guidance equal to the title', () => {
    const clause = { id: '4.1', kind: 'clause', theme: null };
    expect(CatalogueItem.safeParse({ ...base, ...clause, title: '  ' }).success).toBe(false);
    expect(CatalogueItem.safeParse({ ...base, ...clause, guidance: 'Too short.' }).success).toBe(false);
    const same = 'y'.repeat(100);
    expect(CatalogueItem.safeParse({ ...clause, title: same.slice(0, 100), guidance: same }).success).toBe(false);
  });

  it('derives a theme from a control id', () => {
    expect(controlThemeFromId('A.5.37')).toBe('organizational');
    expect(controlThemeFromId('A.6.8')).toBe('people');
    expect(controlThemeFromId('A.7.14')).toBe('physical');
    expect(controlThemeFromId('A.8.1')).toBe('technological');
    expect(controlThemeFromId('A.6.9')).toBeNull();
    expect(controlThemeFromId('A.5.0')).toBeNull();
    expect(controlThemeFromId('9.2')).toBeNull();
  });
});

describe('catalogue ordering and lookups', () => {
  it('orders ids numerically, clauses before controls', () => {
    expect(compareCatalogueIds('9.2.2', '9.3')).toBeLessThan(0);
    expect(compareCatalogueIds('9.2', '9.2.1')).toBeLessThan(0);
    expect(compareCatalogueIds('9.3.3', '10.1')).toBeLessThan(0);
    expect(compareCatalogueIds('A.5.2', 'A.5.10')).toBeLessThan(0);
    expect(compareCatalogueIds('A.5.37', 'A.6.1')).toBeLessThan(0);
    expect(compareCatalogueIds('10.2', 'A.5.1')).toBeLessThan(0);
    expect(compareCatalogueIds('A.8.34', 'A.8.34')).toBe(0);
    expect(compareCatalogueIds('A.5.10', 'A.5.2')).toBeGreaterThan(0);
    expect(compareCatalogueIds('A.8.1', 'nonsense')).toBeLessThan(0);
  });

  it('sorts a shuffled catalogue back into catalogue order', () => {
    const ids = catalogue.map((item) => item.id);
    const plainTextOrder = [...ids].sort(); // '10.1' < '4.1', 'A.5.10' < 'A.5.2'
    expect(plainTextOrder).not.toEqual(ids);
    expect(plainTextOrder.sort(compareCatalogueIds)).toEqual(ids);
  });

  it('looks items up by id', () => {
    expect(catalogueItem('9.2.2')).toMatchObject({ id: '9.2.2', kind: 'clause', theme: null });
    expect(catalogueItem('A.7.4')).toMatchObject({ id: 'A.7.4', kind: 'control', theme: 'physical' });
    expect(catalogueItem('A.5.38')).toBeUndefined();
    expect(catalogueItem('')).toBeUndefined();
  });

  it('recognises catalogue ids', () => {
    expect(isCatalogueId('4.1')).toBe(true);
    expect(isCatalogueId('A.8.34')).toBe(true);
    expect(isCatalogueId('9.4')).toBe(false);
    expect(isCatalogueId('A.8.35')).toBe(false);
    expect(isCatalogueId('a.5.1')).toBe(false);
    expect(CatalogueId.safeParse('A.6.7').success).toBe(true);
    expect(CatalogueId.safeParse('A.6.9').success).toBe(false);
  });

  it('gives the theme of an id, null for clauses, and refuses unknown ids', () => {
    expect(themeOf('A.5.15')).toBe('organizational');
    expect(themeOf('A.6.3')).toBe('people');
    expect(themeOf('A.7.7')).toBe('physical');
    expect(themeOf('A.8.24')).toBe('technological');
    expect(themeOf('7.5.3')).toBeNull();
    expect(() => themeOf('A.9.1')).toThrow(Failure);
    let caught: unknown;
    try {
      themeOf('11.1');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Failure);
    expect((caught as Failure).code).toBe('not_found');
  });
});

describe('scripts/catalogue.ts', () => {
  it('prints the catalogue as a JSON array of { id, kind, theme, title, guidance } and nothing else', () => {
    const root = path.resolve(__dirname, '../../..');
    const stdout = execFileSync(process.execPath, ['scripts/run-ts.cjs', 'scripts/catalogue.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(Array.isArray(rows)).toBe(true);
    expect(rows).toHaveLength(catalogue.length);
    for (const row of rows) expect(Object.keys(row)).toEqual(['id', 'kind', 'theme', 'title', 'guidance']);
    expect(rows.map((row) => row.id)).toEqual(catalogue.map((item) => item.id));
    expect(rows.find((row) => row.id === '4.1')?.theme).toBeNull();
    expect(rows.find((row) => row.id === 'A.6.1')?.theme).toBe('people');
    expect(rows).toEqual(JSON.parse(JSON.stringify(catalogue)));
  }, 30_000);
});
