import { Link } from '@backstage/core-components';
import { ReactNode } from 'react';
import { modelRouteRef } from '../../routes';
import { useOptionalRoutePath } from '../shared/useOptionalRoutePath';
import { ENTITY_PARAM } from './WhyNotStartedSection/WhyNotStartedSection';

/**
 * A link to the model page, where there is one: "How the model works", or
 * with an `entityRef` to the page explaining that entity.
 */
export function ModelPageLink(props: {
  entityRef?: string;
  children?: ReactNode;
}) {
  const { entityRef, children = 'How the model works' } = props;
  const path = useOptionalRoutePath(modelRouteRef);
  if (!path) {
    return null;
  }
  const to = entityRef
    ? `${path}?${new URLSearchParams({ [ENTITY_PARAM]: entityRef })}`
    : path;
  return <Link to={to}>{children}</Link>;
}
