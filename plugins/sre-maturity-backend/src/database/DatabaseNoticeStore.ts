import { createHash, randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { readTimestamp } from './conversions';
import {
  ExpiringAnswer,
  NoticeEntity,
  NoticeStore,
  PhaseDrop,
  StaleEntity,
} from './NoticeStore';
import { staleRule, whereOnScorecard, whereRule } from './scorecardRules';
import { ANSWERS, ENTITIES, NOTICES, SNAPSHOTS } from './tables';

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

interface EntityFields {
  entity_ref: string;
  title: string | null;
  owner: string;
}

function toNoticeEntity(row: EntityFields): NoticeEntity {
  return {
    entityRef: row.entity_ref,
    ...(row.title && { title: row.title }),
    owner: row.owner,
  };
}

/** Keeps the sent notices in, and reads what notices are about from, the plugin's database. */
export class DatabaseNoticeStore implements NoticeStore {
  constructor(private readonly db: Knex) {}

  /** The owned entities on the scorecard, as `e`. */
  private ownedEntities(): Knex.QueryBuilder {
    return whereOnScorecard(this.db({ e: ENTITIES })).whereNotNull('e.owner');
  }

  async staleEntities(staleBefore: Date): Promise<StaleEntity[]> {
    const rows = (await whereRule(
      this.ownedEntities(),
      staleRule(staleBefore),
      true,
    )
      .select('e.entity_ref', 'e.title', 'e.owner', 'e.oldest_answer_at')
      .orderBy('e.entity_ref')) as Array<
      EntityFields & { oldest_answer_at: Date | string }
    >;
    return rows.map(row => ({
      ...toNoticeEntity(row),
      oldestAnswerAt: readTimestamp(row.oldest_answer_at)!,
    }));
  }

  async expiringNotApplicable(until: string): Promise<ExpiringAnswer[]> {
    const rows = (await this.ownedEntities()
      .join({ a: ANSWERS }, 'a.entity_ref', 'e.entity_ref')
      .where('a.status', 'not-applicable')
      .whereNotNull('a.expires_at')
      .where('a.expires_at', '<=', until)
      .select(
        'e.entity_ref',
        'e.title',
        'e.owner',
        'a.criterion_id',
        'a.expires_at',
      )
      .orderBy(['e.entity_ref', 'a.criterion_id'])) as Array<
      EntityFields & { criterion_id: string; expires_at: string | Date }
    >;
    return rows.map(row => ({
      ...toNoticeEntity(row),
      criterionId: row.criterion_id,
      expiresAt: String(row.expires_at).slice(0, 10),
    }));
  }

  async phaseDrops(today: string): Promise<PhaseDrop[]> {
    // Each entity's last daily snapshot before today.
    const last = this.db(SNAPSHOTS)
      .select('entity_ref')
      .max({ day: 'daily_day' })
      .whereNotNull('daily_day')
      .where('daily_day', '<', today)
      .groupBy('entity_ref')
      .as('l');
    const rows = (await this.ownedEntities()
      .join(last, 'l.entity_ref', 'e.entity_ref')
      .join({ s: SNAPSHOTS }, join =>
        join.on('s.entity_ref', 'e.entity_ref').andOn('s.daily_day', 'l.day'),
      )
      .whereRaw('e.overall_rank < s.overall_rank')
      .select(
        'e.entity_ref',
        'e.title',
        'e.owner',
        { from_rank: 's.overall_rank' },
        { to_rank: 'e.overall_rank' },
        { since: 's.daily_day' },
      )
      .orderBy('e.entity_ref')) as Array<
      EntityFields & { from_rank: number; to_rank: number; since: string }
    >;
    return rows.map(row => ({
      ...toNoticeEntity(row),
      fromRank: Number(row.from_rank),
      toRank: Number(row.to_rank),
      since: String(row.since).slice(0, 10),
    }));
  }

  async claim(
    key: string,
    kind: string,
    now: Date,
    claimTimeoutMs: number,
  ): Promise<string | undefined> {
    const noticeKey = hashKey(key);
    const token = randomUUID();
    await this.db(NOTICES)
      .insert({
        notice_key: noticeKey,
        kind,
        status: 'sending',
        claim_token: token,
        claimed_at: now,
      })
      .onConflict('notice_key')
      .ignore();
    // A runner that died while sending leaves its claim: take it over.
    await this.db(NOTICES)
      .where({ notice_key: noticeKey, status: 'sending' })
      .where('claimed_at', '<', new Date(now.getTime() - claimTimeoutMs))
      .update({ claim_token: token, claimed_at: now });
    const row = await this.db(NOTICES)
      .where('notice_key', noticeKey)
      .first('status', 'claim_token');
    return row?.status === 'sending' && row.claim_token === token
      ? token
      : undefined;
  }

  async markSent(key: string, token: string, now: Date): Promise<void> {
    await this.db(NOTICES)
      .where({ notice_key: hashKey(key), claim_token: token })
      .update({ status: 'sent', sent_at: now });
  }

  async release(key: string, token: string): Promise<void> {
    await this.db(NOTICES)
      .where({
        notice_key: hashKey(key),
        claim_token: token,
        status: 'sending',
      })
      .delete();
  }
}
