import type {
  components as SreMaturityApiComponents,
  operations as SreMaturityApiOperations,
} from './generated/openapi';

// Names for the types of the backend's API, generated from its spec
// (plugins/sre-maturity-backend/src/schema/openapi.yaml). The backend
// answers with them and the frontend's client reads them.

export type { SreMaturityApiComponents, SreMaturityApiOperations };

/**
 * The effective model and how old an answer may get before it is stale.
 *
 * @public
 */
export type ModelResponse =
  SreMaturityApiComponents['schemas']['ModelResponse'];

/**
 * The catalog fields shown with an assessment.
 *
 * @public
 */
export type EntitySummary =
  SreMaturityApiComponents['schemas']['EntitySummary'];

/**
 * One entity's assessment, with the revision the next update must carry.
 *
 * @public
 */
export type EntityAssessment =
  SreMaturityApiComponents['schemas']['EntityAssessment'];

/**
 * What a cached evidence provider (read on a schedule) read for an entity:
 * `read` at `readAt`, `unreadable` (why in `message`), `pending` (not read
 * yet) or `none` (the entity has no source for it).
 *
 * @public
 */
export type EvidenceSourceStatus =
  SreMaturityApiComponents['schemas']['EvidenceSourceStatus'];

/**
 * One answer as a client sends it. `unanswered` clears the answer.
 * `reason` is required for `not-applicable`; `expiresAt` (YYYY-MM-DD, not in
 * the past) is only allowed with it. Empty `evidenceUrl` and `expiresAt`
 * count as absent.
 *
 * @public
 */
export type AnswerInput = SreMaturityApiComponents['schemas']['AnswerInput'];

/**
 * Answers saved together, all or none, based on `revision`.
 *
 * @public
 */
export type AssessmentUpdateRequest =
  SreMaturityApiComponents['schemas']['AssessmentUpdateRequest'];

/**
 * One answer change in an entity's history.
 *
 * @public
 */
export type HistoryEvent = SreMaturityApiComponents['schemas']['HistoryEvent'];

/**
 * One page of history, newest first; `nextCursor` is absent on the last.
 *
 * @public
 */
export type HistoryPage = SreMaturityApiComponents['schemas']['HistoryPage'];

/**
 * Page and criterion of an entity's history.
 *
 * @public
 */
export type HistoryQuery = NonNullable<
  SreMaturityApiOperations['GetAssessmentHistory']['parameters']['query']
>;

/**
 * A range of days (YYYY-MM-DD, UTC, inclusive); the backend defaults to the
 * last 90 days.
 *
 * @public
 */
export type TrendRange = NonNullable<
  SreMaturityApiOperations['GetAssessmentTrend']['parameters']['query']
>;

/**
 * An entity's state at the end of one day.
 *
 * @public
 */
export type TrendPoint = SreMaturityApiComponents['schemas']['TrendPoint'];

/** @public */
export type EntityTrend = SreMaturityApiComponents['schemas']['EntityTrend'];

/**
 * How many entities are at each level.
 *
 * @public
 */
export type LevelCounts = SreMaturityApiComponents['schemas']['LevelCounts'];

/**
 * Filters of the scorecard. Several values of one filter match any of them;
 * different filters must all match.
 *
 * @public
 */
export type ScorecardFilter = NonNullable<
  SreMaturityApiOperations['GetScorecardFacets']['parameters']['query']
>;

/**
 * Which entities the scorecard lists by what the model applies to; by
 * default only those to which at least one criterion applies.
 *
 * @public
 */
export type Applicability =
  SreMaturityApiComponents['schemas']['Applicability'];

/**
 * Sort direction.
 *
 * @public
 */
export type SortOrder = SreMaturityApiComponents['parameters']['order'];

/**
 * Filters, sort and page of the scorecard; whether to count the facets is
 * up to the client.
 *
 * @public
 */
export type ScorecardQuery = Omit<
  NonNullable<SreMaturityApiOperations['GetScorecard']['parameters']['query']>,
  'facets'
>;

/**
 * Level and progress of one area in a scorecard row.
 *
 * @public
 */
export type AreaCell = SreMaturityApiComponents['schemas']['AreaCell'];

/** @public */
export type ScorecardRow = SreMaturityApiComponents['schemas']['ScorecardRow'];

/** @public */
export type FacetCount = SreMaturityApiComponents['schemas']['FacetCount'];

/**
 * Counts per filter value, each counted with every filter but its own.
 *
 * @public
 */
export type ScorecardFacets =
  SreMaturityApiComponents['schemas']['ScorecardFacets'];

/** @public */
export type ScorecardTotals =
  SreMaturityApiComponents['schemas']['ScorecardTotals'];

/**
 * One page of the scorecard; without facet counts when asked `facets=false`.
 *
 * @public
 */
export type ScorecardResponse =
  SreMaturityApiComponents['schemas']['ScorecardResponse'];

/** @public */
export type ScorecardFacetCounts =
  SreMaturityApiComponents['schemas']['ScorecardFacetCounts'];

/**
 * Filters, sort and page of the roll-ups.
 *
 * @public
 */
export type ScorecardGroupsQuery = NonNullable<
  SreMaturityApiOperations['GetScorecardGroups']['parameters']['query']
>;

/**
 * What the scorecard is rolled up by.
 *
 * @public
 */
export type ScorecardGroupBy = ScorecardGroupsQuery['by'];

/** @public */
export type GroupRow = SreMaturityApiComponents['schemas']['GroupRow'];

/** @public */
export type GroupsPage = SreMaturityApiComponents['schemas']['GroupsPage'];

/**
 * A group's roll-up through the org tree: its entities and its sub-groups',
 * one row per direct sub-group and one for what it owns itself.
 *
 * @public
 */
export type GroupMaturity =
  SreMaturityApiComponents['schemas']['GroupMaturity'];

/**
 * Filters of a group's roll-up (the owner is the group).
 *
 * @public
 */
export type GroupMaturityQuery = NonNullable<
  SreMaturityApiOperations['GetGroupMaturity']['parameters']['query']
>;

/**
 * The page of exempt entities to list.
 *
 * @public
 */
export type ScorecardExemptQuery = NonNullable<
  SreMaturityApiOperations['GetScorecardExempt']['parameters']['query']
>;

/**
 * An entity the scorecard leaves out for its exemption, and the reason.
 *
 * @public
 */
export type ExemptEntity = SreMaturityApiComponents['schemas']['ExemptEntity'];

/** @public */
export type ExemptPage = SreMaturityApiComponents['schemas']['ExemptPage'];

/**
 * Filters and range of days of the org-wide trend.
 *
 * @public
 */
export type ScorecardTrendQuery = NonNullable<
  SreMaturityApiOperations['GetScorecardTrend']['parameters']['query']
>;

/** @public */
export type OrgTrendPoint =
  SreMaturityApiComponents['schemas']['OrgTrendPoint'];

/** @public */
export type OrgTrend = SreMaturityApiComponents['schemas']['OrgTrend'];

/**
 * How many of the selected entities are at each phase, per area id.
 *
 * @public
 */
export type ScorecardAreas =
  SreMaturityApiComponents['schemas']['ScorecardAreas'];

/**
 * What asking for a catalog sync did: `started` a run (within seconds, on
 * whichever backend replica claims it), or found one `alreadyRunning`.
 *
 * @public
 */
export type SyncTrigger = SreMaturityApiComponents['schemas']['SyncTrigger'];

/**
 * A problem with one field of an update request, e.g. `answers[2].reason`,
 * with the criterion its answer names and the answer's field when known.
 *
 * @public
 */
export type FieldError = SreMaturityApiComponents['schemas']['FieldError'];

/**
 * The body of a 400 to an update: Backstage's error body, whose
 * `error.fields` lists each answer problem when the answers break the
 * model's rules.
 *
 * @public
 */
export type UpdateAssessmentError =
  SreMaturityApiComponents['schemas']['UpdateAssessmentError'];

/**
 * The body of a 409: Backstage's error body with the assessment as it is now.
 *
 * @public
 */
export type ConflictResponse =
  SreMaturityApiComponents['schemas']['ConflictResponse'];

/**
 * The entities a campaign covers, among those on the scorecard: each list
 * present and not empty must contain the entity's value.
 *
 * @public
 */
export type CampaignFilter =
  SreMaturityApiComponents['schemas']['CampaignFilter'];

/**
 * What a covered entity must reach: a phase overall or per area, named
 * criteria, or a mix.
 *
 * @public
 */
export type CampaignTarget =
  SreMaturityApiComponents['schemas']['CampaignTarget'];

/**
 * A campaign as a client creates it, or replaces it with an update.
 *
 * @public
 */
export type CampaignInput =
  SreMaturityApiComponents['schemas']['CampaignInput'];

/**
 * A replacement of a stored campaign, based on `revision`.
 *
 * @public
 */
export type CampaignUpdateRequest =
  SreMaturityApiComponents['schemas']['CampaignUpdateRequest'];

/**
 * A named goal with a deadline for the entities it covers; `source: config`
 * ones come from `sreMaturity.campaigns` and are read-only.
 *
 * @public
 */
export type Campaign = SreMaturityApiComponents['schemas']['Campaign'];

/**
 * How many covered entities are at target against how many should be by
 * now on the straight line to the deadline.
 *
 * @public
 */
export type CampaignStanding =
  SreMaturityApiComponents['schemas']['CampaignStanding'];

/** @public */
export type CampaignListItem =
  SreMaturityApiComponents['schemas']['CampaignListItem'];

/** @public */
export type CampaignList = SreMaturityApiComponents['schemas']['CampaignList'];

/**
 * One owning team's standing in a campaign; `owner` is null for entities
 * without an owner.
 *
 * @public
 */
export type CampaignTeam = SreMaturityApiComponents['schemas']['CampaignTeam'];

/**
 * One day of a campaign's burn-up: covered, at target, and the line to
 * follow.
 *
 * @public
 */
export type CampaignBurnUpPoint =
  SreMaturityApiComponents['schemas']['CampaignBurnUpPoint'];

/** @public */
export type CampaignProgress =
  SreMaturityApiComponents['schemas']['CampaignProgress'];

/**
 * One change of a stored campaign, with the campaign after it.
 *
 * @public
 */
export type CampaignHistoryEvent =
  SreMaturityApiComponents['schemas']['CampaignHistoryEvent'];

/** @public */
export type CampaignHistory =
  SreMaturityApiComponents['schemas']['CampaignHistory'];

/**
 * The body of a 409 to a campaign update or deletion: Backstage's error
 * body with the campaign as it is now.
 *
 * @public
 */
export type CampaignConflictResponse =
  SreMaturityApiComponents['schemas']['CampaignConflictResponse'];

/**
 * An area below a campaign's target for one entity, with the criteria it
 * still needs.
 *
 * @public
 */
export type CampaignAreaNeed =
  SreMaturityApiComponents['schemas']['CampaignAreaNeed'];

/**
 * What an entity still needs to reach a campaign's target.
 *
 * @public
 */
export type CampaignNeeds =
  SreMaturityApiComponents['schemas']['CampaignNeeds'];

/**
 * A campaign covering an entity, and where the entity stands in it.
 *
 * @public
 */
export type EntityCampaign =
  SreMaturityApiComponents['schemas']['EntityCampaign'];

/** @public */
export type EntityCampaigns =
  SreMaturityApiComponents['schemas']['EntityCampaigns'];
