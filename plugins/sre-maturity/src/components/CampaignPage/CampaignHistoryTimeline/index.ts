export * from './CampaignHistoryTimeline';
