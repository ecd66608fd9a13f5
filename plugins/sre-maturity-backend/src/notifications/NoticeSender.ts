import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { NoticeStore } from '../database/NoticeStore';
import { Notice } from './notices';

/** A claim older than this is taken for a runner that died while sending. */
const CLAIM_TIMEOUT_MS = 30 * 60 * 1000;

export interface SendSummary {
  sent: number;
  /** Sent before, or being sent by another runner. */
  skipped: number;
  failed: number;
}

/**
 * Sends notices through Backstage's notification service, each at most
 * once: a notice is claimed in the store before it is sent and marked sent
 * after; a failed send gives its claim back so that the next run retries it.
 */
export class NoticeSender {
  constructor(
    private readonly options: {
      store: NoticeStore;
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  async send(notices: readonly Notice[], now: Date): Promise<SendSummary> {
    const { store, notifications, logger } = this.options;
    const summary: SendSummary = { sent: 0, skipped: 0, failed: 0 };
    for (const notice of notices) {
      const token = await store.claim(
        notice.key,
        notice.kind,
        now,
        CLAIM_TIMEOUT_MS,
      );
      if (!token) {
        summary.skipped += 1;
        continue;
      }
      try {
        await notifications.send({
          recipients: { type: 'entity', entityRef: notice.recipients },
          payload: {
            title: notice.title,
            description: notice.description,
            link: notice.link,
            severity: notice.severity,
            topic: 'SRE maturity',
            scope: notice.scope,
          },
        });
      } catch (error) {
        await store.release(notice.key, token);
        summary.failed += 1;
        logger.warn(
          `Could not send the ${notice.kind} notice to ${notice.recipients.join(
            ', ',
          )}; the next run tries again: ${(error as Error).message}`,
        );
        continue;
      }
      await store.markSent(notice.key, token, now);
      summary.sent += 1;
    }
    return summary;
  }
}
