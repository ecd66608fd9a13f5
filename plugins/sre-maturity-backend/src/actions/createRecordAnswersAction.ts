import { ConflictError, NotAllowedError } from '@backstage/errors';
import { ANSWER_TEXT_MAX_LENGTH } from '@sre-maturity/backstage-plugin-common';
import { updateAssessmentAudited } from '../service/updateAssessmentAudited';
import { apiLimits } from './apiLimits';
import { entityMaturitySchema, toEntityMaturity } from './entityMaturity';
import { entityRefInput, parseEntityRefInput } from './parseEntityRefInput';
import { SreMaturityActionsOptions } from './types';

/**
 * `record-answers`: a user's answers for one entity, with the same checks,
 * optimistic concurrency and audit event as the REST API's PATCH.
 */
export function createRecordAnswersAction(
  options: Pick<
    SreMaturityActionsOptions,
    'actionsRegistry' | 'auth' | 'auditor' | 'assessments' | 'model'
  >,
) {
  const { actionsRegistry, auth, auditor, assessments, model } = options;
  actionsRegistry.register({
    name: 'record-answers',
    title: 'Record SRE maturity answers for an entity',
    description: `Records the caller's self-assessment answers for criteria of one entity, all or none, and returns the entity's maturity after them.
Pass the revision that get-entity-maturity returned. When someone changed the answers since, nothing is written and the call fails with a ConflictError that carries the current maturity and revision: show the user what changed and try again with the new revision only if they still want the change.
Status "met" or "not-met" answers a criterion; "not-applicable" requires a reason (and may expire on expiresAt); "unanswered" clears an answer. Add a note and an evidence link where you can.
Only users may record answers, and only on entities the permission policy lets them update (often the entity's owners); otherwise the call fails with NotAllowedError.`,
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefInput(z),
          revision: z
            .number()
            .int()
            .min(0)
            .max(apiLimits.revision)
            .describe('The revision the answers are based on'),
          answers: z
            .array(
              z.object({
                criterionId: z.string().describe('The criterion id'),
                status: z.enum([
                  'met',
                  'not-met',
                  'not-applicable',
                  'unanswered',
                ]),
                note: z
                  .string()
                  .optional()
                  .describe(`Up to ${ANSWER_TEXT_MAX_LENGTH} characters`),
                evidenceUrl: z
                  .string()
                  .optional()
                  .describe('An http(s) link to evidence of the answer'),
                reason: z
                  .string()
                  .optional()
                  .describe(
                    `Why the criterion is not applicable; up to ${ANSWER_TEXT_MAX_LENGTH} characters`,
                  ),
                expiresAt: z
                  .string()
                  .optional()
                  .describe(
                    'YYYY-MM-DD: when a not-applicable answer stops counting',
                  ),
              }),
            )
            .min(1)
            .max(apiLimits.answers)
            .describe('At most one answer per criterion'),
        }),
      output: entityMaturitySchema,
    },
    action: async ({ input, credentials }) => {
      if (!auth.isPrincipal(credentials, 'user')) {
        throw new NotAllowedError('Only users may record answers');
      }
      const outcome = await updateAssessmentAudited({
        assessments,
        auditor,
        ref: parseEntityRefInput(input.entityRef),
        revision: input.revision,
        answers: input.answers,
        credentials,
      });
      if (outcome.type === 'conflict') {
        // The MCP server passes on only an error's name and message.
        throw new ConflictError(
          `${
            outcome.error.message
          }. Nothing was written. The current state: ${JSON.stringify(
            toEntityMaturity(outcome.current, model),
          )}`,
        );
      }
      return { output: toEntityMaturity(outcome.assessment, model) };
    },
  });
}
