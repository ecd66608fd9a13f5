export { SubgroupsTable } from './SubgroupsTable';
