import { Route, Routes } from 'react-router-dom';
import { modelRouteRef } from '../routes';
import { ModelPage } from './ModelPage';
import { ScorecardPage } from './ScorecardPage';

/** The plugin's pages under its root route: the scorecard and the model. */
export function Router() {
  return (
    <Routes>
      <Route path="/" element={<ScorecardPage />} />
      <Route path={modelRouteRef.path} element={<ModelPage />} />
    </Routes>
  );
}
