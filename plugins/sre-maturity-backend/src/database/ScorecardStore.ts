import {
  ExemptEntity,
  GroupRow,
  LevelCounts,
  OrgTrendPoint,
  ScorecardRow,
  ScorecardTotals,
} from '@sre-maturity/backstage-plugin-common';
import { ScorecardAggregates } from './scorecardAggregates';
import {
  DayRange,
  EntityVisibility,
  ScorecardOrder,
  ScorecardSelection,
} from './types';

/** The scorecard's reads: rows, counts and roll-ups of a selection. */
export interface ScorecardStore {
  /** One page of rows in order. */
  page(
    selection: ScorecardSelection,
    order: ScorecardOrder,
    page: { limit: number; offset: number },
  ): Promise<ScorecardRow[]>;

  /** Every row in order, `pageSize` rows at a time, for the export. */
  iterate(
    selection: ScorecardSelection,
    order: ScorecardOrder,
    pageSize: number,
  ): AsyncGenerator<ScorecardRow[]>;

  /**
   * The facet counts, each with every filter but its own, and the totals of
   * the selection.
   */
  aggregates(selection: ScorecardSelection): Promise<ScorecardAggregates>;

  /** Only the totals of the selection, cheaper than all the facet counts. */
  totals(selection: ScorecardSelection): Promise<ScorecardTotals>;

  /**
   * Roll-ups per owner or system, one page of groups at a time; owner rows
   * carry their Group's title, and `key` sorts by the name shown.
   */
  groups(
    selection: ScorecardSelection,
    options: {
      by: 'owner' | 'system';
      orderBy: 'key' | 'entities' | 'averageScore';
      order: 'asc' | 'desc';
      limit: number;
      offset: number;
    },
  ): Promise<{ items: GroupRow[]; totalItems: number }>;

  /**
   * Roll-ups of every owner the selection's owner filter lists that owns
   * selected entities, in no order: a group's subtree at once.
   */
  ownerRollUps(selection: ScorecardSelection): Promise<GroupRow[]>;

  /**
   * Counts again, and stores, the owner roll-ups that writes made outdated,
   * so that Group pages read them rather than count; returns how many.
   */
  refreshOwnerRollUps(): Promise<number>;

  /** How many of the selected entities are at each level, per area. */
  areas(selection: ScorecardSelection): Promise<Record<string, LevelCounts>>;

  /**
   * The exempt entities the caller may see, one page at a time, by owner
   * (entities without one last), then by ref.
   */
  exempt(
    visibility: EntityVisibility,
    page: { limit: number; offset: number },
  ): Promise<{ items: ExemptEntity[]; totalItems: number }>;

  /** Per day, the daily snapshots of the entities the selection picks now. */
  trend(
    selection: ScorecardSelection,
    range: DayRange,
  ): Promise<OrgTrendPoint[]>;
}

/**
 * Called after each committed write that changes what the scorecard shows,
 * with the scorecard version the write made: caches of scorecard reads
 * forget what they hold. `bySync` for the catalog sync's writes, whose run
 * refreshes the owner roll-ups once at its end.
 */
export type ScorecardWriteListener = (
  version: number,
  bySync?: boolean,
) => void;
