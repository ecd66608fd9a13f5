export { EntityCampaigns } from './EntityCampaigns';
