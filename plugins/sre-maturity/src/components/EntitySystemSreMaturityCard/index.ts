export { EntitySystemSreMaturityCard } from './EntitySystemSreMaturityCard';
