import { Route, Routes } from 'react-router-dom';
import { campaignRouteRef, campaignsRouteRef, modelRouteRef } from '../routes';
import { CampaignPage } from './CampaignPage';
import { CampaignsPage } from './CampaignsPage';
import { ModelPage } from './ModelPage';
import { ScorecardPage } from './ScorecardPage';

/** The plugin's pages under its root route: the scorecard, the model and the campaigns. */
export function Router() {
  return (
    <Routes>
      <Route path="/" element={<ScorecardPage />} />
      <Route path={modelRouteRef.path} element={<ModelPage />} />
      <Route path={campaignsRouteRef.path} element={<CampaignsPage />} />
      <Route path={campaignRouteRef.path} element={<CampaignPage />} />
    </Routes>
  );
}
