import type { ProgrammeView, ResolverInput } from '../../../../src/contract';
import { changeReason } from '../../../shared/forms/changeReason';

type Programme = NonNullable<ProgrammeView['programme']>;

/** The programme form's values while they are edited: numbers stay text until they are sent. */
export interface ProgrammeDraft {
  objectives: string;
  criteria: string;
  methods: string;
  responsibilities: string;
  reporting: string;
  intervalHigh: string;
  intervalMedium: string;
  intervalLow: string;
  thresholdHigh: string;
  thresholdMedium: string;
  raiseOnMajorNc: boolean;
  ismsSpaceKey: string;
  reason: string;
}

/** The policy a new programme starts from (src/domain/programme/rules/riskFrequency.ts defaults). */
const defaultPolicy: Programme['frequencyPolicy'] = {
  intervalMonths: { high: 6, medium: 12, low: 24 },
  thresholds: { high: 15, medium: 8 },
  raiseOnMajorNc: true,
};

export function draftFrom(programme: Programme | null): ProgrammeDraft {
  const policy = programme?.frequencyPolicy ?? defaultPolicy;
  return {
    objectives: programme?.objectives ?? '',
    criteria: programme?.criteria ?? '',
    methods: programme?.methods ?? '',
    responsibilities: programme?.responsibilities ?? '',
    reporting: programme?.reporting ?? '',
    intervalHigh: String(policy.intervalMonths.high),
    intervalMedium: String(policy.intervalMonths.medium),
    intervalLow: String(policy.intervalMonths.low),
    thresholdHigh: String(policy.thresholds.high),
    thresholdMedium: String(policy.thresholds.medium),
    raiseOnMajorNc: policy.raiseOnMajorNc,
    ismsSpaceKey: programme?.ismsSpaceKey ?? '',
    reason: '',
  };
}

/** A whole number as a number; anything else as typed, so the backend names the field at fault. */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return (/^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed) as number;
}

/** What `saveAuditProgramme` is sent. The backend trims and checks every value. */
export function saveInput(
  draft: ProgrammeDraft,
  cycleStart: string,
  expectedVersion: number,
): ResolverInput<'saveAuditProgramme'> {
  const spaceKey = draft.ismsSpaceKey.trim();
  return {
    cycleStart,
    programme: {
      objectives: draft.objectives,
      criteria: draft.criteria,
      methods: draft.methods,
      responsibilities: draft.responsibilities,
      reporting: draft.reporting,
      frequencyPolicy: {
        intervalMonths: {
          high: wholeNumber(draft.intervalHigh),
          medium: wholeNumber(draft.intervalMedium),
          low: wholeNumber(draft.intervalLow),
        },
        thresholds: { high: wholeNumber(draft.thresholdHigh), medium: wholeNumber(draft.thresholdMedium) },
        raiseOnMajorNc: draft.raiseOnMajorNc,
      },
      ismsSpaceKey: spaceKey ? spaceKey : null,
    },
    expectedVersion,
    ...changeReason(draft.reason),
  };
}

/** The form's fields as the backend names them in `error.field`. */
export const programmeFieldPaths = {
  objectives: 'programme.objectives',
  criteria: 'programme.criteria',
  methods: 'programme.methods',
  responsibilities: 'programme.responsibilities',
  reporting: 'programme.reporting',
  intervalHigh: 'programme.frequencyPolicy.intervalMonths.high',
  intervalMedium: 'programme.frequencyPolicy.intervalMonths.medium',
  intervalLow: 'programme.frequencyPolicy.intervalMonths.low',
  intervals: 'programme.frequencyPolicy.intervalMonths',
  thresholdHigh: 'programme.frequencyPolicy.thresholds.high',
  thresholdMedium: 'programme.frequencyPolicy.thresholds.medium',
  raiseOnMajorNc: 'programme.frequencyPolicy.raiseOnMajorNc',
  ismsSpaceKey: 'programme.ismsSpaceKey',
  reason: 'reason',
} as const;
