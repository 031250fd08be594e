import { bundleBench } from './benches/bundle';
import { coverageBench } from './benches/coverage';
import { jiraBench } from './benches/jira';
import { reviewBench } from './benches/review';
import { scaleBench } from './benches/scale';
import { platformBench } from './benches/platform';
import { securityBench } from './benches/security';
import { signingBench } from './benches/signing';
import { storeBench } from './benches/store';
import { trailBench } from './benches/trail';
import type { Bench, BenchFigure } from './benchTypes';
import { liftSchemaChangeRate } from '../../sandbox/platform/limits/schemaChangeRate';

// Benches start fresh installs: Forge SQL's schema-change rate is lifted, every other limit stays on.
liftSchemaChangeRate();

/**
 * `npm run bench [-- --json] [names…]`: runs the named benches (all when none is named) and prints
 * a table, or with --json one JSON object per line: {bench, case, metric, value, unit, limit}.
 * Every issue adds its benches to this list.
 */
const benches: Bench[] = [
  storeBench,
  platformBench,
  signingBench,
  coverageBench,
  jiraBench,
  reviewBench,
  bundleBench,
  securityBench,
  trailBench,
  scaleBench,
];

function printTable(figures: BenchFigure[]): void {
  const rows = figures.map((f) => [
    f.bench,
    f.case,
    f.metric,
    `${f.value} ${f.unit}`,
    f.limit === null
      ? ''
      : f.atLeast
        ? `${f.value >= f.limit ? 'ok' : 'UNDER'} (goal ≥ ${f.limit})`
        : `${f.value <= f.limit ? 'ok' : 'OVER'} (goal ≤ ${f.limit})`,
  ]);
  const header = ['bench', 'case', 'metric', 'value', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !benches.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(`unknown bench: ${unknown.join(', ')} (benches: ${benches.map((b) => b.name).join(', ')})`);
    process.exit(2);
  }
  const chosen = names.length > 0 ? benches.filter((b) => names.includes(b.name)) : benches;
  const figures: BenchFigure[] = [];
  for (const bench of chosen) {
    if (!json) console.error(`bench ${bench.name}: ${bench.description}…`);
    await bench.run((figure) => {
      figures.push(figure);
      if (json) console.log(JSON.stringify(figure));
    });
  }
  if (!json) printTable(figures);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
