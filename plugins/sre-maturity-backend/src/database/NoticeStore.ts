/** An entity on the scorecard that notices are about, with its owner. */
export interface NoticeEntity {
  entityRef: string;
  title?: string;
  owner: string;
}

/** A stale entity: its oldest answer is older than the stale limit. */
export interface StaleEntity extends NoticeEntity {
  oldestAnswerAt: string;
}

/** A not-applicable answer that expires soon, or has expired. */
export interface ExpiringAnswer extends NoticeEntity {
  criterionId: string;
  /** YYYY-MM-DD */
  expiresAt: string;
}

/** An entity whose overall phase is below its last daily snapshot's. */
export interface PhaseDrop extends NoticeEntity {
  fromRank: number;
  toRank: number;
  /** The day of the snapshot it dropped from. */
  since: string;
}

/**
 * What the notifications read, and which notices went out. Only entities on
 * the scorecard (in the catalog, not exempt) that have an owner count.
 */
export interface NoticeStore {
  staleEntities(staleBefore: Date): Promise<StaleEntity[]>;

  /** Not-applicable answers whose expiry is on or before `until` (YYYY-MM-DD). */
  expiringNotApplicable(until: string): Promise<ExpiringAnswer[]>;

  /** Entities now below the last daily snapshot taken before `today`. */
  phaseDrops(today: string): Promise<PhaseDrop[]>;

  /**
   * Claims a notice, named by a key of its kind, subject and period, for
   * sending: a claim token when this caller may send it; undefined when it
   * went out already or another runner has held it for less than
   * `claimTimeoutMs`.
   */
  claim(
    key: string,
    kind: string,
    now: Date,
    claimTimeoutMs: number,
  ): Promise<string | undefined>;

  /** The claimed notice went out. */
  markSent(key: string, token: string, now: Date): Promise<void>;

  /** The claimed notice could not be sent: a later run tries again. */
  release(key: string, token: string): Promise<void>;
}
