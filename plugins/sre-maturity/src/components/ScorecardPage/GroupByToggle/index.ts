export { GroupByToggle } from './GroupByToggle';
