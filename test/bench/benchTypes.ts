/** One measured figure: what `npm run bench -- --json` prints, one JSON object per line. */
export interface BenchFigure {
  bench: string;
  case: string;
  metric: string;
  value: number;
  unit: string;
  /** The goal the figure must meet, where the issue sets one: at most this (or at least, see `atLeast`). */
  limit: number | null;
  /** The goal is a floor (e.g. a speed-up of at least 10), not a ceiling. */
  atLeast?: boolean;
}

export interface Bench {
  name: string;
  description: string;
  run(report: (figure: BenchFigure) => void): Promise<void>;
}
