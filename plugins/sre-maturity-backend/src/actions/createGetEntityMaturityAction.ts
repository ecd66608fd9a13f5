import { entityMaturitySchema, toEntityMaturity } from './entityMaturity';
import { entityRefInput, parseEntityRefInput } from './parseEntityRefInput';
import { SreMaturityActionsOptions } from './types';

/** `get-entity-maturity`: one entity's maturity, read as the caller. */
export function createGetEntityMaturityAction(
  options: Pick<
    SreMaturityActionsOptions,
    'actionsRegistry' | 'assessments' | 'model'
  >,
) {
  const { actionsRegistry, assessments, model } = options;
  actionsRegistry.register({
    name: 'get-entity-maturity',
    title: 'Get SRE maturity of an entity',
    description: `Reads the SRE maturity of one catalog entity (usually a service): for each area of the maturity model, the phase reached (not-started, crawl, walk, run), the target phase and the gap to it, and the criteria of the next phase still to meet, with their ids.
A missing criterion with catalogEvidence would be met by adding one of those annotations (or links of those types) to the entity's catalog-info.yaml; otherwise the team meets it by recording an answer (see record-answers).
The result carries the revision to pass to record-answers. Fails with NotFoundError when the entity does not exist or the caller may not see it.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({ entityRef: entityRefInput(z) }),
      output: entityMaturitySchema,
    },
    action: async ({ input, credentials }) => {
      const assessment = await assessments.getAssessment(
        parseEntityRefInput(input.entityRef),
        credentials,
      );
      return { output: toEntityMaturity(assessment, model) };
    },
  });
}
