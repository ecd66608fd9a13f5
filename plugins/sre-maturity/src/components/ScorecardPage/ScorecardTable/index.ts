export { ScorecardTable } from './ScorecardTable';
