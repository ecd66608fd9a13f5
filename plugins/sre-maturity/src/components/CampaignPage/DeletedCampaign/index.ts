export * from './DeletedCampaign';
