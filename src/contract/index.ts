export * from './result';
export * from './resolvers';
export type { AppRole } from '../domain/access/appRole';
export type { ProgrammeSettings } from '../domain/programme/programmeSettings';
export type { TrailVerdict, TrailBreak } from '../domain/trail/verifyTrail';
export * from './records';
export * from './signing';
export type { SignatureMeaning } from '../domain/signing/signatureMeaning';
export type { TrailEntry } from '../domain/trail/trailEntry';
