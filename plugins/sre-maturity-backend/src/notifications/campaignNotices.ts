import { Campaign, CampaignTeam } from '@sre-maturity/backstage-plugin-common';
import { CampaignService } from '../campaigns/CampaignService';
import { CAMPAIGNS_LINK, campaignLink, Notice, NoticeKind } from './notices';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days before a deadline when its reminders go out, latest last. */
export const DEADLINE_REMINDER_DAYS = [14, 3] as const;

const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

/** Whole days from `from` to `to` (YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS,
  );
}

/** The ISO week of a day, e.g. `2026-W49`: a digest goes out once per week. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  // The week's Thursday decides its year.
  const thursday = new Date(
    date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS,
  );
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week =
    Math.floor((thursday.getTime() - firstOfYear) / (7 * DAY_MS)) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function standingText(team: CampaignTeam): string {
  const { covered, atTarget, required } = team.standing;
  return `${atTarget} of ${covered} at target, ${Math.ceil(
    required,
  )} needed by today`;
}

/** The reminder due `daysLeft` days before a deadline, if any. */
function reminderDue(daysLeft: number): number | undefined {
  return [...DEADLINE_REMINDER_DAYS]
    .reverse()
    .find(days => daysLeft >= 0 && daysLeft <= days);
}

/**
 * Notices about running campaigns (started, deadline not passed), to the
 * owners of the entities they cover: that the campaign started; 14 and 3
 * days before its deadline, to teams not all at target; and a weekly digest
 * per team of the campaigns in which it is behind the burn-up line.
 */
export async function campaignNotices(options: {
  campaigns: Pick<CampaignService, 'listCampaigns' | 'getProgress'>;
  enabled: ReadonlySet<NoticeKind>;
  now: Date;
}): Promise<Notice[]> {
  const { campaigns, enabled, now } = options;
  const today = dayOf(now);
  const notices: Notice[] = [];
  const behindByOwner = new Map<
    string,
    Array<{ campaign: Campaign; team: CampaignTeam }>
  >();

  const running = (await campaigns.listCampaigns()).filter(
    campaign => campaign.startsOn <= today && today <= campaign.deadline,
  );
  for (const campaign of running) {
    const progress = await campaigns.getProgress(campaign.id, now);
    const daysLeft = daysBetween(today, campaign.deadline);
    const reminder = reminderDue(daysLeft);
    for (const team of progress.byTeam) {
      const owner = team.owner;
      if (!owner) {
        continue;
      }
      if (enabled.has('campaignStarted')) {
        notices.push({
          kind: 'campaignStarted',
          key: `campaignStarted:${campaign.id}:${owner}`,
          recipients: [owner],
          title: `Campaign: ${campaign.title}`,
          description: `${campaign.description || campaign.title} — ${
            team.standing.covered
          } of your entities are covered; deadline ${campaign.deadline}.`,
          link: campaignLink(campaign.id),
          severity: 'normal',
          scope: `sre-maturity:campaign:${campaign.id}`,
        });
      }
      const done = team.standing.atTarget >= team.standing.covered;
      if (enabled.has('campaignDeadline') && reminder !== undefined && !done) {
        notices.push({
          kind: 'campaignDeadline',
          key: `campaignDeadline:${campaign.id}:${owner}:${reminder}`,
          recipients: [owner],
          title: `${campaign.title}: ${daysLeft} day${
            daysLeft === 1 ? '' : 's'
          } to the deadline`,
          description: `The deadline is ${campaign.deadline}: ${team.standing.atTarget} of your ${team.standing.covered} covered entities are at target.`,
          link: campaignLink(campaign.id),
          severity: reminder <= 3 ? 'high' : 'normal',
          scope: `sre-maturity:campaign:${campaign.id}:deadline`,
        });
      }
      if (team.standing.behind) {
        const list = behindByOwner.get(owner) ?? [];
        list.push({ campaign, team });
        behindByOwner.set(owner, list);
      }
    }
  }

  if (enabled.has('campaignBehind')) {
    const week = isoWeek(today);
    for (const [owner, behind] of behindByOwner) {
      notices.push({
        kind: 'campaignBehind',
        key: `campaignBehind:${owner}:${week}`,
        recipients: [owner],
        title:
          behind.length === 1
            ? `Behind in campaign ${behind[0].campaign.title}`
            : `Behind in ${behind.length} campaigns`,
        description: behind
          .map(
            ({ campaign, team }) =>
              `${campaign.title} (deadline ${
                campaign.deadline
              }): ${standingText(team)}.`,
          )
          .join(' '),
        link:
          behind.length === 1
            ? campaignLink(behind[0].campaign.id)
            : CAMPAIGNS_LINK,
        severity: 'normal',
        scope: 'sre-maturity:campaigns-behind',
      });
    }
  }
  return notices;
}
