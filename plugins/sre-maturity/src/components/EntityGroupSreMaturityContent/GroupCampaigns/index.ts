export { GroupCampaigns } from './GroupCampaigns';
