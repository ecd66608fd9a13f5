import {
  MaturityModel,
  MATURITY_LEVEL_TITLES,
  levelOfRank,
} from '@sre-maturity/backstage-plugin-common';
import { NoticeStore } from '../database/NoticeStore';
import { entityName, entityTabLink, Notice, NoticeKind } from './notices';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long before its expiry a not-applicable answer is announced. */
export const EXPIRY_NOTICE_DAYS = 14;

const day = (instant: Date) => instant.toISOString().slice(0, 10);

/**
 * Notices about single entities, to their owners: answers turned stale, a
 * not-applicable answer expiring within 14 days or expired, and a drop of
 * the overall phase since the last daily snapshot.
 */
export async function entityNotices(options: {
  store: NoticeStore;
  model: MaturityModel;
  staleAfterDays: number;
  enabled: ReadonlySet<NoticeKind>;
  now: Date;
}): Promise<Notice[]> {
  const { store, model, staleAfterDays, enabled, now } = options;
  const today = day(now);
  const criterionTitle = new Map(
    model.areas.flatMap(area =>
      area.phases.flatMap(phase =>
        phase.criteria.map(criterion => [criterion.id, criterion.title]),
      ),
    ),
  );
  const notices: Notice[] = [];

  if (enabled.has('answersStale')) {
    const stale = await store.staleEntities(
      new Date(now.getTime() - staleAfterDays * DAY_MS),
    );
    for (const entity of stale) {
      notices.push({
        kind: 'answersStale',
        key: `answersStale:${entity.entityRef}:${entity.oldestAnswerAt}`,
        recipients: [entity.owner],
        title: `${entityName(entity)}: answers are due for review`,
        description: `Some SRE maturity answers of ${entityName(
          entity,
        )} are older than ${staleAfterDays} days (the oldest from ${entity.oldestAnswerAt.slice(
          0,
          10,
        )}). Review them to keep the assessment current.`,
        link: entityTabLink(entity.entityRef),
        severity: 'normal',
        scope: `sre-maturity:stale:${entity.entityRef}`,
      });
    }
  }

  if (enabled.has('notApplicableExpiry')) {
    const until = day(new Date(now.getTime() + EXPIRY_NOTICE_DAYS * DAY_MS));
    for (const answer of await store.expiringNotApplicable(until)) {
      const passed = answer.expiresAt < today;
      const criterion =
        criterionTitle.get(answer.criterionId) ?? answer.criterionId;
      notices.push({
        kind: 'notApplicableExpiry',
        key: `notApplicableExpiry:${answer.entityRef}:${answer.criterionId}:${
          answer.expiresAt
        }:${passed ? 'passed' : 'soon'}`,
        recipients: [answer.owner],
        title: passed
          ? `${entityName(answer)}: "${criterion}" no longer exempt`
          : `${entityName(answer)}: "${criterion}" exemption ends ${
              answer.expiresAt
            }`,
        description: passed
          ? `The not-applicable answer to "${criterion}" expired on ${answer.expiresAt}; the criterion counts again. Answer it or renew the exemption with a reason.`
          : `The not-applicable answer to "${criterion}" expires on ${answer.expiresAt}. Renew it with a reason or plan the work.`,
        link: entityTabLink(answer.entityRef),
        severity: passed ? 'high' : 'normal',
        scope: `sre-maturity:not-applicable:${answer.entityRef}:${answer.criterionId}`,
      });
    }
  }

  if (enabled.has('phaseDropped')) {
    for (const drop of await store.phaseDrops(today)) {
      const from = MATURITY_LEVEL_TITLES[levelOfRank(drop.fromRank)];
      const to = MATURITY_LEVEL_TITLES[levelOfRank(drop.toRank)];
      notices.push({
        kind: 'phaseDropped',
        key: `phaseDropped:${drop.entityRef}:${drop.since}:${drop.fromRank}:${drop.toRank}`,
        recipients: [drop.owner],
        title: `${entityName(drop)} dropped from ${from} to ${to}`,
        description: `${entityName(drop)} was at ${from} on ${
          drop.since
        } and is at ${to} now: a criterion it met no longer counts.`,
        link: entityTabLink(drop.entityRef),
        severity: 'high',
        scope: `sre-maturity:phase:${drop.entityRef}`,
      });
    }
  }
  return notices;
}
