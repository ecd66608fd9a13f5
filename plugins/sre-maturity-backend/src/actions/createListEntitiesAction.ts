import {
  MATURITY_LEVELS,
  MaturityLevel,
  PHASES,
} from '@sre-maturity/backstage-plugin-common';
import { SORTABLE_COLUMNS } from '../database/sortColumns';
import { modelAreasOnly } from '../service/modelAreas';
import {
  parsePage,
  parseScorecardFilter,
  parseScorecardOrder,
} from '../service/parseQuery';
import { scorecardSelection } from '../service/scorecardSelection';
import { apiLimits } from './apiLimits';
import { SreMaturityActionsOptions } from './types';

const levels = MATURITY_LEVELS as [MaturityLevel, ...MaturityLevel[]];

/** The most entities one call returns. */
const LIST_ENTITIES_MAX_LIMIT = 100;

/** `list-entities`: the scorecard, filtered, sorted and paged, as the caller sees it. */
export function createListEntitiesAction(
  options: Pick<
    SreMaturityActionsOptions,
    | 'actionsRegistry'
    | 'visibility'
    | 'scorecard'
    | 'groupTree'
    | 'model'
    | 'staleAfterDays'
  >,
) {
  const {
    actionsRegistry,
    visibility,
    scorecard,
    groupTree,
    model,
    staleAfterDays,
  } = options;
  const modelAreasOf = modelAreasOnly(model);
  actionsRegistry.register({
    name: 'list-entities',
    title: 'List entities on the SRE maturity scorecard',
    description: `Queries the SRE maturity scorecard: the catalog entities the caller may see, with their phase overall and per area, score (0-100), target phase and gap.
Filters combine with AND; the values of one filter with OR. For example, the services of team X below their target: { "owner": ["group:default/team-x"], "type": ["service"], "belowTarget": true }.
Sort with orderBy (a column, or an area id to sort by that area's phase) and order. Returns at most ${LIST_ENTITIES_MAX_LIMIT} entities a call; page with offset, and use totalItems for how many match.
Use get-entity-maturity for what one entity is missing.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => {
        const values = z
          .array(z.string().max(apiLimits.filterValueLength))
          .max(apiLimits.filterValues)
          .optional();
        return z.object({
          owner: values.describe(
            'Owner entity refs; a bare name is a group in the default namespace',
          ),
          includeSubgroups: z
            .boolean()
            .optional()
            .describe(
              "With owner: also the entities of the owners' sub-groups, at any depth",
            ),
          system: values.describe('System entity refs or names'),
          kind: values.describe('e.g. "Component"'),
          type: values.describe('e.g. "service"'),
          lifecycle: values.describe('e.g. "production"'),
          tag: values,
          phase: z
            .array(z.enum(levels))
            .optional()
            .describe("The entity's overall phase"),
          stale: z
            .boolean()
            .optional()
            .describe('Only entities with answers due for re-assessment'),
          belowTarget: z
            .boolean()
            .optional()
            .describe('Only entities short of their target phase'),
          q: z
            .string()
            .max(apiLimits.queryLength)
            .optional()
            .describe("Text in the entity's name or title, in any case"),
          applicability: z
            .enum(['applicable', 'none', 'all'])
            .optional()
            .describe(
              '"applicable" (default): entities to which some criterion applies; "none": those to which nothing applies; "all": both',
            ),
          orderBy: z
            .string()
            .max(apiLimits.orderByLength)
            .optional()
            .describe(
              `One of ${SORTABLE_COLUMNS.join(
                ', ',
              )}, or an area id; "name" by default`,
            ),
          order: z.enum(['asc', 'desc']).optional(),
          limit: z
            .number()
            .int()
            .min(1)
            .max(LIST_ENTITIES_MAX_LIMIT)
            .optional()
            .describe('20 by default'),
          offset: z.number().int().min(0).max(apiLimits.offset).optional(),
        });
      },
      output: z =>
        z.object({
          totalItems: z.number().describe('How many entities match'),
          offset: z.number(),
          limit: z.number(),
          items: z.array(
            z.object({
              entityRef: z.string(),
              title: z.string().optional(),
              owner: z.string().optional(),
              system: z.string().optional(),
              type: z.string().optional(),
              lifecycle: z.string().optional(),
              overall: z.enum(levels),
              score: z.number(),
              target: z.enum(PHASES).optional(),
              gap: z.number(),
              stale: z.boolean(),
              lastAssessedAt: z.string().optional(),
              areas: z
                .record(z.enum(levels))
                .describe(
                  'The phase reached per area id, for the areas that apply to the entity',
                ),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const order = parseScorecardOrder(input, model);
      const page = parsePage({ ...input, limit: input.limit ?? 20 });
      const selection = await scorecardSelection({
        filter: parseScorecardFilter(input),
        credentials,
        visibility,
        groupTree,
        staleAfterDays,
      });
      const [rows, totals] = await Promise.all([
        scorecard.page(selection, order, page),
        scorecard.totals(selection),
      ]);
      return {
        output: {
          totalItems: totals.entities,
          ...page,
          items: rows.map(row => ({
            entityRef: row.entityRef,
            title: row.title,
            owner: row.owner,
            system: row.system,
            type: row.type,
            lifecycle: row.lifecycle,
            overall: row.overall,
            score: row.score,
            target: row.target,
            gap: row.gap,
            stale: row.stale,
            lastAssessedAt: row.lastAssessedAt,
            areas: Object.fromEntries(
              Object.entries(modelAreasOf(row.areas))
                .filter(([, area]) => area.applicable)
                .map(([areaId, area]) => [areaId, area.level]),
            ),
          })),
        },
      };
    },
  });
}
