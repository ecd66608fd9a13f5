export { EntitySreMaturityCard } from './EntitySreMaturityCard';
