export { EntityGroupSreMaturityCard } from './EntityGroupSreMaturityCard';
