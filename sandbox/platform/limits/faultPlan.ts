import { z } from 'zod';

/** Faults that act on a product call. */
export const callFaultKinds = ['429', '500', '503', 'slow', '500-after'] as const;
/** Every fault kind; `drop-event` acts on a product event (see eventDelivery.ts). */
export const faultKinds = [...callFaultKinds, 'drop-event'] as const;

export type CallFaultKind = (typeof callFaultKinds)[number];
export type FaultKind = (typeof faultKinds)[number];

const probability = z.number().min(0).max(1).describe('0 = never, 1 = always');

export const faultMatchSchema = z
  .strictObject({
    product: z.enum(['jira', 'confluence']).optional(),
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'an HTTP method such as GET')
      .optional(),
    pathPrefix: z
      .string()
      .regex(/^\//, 'must start with /')
      .optional()
      .describe('compared with the path including its query'),
  })
  .describe('Which calls (or, for drop-event, the events of which product) an entry applies to; all if absent');

export const faultPlanSchema = z
  .strictObject({
    seed: z
      .int()
      .min(0)
      .max(4294967295)
      .optional()
      .describe('PRNG seed; the same seed and the same calls give the same faults. Random (and reported) if absent'),
    rate: z
      .strictObject({
        probability,
        kinds: z.array(z.enum(callFaultKinds)).min(1),
        match: faultMatchSchema.optional(),
      })
      .optional()
      .describe('Random faults: each matching call fails with this probability, with a kind drawn from kinds'),
    script: z
      .array(
        z.strictObject({
          call: z
            .int()
            .min(1)
            .max(1_000_000)
            .describe('the Nth matching call (or event, for drop-event) from now, 1-based'),
          kind: z.enum(faultKinds),
          match: faultMatchSchema.optional(),
        }),
      )
      .max(1000)
      .optional()
      .describe('Exact faults; a script entry wins over the random rate'),
    slowMs: z.int().min(0).max(120_000).optional().describe('delay of a slow answer (default 1500)'),
    retryAfterSeconds: z.int().min(1).max(3600).optional().describe('Retry-After of an injected 429 (default 5)'),
    dropEvents: z
      .strictObject({ probability })
      .optional()
      .describe('Product events dropped at random: never delivered'),
  })
  .describe('A fault plan for the emulated products (POST /sandbox/faults)');

export type FaultPlan = z.infer<typeof faultPlanSchema>;
export type FaultMatch = z.infer<typeof faultMatchSchema>;

export interface FaultPlanIssue {
  /** Dotted path of the offending field, e.g. `rate.probability` or `script.0.kind` (`(root)` for the plan). */
  field: string;
  message: string;
}

export class FaultPlanError extends Error {
  constructor(readonly issues: FaultPlanIssue[]) {
    super(`Invalid fault plan: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`);
    this.name = 'FaultPlanError';
  }
}

export type FaultPlanParse = { ok: true; plan: FaultPlan } | { ok: false; issues: FaultPlanIssue[] };

/** Validates a plan as `POST /sandbox/faults` receives it; the issues name the fields. */
export function parseFaultPlan(input: unknown): FaultPlanParse {
  const result = faultPlanSchema.safeParse(input);
  if (result.success) return { ok: true, plan: result.data };
  return {
    ok: false,
    issues: result.error.issues.flatMap((issue) => {
      const at = (path: PropertyKey[]) => (path.length > 0 ? path.map(String).join('.') : '(root)');
      // zod reports unknown keys at their parent; name each key itself.
      if (issue.code === 'unrecognized_keys')
        return issue.keys.map((key) => ({ field: at([...issue.path, key]), message: 'Unrecognized key' }));
      return [{ field: at(issue.path), message: issue.message }];
    }),
  };
}

/** The plan's JSON Schema (for GET /sandbox/contract and docs/sandbox.md). */
export const faultPlanJsonSchema = (): unknown => z.toJSONSchema(faultPlanSchema);
