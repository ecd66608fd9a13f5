import {
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { sreMaturityApiRef } from './SreMaturityApi';
import { SreMaturityClient } from './SreMaturityClient';

/** The API factory both frontend systems install. */
export const sreMaturityApiFactory = createApiFactory({
  api: sreMaturityApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    new SreMaturityClient({ discoveryApi, fetchApi }),
});
