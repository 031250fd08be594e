/** One measured figure: what `npm run bench -- --json` prints, one JSON object per line. */
export interface BenchFigure {
  bench: string;
  case: string;
  metric: string;
  value: number;
  unit: string;
  /** The goal the figure must meet, where the issue sets one. */
  limit: number | null;
}

export interface Bench {
  name: string;
  description: string;
  run(report: (figure: BenchFigure) => void): Promise<void>;
}
