export * from './CampaignAbout';
