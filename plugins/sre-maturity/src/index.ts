/**
 * The SRE Maturity frontend plugin: an entity tab, an entity card and an
 * org-wide scorecard page. The new frontend system's plugin is the default
 * export of `/alpha`.
 *
 * @packageDocumentation
 */
export {
  sreMaturityPlugin,
  SreMaturityPage,
  EntitySreMaturityContent,
  EntitySreMaturityCard,
  EntitySystemSreMaturityCard,
  EntityGroupSreMaturityContent,
  EntityGroupSreMaturityCard,
} from './plugin';
export type { EntitySreMaturityCardProps } from './components/EntitySreMaturityCard';
export { isSreMaturityAvailable } from './isSreMaturityAvailable';
export * from './api';
