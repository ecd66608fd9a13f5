import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationSeverity } from '@backstage/plugin-notifications-common';

/**
 * The kinds of notice, each switched off with
 * `sreMaturity.notifications.<kind>: false`.
 */
export const NOTICE_KINDS = [
  'campaignStarted',
  'campaignBehind',
  'campaignDeadline',
  'answersStale',
  'notApplicableExpiry',
  'phaseDropped',
] as const;

export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** One notice to send to the owners it names. */
export interface Notice {
  kind: NoticeKind;
  /**
   * Names the notice's kind, subject and period: a notice with a key that
   * went out once is not sent again.
   */
  key: string;
  /** Entity refs of the recipients: owners, whose members receive it. */
  recipients: string[];
  title: string;
  description: string;
  /** A path in the portal. */
  link: string;
  severity: NotificationSeverity;
  /** A later notice with the same scope updates the earlier one. */
  scope: string;
}

/** The path of an entity's SRE Maturity tab. */
export function entityTabLink(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}/sre-maturity`;
}

/** The path of a campaign's page, under the scorecard page. */
export function campaignLink(campaignId: string): string {
  return `/sre-maturity/campaigns/${encodeURIComponent(campaignId)}`;
}

/** The path of the campaigns' list. */
export const CAMPAIGNS_LINK = '/sre-maturity/campaigns';

/** An entity's title, else its name. */
export function entityName(entity: { entityRef: string; title?: string }) {
  return entity.title ?? parseEntityRef(entity.entityRef).name;
}
