import { SreMaturityActionsOptions } from './types';

/** `get-model`: the maturity model's areas, phases and criteria, in brief. */
export function createGetModelAction(
  options: Pick<
    SreMaturityActionsOptions,
    'actionsRegistry' | 'model' | 'staleAfterDays'
  >,
) {
  const { actionsRegistry, model, staleAfterDays } = options;
  actionsRegistry.register({
    name: 'get-model',
    title: 'Get the SRE maturity model',
    description: `Lists the SRE maturity model that entities are assessed against: its areas (e.g. observability, on-call), each with three phases in order (crawl, walk, run), and each phase's criteria by id and title.
A phase is reached when every criterion of it and of the earlier phases is met or not applicable; an area's phase is the highest reached, and an entity's phase is that of its weakest area.
Use explain-criterion for what a criterion means, how to meet it and what catalog evidence counts for it.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({}),
      output: z =>
        z.object({
          staleAfterDays: z
            .number()
            .describe('Answers older than this are due for re-assessment'),
          areas: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              description: z.string(),
              phases: z.array(
                z.object({
                  id: z.string(),
                  summary: z.string(),
                  criteria: z.array(
                    z.object({ id: z.string(), title: z.string() }),
                  ),
                }),
              ),
            }),
          ),
        }),
    },
    action: async () => ({
      output: {
        staleAfterDays,
        areas: model.areas.map(area => ({
          id: area.id,
          title: area.title,
          description: area.description,
          phases: area.phases.map(phase => ({
            id: phase.id,
            summary: phase.summary,
            criteria: phase.criteria.map(({ id, title }) => ({ id, title })),
          })),
        })),
      },
    }),
  });
}
