export { GroupsTable } from './GroupsTable';
