import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { sreMaturityApiFactory } from './api/sreMaturityApiFactory';
import type { EntitySreMaturityCardProps } from './components/EntitySreMaturityCard';
import {
  campaignRouteRef,
  campaignsRouteRef,
  modelRouteRef,
  rootRouteRef,
} from './routes';

/**
 * The SRE Maturity plugin, for apps on the legacy frontend system.
 *
 * @public
 */
export const sreMaturityPlugin = createPlugin({
  id: 'sre-maturity',
  apis: [sreMaturityApiFactory],
  routes: {
    root: rootRouteRef,
    model: modelRouteRef,
    campaigns: campaignsRouteRef,
    campaign: campaignRouteRef,
  },
});

/**
 * The org-wide scorecard page, and under it (`model`) the page that
 * explains the model.
 *
 * @public
 */
export const SreMaturityPage: () => JSX.Element = sreMaturityPlugin.provide(
  createRoutableExtension({
    name: 'SreMaturityPage',
    component: () => import('./components/Router').then(m => m.Router),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The SRE Maturity tab of an entity page.
 *
 * @public
 */
export const EntitySreMaturityContent: () => JSX.Element =
  sreMaturityPlugin.provide(
    createComponentExtension({
      name: 'EntitySreMaturityContent',
      component: {
        lazy: () =>
          import('./components/EntitySreMaturityContent').then(
            m => m.EntitySreMaturityContent,
          ),
      },
    }),
  );

/**
 * The SRE Maturity card of an entity's overview page.
 *
 * @public
 */
export const EntitySreMaturityCard: (
  props: EntitySreMaturityCardProps,
) => JSX.Element = sreMaturityPlugin.provide(
  createComponentExtension({
    name: 'EntitySreMaturityCard',
    component: {
      lazy: () =>
        import('./components/EntitySreMaturityCard').then(
          m => m.EntitySreMaturityCard,
        ),
    },
  }),
);

/**
 * The SRE Maturity card of a System's overview page: the maturity of the
 * system's entities rolled up, and those with the lowest scores.
 *
 * @public
 */
export const EntitySystemSreMaturityCard: () => JSX.Element =
  sreMaturityPlugin.provide(
    createComponentExtension({
      name: 'EntitySystemSreMaturityCard',
      component: {
        lazy: () =>
          import('./components/EntitySystemSreMaturityCard').then(
            m => m.EntitySystemSreMaturityCard,
          ),
      },
    }),
  );

/**
 * The SRE Maturity tab of a Group's page: the entities of the group and of
 * its sub-groups at any depth rolled up, with a row per direct sub-group and
 * the trend.
 *
 * @public
 */
export const EntityGroupSreMaturityContent: () => JSX.Element =
  sreMaturityPlugin.provide(
    createComponentExtension({
      name: 'EntityGroupSreMaturityContent',
      component: {
        lazy: () =>
          import('./components/EntityGroupSreMaturityContent').then(
            m => m.EntityGroupSreMaturityContent,
          ),
      },
    }),
  );

/**
 * The SRE Maturity card of a Group's overview page: the entities of the
 * group and its sub-groups rolled up, with a link to the group's tab.
 *
 * @public
 */
export const EntityGroupSreMaturityCard: () => JSX.Element =
  sreMaturityPlugin.provide(
    createComponentExtension({
      name: 'EntityGroupSreMaturityCard',
      component: {
        lazy: () =>
          import('./components/EntityGroupSreMaturityCard').then(
            m => m.EntityGroupSreMaturityCard,
          ),
      },
    }),
  );
