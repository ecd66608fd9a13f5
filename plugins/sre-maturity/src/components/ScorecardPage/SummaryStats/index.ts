export { SummaryStats } from './SummaryStats';
