export { RollupSummary } from './RollupSummary';
