import {
  convertLegacyRouteRef,
  convertLegacyRouteRefs,
} from '@backstage/core-compat-api';
import { configApiRef } from '@backstage/core-plugin-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { sreMaturityApiFactory } from './api/sreMaturityApiFactory';
import { isKind } from './isKind';
import { isSreMaturityAvailable } from './isSreMaturityAvailable';
import { readExcludeKinds } from './readExcludeKinds';
import {
  campaignRouteRef,
  campaignsRouteRef,
  ENTITY_TAB_PATH,
  modelRouteRef,
  rootRouteRef,
} from './routes';

const isGroup = isKind('group');

const sreMaturityApi = ApiBlueprint.make({
  params: defineParams => defineParams(sreMaturityApiFactory),
});

const sreMaturityPage = PageBlueprint.make({
  params: {
    path: '/sre-maturity',
    title: 'SRE Maturity',
    icon: <AssessmentIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () => import('./components/Router').then(m => <m.Router />),
  },
});

const sreMaturityEntityContent = EntityContentBlueprint.makeWithOverrides({
  factory(originalFactory, { apis }) {
    const excludeKinds = readExcludeKinds(apis.get(configApiRef));
    return originalFactory({
      path: ENTITY_TAB_PATH,
      title: 'SRE Maturity',
      // A Group's tab at this path is its roll-up.
      filter: entity =>
        !isGroup(entity) && isSreMaturityAvailable(entity, { excludeKinds }),
      loader: () =>
        import('./components/EntitySreMaturityContent').then(m => (
          <m.EntitySreMaturityContent />
        )),
    });
  },
});

const sreMaturityEntityCard = EntityCardBlueprint.makeWithOverrides({
  factory(originalFactory, { apis }) {
    const excludeKinds = readExcludeKinds(apis.get(configApiRef));
    return originalFactory({
      filter: entity => isSreMaturityAvailable(entity, { excludeKinds }),
      loader: () =>
        import('./components/EntitySreMaturityCard').then(m => (
          <m.EntitySreMaturityCard />
        )),
    });
  },
});

const sreMaturityGroupContent = EntityContentBlueprint.make({
  name: 'group',
  params: {
    path: ENTITY_TAB_PATH,
    title: 'SRE Maturity',
    filter: isGroup,
    loader: () =>
      import('./components/EntityGroupSreMaturityContent').then(m => (
        <m.EntityGroupSreMaturityContent />
      )),
  },
});

const sreMaturityGroupCard = EntityCardBlueprint.make({
  name: 'group',
  params: {
    filter: isGroup,
    loader: () =>
      import('./components/EntityGroupSreMaturityCard').then(m => (
        <m.EntityGroupSreMaturityCard />
      )),
  },
});

const sreMaturitySystemCard = EntityCardBlueprint.make({
  name: 'system',
  params: {
    filter: isKind('system'),
    loader: () =>
      import('./components/EntitySystemSreMaturityCard').then(m => (
        <m.EntitySystemSreMaturityCard />
      )),
  },
});

/**
 * The SRE Maturity plugin for the new frontend system: the API, the
 * scorecard page with its nav item (and the model page under it), the entity
 * tab and the entity card, the roll-up tab and card of a Group (its
 * sub-groups included) and the roll-up card of a System.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'sre-maturity',
  title: 'SRE Maturity',
  icon: <AssessmentIcon />,
  extensions: [
    sreMaturityApi,
    sreMaturityPage,
    sreMaturityEntityContent,
    sreMaturityEntityCard,
    sreMaturityGroupContent,
    sreMaturityGroupCard,
    sreMaturitySystemCard,
  ],
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    model: modelRouteRef,
    campaigns: campaignsRouteRef,
    campaign: campaignRouteRef,
  }),
});
