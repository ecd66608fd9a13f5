export * from './CampaignHistoryCard';
