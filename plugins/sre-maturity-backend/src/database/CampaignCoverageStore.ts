import { CampaignFilter } from '@sre-maturity/backstage-plugin-common';
import { DayRange, EntityVisibility } from './types';

/**
 * The entities a campaign covers: its filter, with the owners already
 * taking in their sub-groups when it asks for that, among those the caller
 * may see.
 */
export interface CampaignCoverage {
  filter: Omit<CampaignFilter, 'includeSubgroups'>;
  visibility: EntityVisibility;
  /**
   * Whether to read the criteria each entity satisfies: only for targets
   * naming criteria, as the lists are long.
   */
  withCriteria: boolean;
}

/** A covered entity as the scorecard last computed it. */
export interface CoveredEntity {
  entityRef: string;
  owner?: string;
  /** Level rank per area id. */
  areaRanks: Record<string, number>;
  /**
   * The criteria met or not applicable; unknown until the sync records
   * them, and when not asked for.
   */
  satisfied?: ReadonlySet<string>;
}

/** How many covered entities stood at the same levels on one day. */
export interface CoveredLevels {
  /** Level rank per area id. */
  areaRanks: Record<string, number>;
  entities: number;
}

/** What campaigns read of the scorecard's entities and daily snapshots. */
export interface CampaignCoverageStore {
  /** The covered entities on the scorecard. */
  coveredEntities(coverage: CampaignCoverage): Promise<CoveredEntity[]>;

  /**
   * The daily snapshots in `range` of the entities covered now, counted by
   * day and levels; `onDay` is called once per day that has any, in order.
   */
  forEachCoveredDay(
    coverage: CampaignCoverage,
    range: DayRange,
    onDay: (day: string, levels: CoveredLevels[]) => void,
  ): Promise<void>;
}
