export { AreaDistributionChart } from './AreaDistributionChart';
