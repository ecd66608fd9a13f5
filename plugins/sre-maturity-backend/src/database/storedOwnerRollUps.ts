import {
  emptyLevelCounts,
  GroupRow,
  LevelCounts,
} from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { insertBatches, listBatches } from './batches';
import { readAverage, readJson, readNumber } from './conversions';
import {
  OWNER_CHANGES,
  OWNER_ROLL_UPS,
  OwnerChangesRow,
  OwnerRollUpRow,
} from './tables';
import { ScorecardSelection } from './types';

/**
 * What is kept of one owner's roll-up: the group row but its staleness,
 * which depends on the instant asked about, for which the oldest answer of
 * each answered entity is kept instead.
 */
export interface StoredRollUp {
  entities: number;
  scoreSum: number;
  overall: LevelCounts;
  areas: Record<string, LevelCounts>;
  belowTarget: number;
  /** Epoch milliseconds, ascending. */
  oldestAnswers: number[];
}

/** Counts the roll-ups of the owners as the entities stand now. */
export type RollUpCounter = (
  owners: readonly string[],
) => Promise<Map<string, StoredRollUp>>;

/** Owners counted per query when refreshing. */
const OWNERS_PER_REFRESH = 500;

/**
 * Whether stored roll-ups answer the selection: an owner filter alone over
 * every entity on the scorecard to which something applies, as a Group
 * page asks for. Other filters and partial visibility are counted live.
 */
export function isOwnerSelection(selection: ScorecardSelection): boolean {
  const { owner, applicability, ...others } = selection.filter;
  return (
    selection.visibility.type === 'all' &&
    (applicability ?? 'applicable') === 'applicable' &&
    Object.values(others).every(
      value =>
        value === undefined ||
        value === '' ||
        (Array.isArray(value) && !value.length),
    )
  );
}

/** The roll-up of an owner of no selected entity. */
export function emptyRollUp(): StoredRollUp {
  return {
    entities: 0,
    scoreSum: 0,
    overall: emptyLevelCounts(),
    areas: {},
    belowTarget: 0,
    oldestAnswers: [],
  };
}

/** How many of the ascending instants are before `instant`. */
function countBefore(ascending: readonly number[], instant: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ascending[middle] < instant) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

function toGroupRow(
  owner: string,
  rollUp: StoredRollUp,
  staleBefore: Date,
): GroupRow {
  return {
    key: owner,
    entities: rollUp.entities,
    averageScore: readAverage(rollUp.scoreSum / rollUp.entities),
    overall: rollUp.overall,
    areas: rollUp.areas,
    stale: countBefore(rollUp.oldestAnswers, staleBefore.getTime()),
    belowTarget: rollUp.belowTarget,
  };
}

/**
 * Owner roll-ups kept in the database between requests. A roll-up is kept
 * with the count of changes of its owner it was counted at; writes of
 * entities add to their owners' counts (`countOwnerChanges`), so a roll-up
 * behind its owner's count is counted again, and stored, when read. Of two
 * readers counting at once the later write may be the older count, but it
 * carries its older change count, so the next read counts again.
 */
export class StoredOwnerRollUps {
  private refreshing = false;
  private refreshAgain = false;

  constructor(
    private readonly db: Knex,
    private readonly count: RollUpCounter,
  ) {}

  /**
   * Refreshes in the background, after a write, so that the next read
   * finds its owners counted; writes meanwhile make one more refresh after
   * the running one. A failed refresh is left: reads count what is
   * outdated themselves.
   */
  refreshSoon(): void {
    this.refreshAgain = true;
    if (this.refreshing) {
      return;
    }
    this.refreshing = true;
    (async () => {
      while (this.refreshAgain) {
        this.refreshAgain = false;
        await this.refresh().catch(() => undefined);
      }
      this.refreshing = false;
    })();
  }

  /**
   * Counts again, and stores, the roll-ups of the owners changed since they
   * were counted, a few hundred owners at a time; returns how many.
   */
  async refresh(): Promise<number> {
    const outdated: string[] = await this.db({ c: OWNER_CHANGES })
      .leftJoin({ r: OWNER_ROLL_UPS }, 'r.owner', 'c.owner')
      .where(q =>
        q
          .whereNull('r.owner')
          .orWhereRaw('?? < ??', ['r.counted_changes', 'c.changes']),
      )
      .pluck('c.owner');
    for (let i = 0; i < outdated.length; i += OWNERS_PER_REFRESH) {
      await this.read(outdated.slice(i, i + OWNERS_PER_REFRESH), new Date());
    }
    return outdated.length;
  }

  /** The roll-ups of the owners that own selected entities, in no order. */
  async read(
    owners: readonly string[],
    staleBefore: Date,
  ): Promise<GroupRow[]> {
    const changes = new Map<string, number>();
    const stored = new Map<string, { counted: number; rollUp: string }>();
    for (const batch of listBatches(this.db, owners)) {
      // Changes first: a roll-up counted after reading them sees them.
      const [changeRows, rollUpRows] = await Promise.all([
        this.db<OwnerChangesRow>(OWNER_CHANGES).whereIn('owner', batch),
        this.db<OwnerRollUpRow>(OWNER_ROLL_UPS).whereIn('owner', batch),
      ]);
      for (const row of changeRows) {
        changes.set(row.owner, readNumber(row.changes));
      }
      for (const row of rollUpRows) {
        stored.set(row.owner, {
          counted: readNumber(row.counted_changes),
          rollUp: row.roll_up,
        });
      }
    }

    const rollUps = new Map<string, StoredRollUp>();
    const outdated: string[] = [];
    for (const owner of new Set(owners)) {
      const kept = stored.get(owner);
      if (kept && kept.counted >= (changes.get(owner) ?? 0)) {
        rollUps.set(owner, readJson(kept.rollUp, emptyRollUp()));
      } else {
        outdated.push(owner);
      }
    }
    if (outdated.length) {
      const counted = await this.count(outdated);
      const rows = outdated.map(owner => {
        const rollUp = counted.get(owner) ?? emptyRollUp();
        rollUps.set(owner, rollUp);
        return {
          owner,
          counted_changes: changes.get(owner) ?? 0,
          roll_up: JSON.stringify(rollUp),
        };
      });
      for (const batch of insertBatches(this.db, rows)) {
        await this.db(OWNER_ROLL_UPS)
          .insert(batch)
          .onConflict('owner')
          .merge(['counted_changes', 'roll_up']);
      }
    }
    return [...rollUps]
      .filter(([, rollUp]) => rollUp.entities > 0)
      .map(([owner, rollUp]) => toGroupRow(owner, rollUp, staleBefore));
  }
}
