export { EntitySreMaturityContent } from './EntitySreMaturityContent';
