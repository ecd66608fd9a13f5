export { ScorecardPagination } from './ScorecardPagination';
