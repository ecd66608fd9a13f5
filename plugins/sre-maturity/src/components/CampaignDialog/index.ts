export { CampaignDialog } from './CampaignDialog';
