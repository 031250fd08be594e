import type { CheckpointedVerdict, ResolverError } from '../../../src/contract';

export type VerifyState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; verdict: CheckpointedVerdict }
  | { status: 'failed'; error: ResolverError };

export type ExportFormat = 'csv' | 'json';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: ExportFormat; entries: number }
  | { status: 'done'; fileName: string; entries: number }
  | { status: 'failed'; error: ResolverError };
