export { SummaryPanel } from './SummaryPanel';
