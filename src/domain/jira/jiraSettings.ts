import { z } from 'zod';
import { FindingGrade } from '../audits/finding';

/** A Jira project key as Jira allows it: an upper-case letter, then letters, digits or `_`. */
export const JiraProjectKey = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'A Jira project key: 2–10 upper-case letters, digits or _, starting with a letter');

/** Where one kind of issue goes: a project and one of its issue types (by name). */
export const JiraIssueTarget = z.object({
  projectKey: JiraProjectKey,
  issueType: z.string().trim().min(1, 'Choose an issue type').max(60),
});
export type JiraIssueTarget = z.infer<typeof JiraIssueTarget>;

const statusName = z.string().trim().min(1, 'Choose a status').max(60);

/**
 * Which Jira status means which step of a corrective action. The app moves issues into these
 * statuses through the workflow's own transitions; the verification gate guards `closed`.
 */
export const StatusMapping = z
  .object({
    planned: statusName,
    implemented: statusName,
    verification: statusName,
    closed: statusName,
  })
  .superRefine((mapping, ctx) => {
    const seen = new Map<string, string>();
    for (const [step, status] of Object.entries(mapping)) {
      const earlier = seen.get(status.toLowerCase());
      if (earlier) ctx.addIssue({ code: 'custom', path: [step], message: `"${status}" already means ${earlier}` });
      else seen.set(status.toLowerCase(), step);
    }
  });
export type StatusMapping = z.infer<typeof StatusMapping>;
export const mappedSteps = ['planned', 'implemented', 'verification', 'closed'] as const;
export type MappedStep = (typeof mappedSteps)[number];

/**
 * The due-date policy of one grade, in business days from the day the finding is raised: the
 * corrective-action plan is due after `planBusinessDays`, the implementation after
 * `implementationBusinessDays`. A grade whose corrective action is optional may leave both out.
 */
export const GradeDuePolicy = z
  .object({
    correctiveAction: z.enum(['required', 'optional']),
    planBusinessDays: z.number().int().min(1, 'At least 1 business day').max(250).nullable(),
    implementationBusinessDays: z.number().int().min(1, 'At least 1 business day').max(500).nullable(),
    /**
     * May a programme manager close a finding of this grade with a signed record that no corrective
     * action is needed? Left out (settings saved before it existed): yes exactly when the action is optional.
     */
    closeWithoutAction: z.boolean().optional(),
    /**
     * Calendar days between implementation and the earliest effectiveness check, so the check
     * judges an effect and not only that the work was done. 0 (checkable at once) where the policy
     * says so; settings saved before this existed read as 0, as they behaved.
     */
    effectivenessWaitDays: z.number().int().min(0, 'At least 0 days').max(365, 'At most 365 days').default(0),
  })
  .superRefine((policy, ctx) => {
    if (policy.correctiveAction === 'required' && policy.closeWithoutAction === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['closeWithoutAction'],
        message: 'A grade whose corrective action is required cannot be closed without one',
      });
    }
    if (policy.correctiveAction === 'required') {
      if (policy.planBusinessDays === null)
        ctx.addIssue({
          code: 'custom',
          path: ['planBusinessDays'],
          message: 'A required action needs a plan due date',
        });
      if (policy.implementationBusinessDays === null)
        ctx.addIssue({
          code: 'custom',
          path: ['implementationBusinessDays'],
          message: 'A required action needs an implementation due date',
        });
    }
    if (
      policy.planBusinessDays !== null &&
      policy.implementationBusinessDays !== null &&
      policy.implementationBusinessDays < policy.planBusinessDays
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['implementationBusinessDays'],
        message: 'Implementation cannot be due before the plan',
      });
    }
  });
export type GradeDuePolicy = z.infer<typeof GradeDuePolicy>;

/** Whether the policy lets a finding of its grade close on a signed exemption instead of an action. */
export const mayCloseWithoutAction = (policy: Pick<GradeDuePolicy, 'closeWithoutAction' | 'correctiveAction'>) =>
  policy.closeWithoutAction ?? policy.correctiveAction === 'optional';

const label = z.string().trim().min(1).max(255).regex(/^\S+$/, 'A Jira label has no spaces');

/** How findings and corrective actions become Jira issues (the `jira:adminPage`, one record `jira`). */
export const JiraSettings = z.object({
  nonconformities: JiraIssueTarget,
  correctiveActions: JiraIssueTarget,
  statuses: StatusMapping,
  /**
   * The NC issue's own status the closing gate guards: an NC closes only when the app says so
   * (findingClosure). Settings saved before it existed read as "Closed".
   */
  nonconformityStatuses: z.object({ closed: statusName }).default({ closed: 'Closed' }),
  dueDates: z.object({
    majorNC: GradeDuePolicy,
    minorNC: GradeDuePolicy,
    observation: GradeDuePolicy,
    opportunity: GradeDuePolicy,
  }),
  /** Put on every issue the app raises, so a JQL filter finds them all. */
  labels: z.array(label).max(10).default(['iso27001-internal-audit']),
});
export type JiraSettings = z.infer<typeof JiraSettings>;
export type JiraSettingsInput = z.input<typeof JiraSettings>;

export const gradesWithPolicy = FindingGrade.options;

/** A starting point that matches the suggested policy (docs/domain.md); the admin changes it before saving. */
export const suggestedJiraSettings: JiraSettings = {
  nonconformities: { projectKey: 'NC', issueType: 'Nonconformity' },
  correctiveActions: { projectKey: 'CA', issueType: 'Corrective action' },
  statuses: {
    planned: 'Action planned',
    implemented: 'Implemented',
    verification: 'Awaiting verification',
    closed: 'Closed',
  },
  nonconformityStatuses: { closed: 'Closed' },
  dueDates: {
    majorNC: {
      correctiveAction: 'required',
      planBusinessDays: 10,
      implementationBusinessDays: 30,
      closeWithoutAction: false,
      effectivenessWaitDays: 60,
    },
    minorNC: {
      correctiveAction: 'required',
      planBusinessDays: 20,
      implementationBusinessDays: 60,
      closeWithoutAction: false,
      effectivenessWaitDays: 30,
    },
    observation: {
      correctiveAction: 'optional',
      planBusinessDays: null,
      implementationBusinessDays: null,
      closeWithoutAction: true,
      effectivenessWaitDays: 0,
    },
    opportunity: {
      correctiveAction: 'optional',
      planBusinessDays: null,
      implementationBusinessDays: null,
      closeWithoutAction: true,
      effectivenessWaitDays: 0,
    },
  },
  labels: ['iso27001-internal-audit'],
};
