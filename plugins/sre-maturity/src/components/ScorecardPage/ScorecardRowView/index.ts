export { ScorecardRowView } from './ScorecardRowView';
