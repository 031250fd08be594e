import fs from 'node:fs';
import { z } from 'zod';
import { inputWords, resolversFile, resolversMarkdown } from '../../../scripts/docs';
import { resolverContract } from '../../../src/contract/resolvers';

describe('the resolver reference', () => {
  it('docs/resolvers.md is what `npm run docs` writes today', () => {
    const committed = fs.existsSync(resolversFile) ? fs.readFileSync(resolversFile, 'utf8') : '(missing)';
    // On a mismatch: run `npm run docs` and commit the reference with the contract change that moved it.
    expect(committed).toBe(resolversMarkdown());
  });

  it('names every resolver of the contract once, with who may call it', () => {
    const document = resolversMarkdown();
    for (const name of Object.keys(resolverContract)) {
      const rows = document.split('\n').filter((line) => line.startsWith(`| \`${name}\` `));
      expect(rows).toHaveLength(1);
    }
    expect(document).toContain('| `updateProgrammeSettings`');
    expect(document).toMatch(/\| `updateProgrammeSettings` +\| Programme manager +\|/);
  });

  it('summarises an input as its top-level fields, an optional one marked with ?', () => {
    const input = z
      .object({ format: z.enum(['csv', 'json']), reason: z.string().optional(), ids: z.array(z.string()) })
      .strict();
    expect(inputWords(input)).toBe("`format`: 'csv' or 'json'; `reason?`: string; `ids`: string[]");
    expect(inputWords(z.object({}).strict())).toBe('—');
  });
});
