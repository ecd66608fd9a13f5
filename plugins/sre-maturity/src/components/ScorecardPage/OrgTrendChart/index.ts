export { OrgTrendChart } from './OrgTrendChart';
