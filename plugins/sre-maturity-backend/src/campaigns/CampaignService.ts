import {
  BackstageCredentials,
  BackstageUserPrincipal,
  CacheService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  Campaign,
  campaignAreaTargets,
  CampaignHistoryEvent,
  CampaignInput,
  CampaignListItem,
  campaignNeeds,
  CampaignProgress,
  CampaignStanding,
  campaignStanding,
  CampaignStandingInput,
  CampaignTeam,
  EntityCampaign,
  findCriterion,
  MaturityModel,
  reachesCampaignTarget,
  sreMaturityCampaignManagePermission,
  validateCampaignInput,
} from '@sre-maturity/backstage-plugin-common';
import { createHash, randomUUID } from 'node:crypto';
import { AssessmentService } from '../assessment/AssessmentService';
import {
  CampaignCoverage,
  CampaignCoverageStore,
  CoveredEntity,
} from '../database/CampaignCoverageStore';
import { CampaignChange, CampaignStore } from '../database/CampaignStore';
import { addDays, utcDay } from '../database/conversions';
import { GroupTreeStore } from '../database/GroupTreeStore';
import { DayRange, EntityVisibility } from '../database/types';
import { InvalidFieldsError } from '../validation/InvalidFieldsError';

/** A write, or a stale revision and the campaign as it is now. */
export type CampaignWriteOutcome =
  | { type: 'written'; campaign: Campaign }
  | { type: 'conflict'; current: Campaign };

export interface CampaignServiceOptions {
  campaignStore: CampaignStore;
  coverageStore: CampaignCoverageStore;
  groups: GroupTreeStore;
  assessments: AssessmentService;
  permissions: PermissionsService;
  model: MaturityModel;
  /** The read-only campaigns of `sreMaturity.campaigns`. */
  configCampaigns: Campaign[];
  /** Keeps the burn-up's finished days. */
  cache: CacheService;
}

type BurnUpPoint = CampaignProgress['burnUp'][number];

/** How long finished days of a burn-up are kept: they are counted once a day. */
const FINISHED_DAYS_TTL_MS = 24 * 60 * 60 * 1000;

const EVERYONE: EntityVisibility = { type: 'all' };

function byDeadline(a: Campaign, b: Campaign): number {
  return (
    a.deadline.localeCompare(b.deadline) ||
    a.title.localeCompare(b.title, 'en-US') ||
    a.id.localeCompare(b.id)
  );
}

/** A ref as the scorecard stores owners and systems: kind and namespace filled in. */
function fullRef(value: string, defaultKind: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
    );
  } catch {
    return value;
  }
}

/** How far ahead of its line a standing is; the furthest behind sorts first. */
function lead(standing: CampaignStanding): number {
  return standing.atTarget - standing.required;
}

/**
 * The campaigns, stored and from configuration, their progress and the
 * campaigns of an entity. The REST API and the notifications read through
 * here. Reads without a `visibility` count every entity on the scorecard.
 */
export class CampaignService {
  constructor(private readonly options: CampaignServiceOptions) {}

  /** Every campaign, by deadline, then title. */
  async listCampaigns(): Promise<Campaign[]> {
    const stored = await this.options.campaignStore.listCampaigns();
    return [...this.options.configCampaigns, ...stored].sort(byDeadline);
  }

  /** Every campaign with where it stands on `now`'s day. */
  async listCampaignStandings(
    now: Date,
    visibility: EntityVisibility = EVERYONE,
  ): Promise<CampaignListItem[]> {
    const campaigns = await this.listCampaigns();
    return Promise.all(
      campaigns.map(async campaign => {
        const entities = await this.coveredEntities(campaign, visibility);
        return {
          campaign,
          standing: this.standingOf(campaign, utcDay(now), entities),
        };
      }),
    );
  }

  /** One campaign; `NotFoundError` when there is none. */
  async getCampaign(id: string): Promise<Campaign> {
    const campaign =
      this.configCampaign(id) ??
      (await this.options.campaignStore.getCampaign(id));
    if (!campaign) {
      throw new NotFoundError(`No campaign '${id}'`);
    }
    return campaign;
  }

  /**
   * Where a campaign stands on `now`'s day (UTC), per team, and its
   * burn-up from its start to that day or its deadline, whichever is
   * first; `NotFoundError` when there is none.
   */
  async getProgress(
    id: string,
    now: Date,
    visibility: EntityVisibility = EVERYONE,
  ): Promise<CampaignProgress> {
    const campaign = await this.getCampaign(id);
    const today = utcDay(now);
    const entities = await this.coveredEntities(campaign, visibility);

    const owners = new Map<string | null, CoveredEntity[]>();
    for (const entity of entities) {
      const owner = entity.owner ?? null;
      const owned = owners.get(owner) ?? [];
      owned.push(entity);
      owners.set(owner, owned);
    }
    const byTeam: CampaignTeam[] = [...owners]
      .map(([owner, owned]) => ({
        owner,
        standing: this.standingOf(campaign, today, owned),
      }))
      .sort(
        (a, b) =>
          lead(a.standing) - lead(b.standing) ||
          (a.owner ?? '\uffff').localeCompare(b.owner ?? '\uffff', 'en-US'),
      );

    const standing = this.standingOf(campaign, today, entities);
    return {
      campaignId: campaign.id,
      asOf: today,
      standing,
      byTeam,
      burnUp: await this.burnUp(campaign, today, visibility, standing),
    };
  }

  /**
   * The changes of a stored campaign, newest first, kept after it is
   * deleted; none for a config one. `NotFoundError` for an id no campaign
   * ever had: a stored one has at least its creation.
   */
  async getHistory(id: string): Promise<CampaignHistoryEvent[]> {
    if (this.configCampaign(id)) {
      return [];
    }
    const history = await this.options.campaignStore.getCampaignHistory(id);
    if (!history.length) {
      throw new NotFoundError(`No campaign '${id}'`);
    }
    return history;
  }

  /**
   * The campaigns covering an entity the caller may read, with what it
   * still needs for each; 404 when the caller cannot see it.
   */
  async getEntityCampaigns(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<EntityCampaign[]> {
    const { assessments, model } = this.options;
    const { entity, assessment } = await assessments.getAssessment(
      ref,
      credentials,
    );
    const only: EntityVisibility = {
      type: 'viewer',
      viewerId: '',
      refs: [entity.entityRef],
    };
    const campaigns = await this.listCampaigns();
    const covering = await Promise.all(
      campaigns.map(
        async campaign =>
          (await this.coveredEntities(campaign, only)).length > 0,
      ),
    );
    return campaigns
      .filter((_, index) => covering[index])
      .map(campaign => {
        const needs = campaignNeeds(model, campaign.target, assessment);
        return {
          campaign,
          atTarget: !needs.areas.length && !needs.criteria.length,
          needs,
        };
      });
  }

  async createCampaign(
    input: CampaignInput,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    now: Date,
  ): Promise<Campaign> {
    this.validate(input);
    await this.authorizeManage(credentials);
    return this.options.campaignStore.createCampaign(randomUUID(), input, {
      actor: credentials.principal.userEntityRef,
      now,
    });
  }

  /** Replaces a stored campaign if it is still at `revision`. */
  async updateCampaign(
    id: string,
    revision: number,
    input: CampaignInput,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    now: Date,
  ): Promise<CampaignWriteOutcome> {
    this.validate(input);
    await this.authorizeManage(credentials);
    this.refuseConfigCampaign(id);
    return this.outcome(
      id,
      await this.options.campaignStore.updateCampaign(id, revision, input, {
        actor: credentials.principal.userEntityRef,
        now,
      }),
    );
  }

  /** Deletes a stored campaign if it is still at `revision`. */
  async deleteCampaign(
    id: string,
    revision: number,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    now: Date,
  ): Promise<CampaignWriteOutcome> {
    await this.authorizeManage(credentials);
    this.refuseConfigCampaign(id);
    return this.outcome(
      id,
      await this.options.campaignStore.deleteCampaign(id, revision, {
        actor: credentials.principal.userEntityRef,
        now,
      }),
    );
  }

  private configCampaign(id: string): Campaign | undefined {
    return this.options.configCampaigns.find(campaign => campaign.id === id);
  }

  private validate(input: CampaignInput) {
    const problems = validateCampaignInput(this.options.model, input);
    if (problems.length) {
      throw new InvalidFieldsError(problems);
    }
  }

  private async authorizeManage(credentials: BackstageCredentials) {
    const [decision] = await this.options.permissions.authorize(
      [{ permission: sreMaturityCampaignManagePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('You are not allowed to manage campaigns');
    }
  }

  private refuseConfigCampaign(id: string) {
    if (this.configCampaign(id)) {
      throw new NotAllowedError(
        `Campaign '${id}' is defined in configuration (sreMaturity.campaigns) and cannot be changed in the portal`,
      );
    }
  }

  private outcome(id: string, change: CampaignChange): CampaignWriteOutcome {
    if (change.type === 'missing') {
      throw new NotFoundError(`No campaign '${id}'`);
    }
    return change;
  }

  /** The campaign's filter as the store reads it: full refs, sub-groups expanded. */
  private async coverage(
    campaign: Campaign,
    visibility: EntityVisibility,
  ): Promise<CampaignCoverage> {
    const { includeSubgroups, ...filter } = campaign.filter;
    let owners = filter.owners?.map(owner => fullRef(owner, 'group'));
    if (owners?.length && includeSubgroups) {
      owners = (await this.options.groups.getGroupTree()).withSubgroups(owners);
    }
    return {
      filter: {
        ...filter,
        owners,
        systems: filter.systems?.map(system => fullRef(system, 'system')),
      },
      visibility,
      withCriteria: this.namedCriteria(campaign).length > 0,
    };
  }

  private async coveredEntities(
    campaign: Campaign,
    visibility: EntityVisibility,
  ): Promise<CoveredEntity[]> {
    return this.options.coverageStore.coveredEntities(
      await this.coverage(campaign, visibility),
    );
  }

  /** The named criteria the model still has: a changed model may drop some. */
  private namedCriteria(campaign: Campaign): string[] {
    return (campaign.target.criteria ?? []).filter(id =>
      findCriterion(this.options.model, id),
    );
  }

  /**
   * Where entities stand on `day`: each a covered entity, or `entities` of
   * them at the same levels.
   */
  private standingOf(
    campaign: Campaign,
    day: string,
    standings: ReadonlyArray<CampaignStandingInput & { entities?: number }>,
  ): CampaignStanding {
    const areaTargets = campaignAreaTargets(
      this.options.model,
      campaign.target,
    );
    const criteria = this.namedCriteria(campaign);
    let covered = 0;
    let atTarget = 0;
    for (const standing of standings) {
      const entities = standing.entities ?? 1;
      covered += entities;
      if (reachesCampaignTarget(areaTargets, criteria, standing)) {
        atTarget += entities;
      }
    }
    return campaignStanding(campaign, day, { covered, atTarget });
  }

  /**
   * Per day from the start to `today` or the deadline: the daily snapshots
   * of the entities covered now; today is the live standing. Snapshots keep
   * levels, not single criteria: on past days a named criterion counts as
   * not yet met.
   */
  private async burnUp(
    campaign: Campaign,
    today: string,
    visibility: EntityVisibility,
    todays: CampaignStanding,
  ): Promise<BurnUpPoint[]> {
    const last = campaign.deadline < today ? campaign.deadline : today;
    if (last < campaign.startsOn) {
      return [];
    }
    const yesterday = addDays(today, -1);
    const points = await this.finishedDays(
      campaign,
      { from: campaign.startsOn, to: last < yesterday ? last : yesterday },
      visibility,
    );
    if (last === today) {
      const { covered, atTarget, required } = todays;
      points.push({ day: today, covered, atTarget, required });
    }
    return points;
  }

  /**
   * The burn-up's points of days that are over. They read the snapshot of
   * every covered entity of every day, so they are kept in the cache for a
   * day, per campaign, coverage and caller's visibility.
   */
  private async finishedDays(
    campaign: Campaign,
    range: DayRange,
    visibility: EntityVisibility,
  ): Promise<BurnUpPoint[]> {
    if (range.to < range.from) {
      return [];
    }
    const coverage = await this.coverage(campaign, visibility);
    const { type, viewerId } = { viewerId: undefined, ...visibility };
    const key = `campaign-burn-up:${createHash('sha256')
      .update(
        JSON.stringify([
          campaign.id,
          coverage.filter,
          campaign.target,
          campaign.startsOn,
          campaign.deadline,
          range,
          type,
          viewerId,
        ]),
      )
      .digest('hex')}`;
    const cached = (await this.options.cache.get(key)) as
      | BurnUpPoint[]
      | undefined;
    if (cached) {
      return [...cached];
    }
    const points: BurnUpPoint[] = [];
    await this.options.coverageStore.forEachCoveredDay(
      coverage,
      range,
      (day, levels) => {
        const { covered, atTarget, required } = this.standingOf(
          campaign,
          day,
          levels,
        );
        points.push({ day, covered, atTarget, required });
      },
    );
    await this.options.cache.set(key, points, { ttl: FINISHED_DAYS_TTL_MS });
    return [...points];
  }
}
