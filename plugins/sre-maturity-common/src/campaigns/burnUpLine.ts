import { CampaignStanding } from '../schema/types';

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/**
 * The share of covered entities a campaign wants at target by the end of
 * `day` (YYYY-MM-DD): a straight line from none before its start to all on
 * its deadline, then all.
 *
 * @public
 */
export function requiredShare(
  campaign: { startsOn: string; deadline: string },
  day: string,
): number {
  const start = dayNumber(campaign.startsOn);
  const end = dayNumber(campaign.deadline);
  const today = dayNumber(day);
  if (today < start) {
    return 0;
  }
  if (today >= end) {
    return 1;
  }
  // The first day counts as one day of work done by its end.
  return (today - start + 1) / (end - start + 1);
}

/**
 * How `covered` entities of which `atTarget` reach the target stand against
 * the line on `day`.
 *
 * @public
 */
export function campaignStanding(
  campaign: { startsOn: string; deadline: string },
  day: string,
  counts: { covered: number; atTarget: number },
): CampaignStanding {
  // Rounded, so that float noise does not put a team on the line behind.
  const required =
    Math.round(counts.covered * requiredShare(campaign, day) * 1e6) / 1e6;
  return {
    covered: counts.covered,
    atTarget: counts.atTarget,
    required,
    behind: counts.atTarget < required,
  };
}
