import { NotFoundError } from '@backstage/errors';
import { findCriterion } from '@sre-maturity/backstage-plugin-common';
import { catalogEvidenceOf, catalogEvidenceSchema } from './catalogEvidence';
import { SreMaturityActionsOptions } from './types';

/** `explain-criterion`: one criterion of the model in full. */
export function createExplainCriterionAction(
  options: Pick<SreMaturityActionsOptions, 'actionsRegistry' | 'model'>,
) {
  const { actionsRegistry, model } = options;
  actionsRegistry.register({
    name: 'explain-criterion',
    title: 'Explain an SRE maturity criterion',
    description: `Explains one criterion of the SRE maturity model: its area and phase, what the practice is, how a team gets there, and which catalog annotations or link types count as evidence that it is met.
Criterion ids look like "observability.walk.error-budgets-tracked"; get-model and get-entity-maturity list them.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          criterionId: z
            .string()
            .describe(
              'The criterion id, e.g. "on-call.crawl.on-call-schedule"',
            ),
        }),
      output: z =>
        z.object({
          id: z.string(),
          areaId: z.string(),
          phase: z.string(),
          title: z.string(),
          description: z.string().describe('What the practice is'),
          guidance: z.string().describe('How a team gets there'),
          source: z
            .string()
            .describe(
              '"seed" when the model document states it, "extended" when added from established SRE practice, "custom" when added by this installation',
            ),
          catalogEvidence: catalogEvidenceSchema(z),
        }),
    },
    action: async ({ input }) => {
      const criterion = findCriterion(model, input.criterionId);
      if (!criterion) {
        throw new NotFoundError(
          `No criterion "${input.criterionId}" in the model`,
        );
      }
      return {
        output: {
          id: criterion.id,
          areaId: criterion.areaId,
          phase: criterion.phase,
          title: criterion.title,
          description: criterion.description,
          guidance: criterion.guidance,
          source: criterion.source,
          catalogEvidence: catalogEvidenceOf(criterion.evidence),
        },
      };
    },
  });
}
