export { EntitySreMaturityCard } from './EntitySreMaturityCard';
export type { EntitySreMaturityCardProps } from './EntitySreMaturityCard';
