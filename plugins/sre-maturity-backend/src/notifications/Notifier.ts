import { LoggerService } from '@backstage/backend-plugin-api';
import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import { CampaignService } from '../campaigns/CampaignService';
import { NoticeStore } from '../database/NoticeStore';
import { campaignNotices } from './campaignNotices';
import { entityNotices } from './entityNotices';
import { NoticeSender, SendSummary } from './NoticeSender';
import { NoticeKind } from './notices';

/** Collects the notices that are due and sends those not sent before. */
export class Notifier {
  constructor(
    private readonly options: {
      store: NoticeStore;
      campaigns: Pick<CampaignService, 'listCampaigns' | 'getProgress'>;
      sender: NoticeSender;
      model: MaturityModel;
      staleAfterDays: number;
      enabled: ReadonlySet<NoticeKind>;
      logger: LoggerService;
    },
  ) {}

  async run(now: Date): Promise<SendSummary> {
    const { store, campaigns, sender, model, staleAfterDays, enabled } =
      this.options;
    const notices = [
      ...(await entityNotices({ store, model, staleAfterDays, enabled, now })),
      ...(await campaignNotices({ campaigns, enabled, now })),
    ];
    const summary = await sender.send(notices, now);
    if (summary.sent || summary.failed) {
      this.options.logger.info(
        `Notifications: ${summary.sent} sent, ${summary.failed} failed, ${summary.skipped} sent before`,
      );
    }
    return summary;
  }
}
