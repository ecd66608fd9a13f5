export { EntityGroupSreMaturityContent } from './EntityGroupSreMaturityContent';
