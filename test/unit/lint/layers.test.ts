import { ESLint } from 'eslint';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
// The project's own flat config, passed in directly: Jest cannot run ESLint's dynamic import of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../../eslint.config.js');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/inward-imports').map((m) => m.message);
}

describe('the layer rule (npm run lint)', () => {
  it.each([
    [
      'src/domain/x.ts',
      "import { SqlTrailedStore } from '../adapters/sql/trailedStore';\nexport const x = SqlTrailedStore;",
    ],
    ['src/domain/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    [
      'src/app/x.ts',
      "import { SqlTrailedStore } from '../adapters/sql/trailedStore';\nexport const x = SqlTrailedStore;",
    ],
    ['src/app/x.ts', "import api from '@forge/api';\nexport const x = api;"],
    ['src/app/x.ts', "import { handler } from '../entry/resolver';\nexport const x = handler;"],
    ['src/ports/x.ts', "import { sql } from '@forge/sql';\nexport const x = sql;"],
    ['src/adapters/x.ts', "import { demoUsers } from '../../sandbox/site/users';\nexport const x = demoUsers;"],
    [
      'static/programme/src/x.ts',
      "import { resolverContract } from '../../../src/contract/resolvers';\nexport const x = resolverContract;",
    ],
    [
      'static/programme/src/x.ts',
      "import type { AppServices } from '../../../src/app/services';\nexport type X = AppServices;",
    ],
  ])('rejects a wrong arrow in %s', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    [
      'src/domain/x.ts',
      "import { z } from 'zod';\nimport { Failure } from './failure';\nexport const x = [z, Failure];",
    ],
    // Calendar arithmetic and the CSV codec are pure libraries the domain may use.
    [
      'src/domain/x.ts',
      "import { addDays } from 'date-fns';\nimport Papa from 'papaparse';\nexport const x = [addDays, Papa];",
    ],
    ['src/app/x.ts', "import type { RecordStore } from '../ports/recordStore';\nexport type X = RecordStore;"],
    ['src/adapters/x.ts', "import api from '@forge/api';\nexport const x = api;"],
    [
      'static/programme/src/x.ts',
      "import type { ResolverName } from '../../../src/contract';\nexport type X = ResolverName;",
    ],
  ])('accepts an inward arrow in %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
