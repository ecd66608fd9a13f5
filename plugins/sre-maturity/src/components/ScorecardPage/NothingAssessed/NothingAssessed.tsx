import { EmptyState } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { SRE_MATURITY_ANNOTATIONS } from '@sre-maturity/backstage-plugin-common';

/** Shown before the scorecard holds any entity: how to get started. */
export function NothingAssessed() {
  return (
    <EmptyState
      missing="data"
      title="No entities assessed yet"
      description={
        <>
          To start, open a service in the catalog and record its self-assessment
          on its <strong>SRE Maturity</strong> tab, or add evidence annotations
          such as <code>pagerduty.com/service-id</code> or{' '}
          <code>{SRE_MATURITY_ANNOTATIONS.targetPhase}</code> to its{' '}
          <code>catalog-info.yaml</code>.
        </>
      }
      action={
        <Typography variant="body2" color="textSecondary">
          The scorecard reads the catalog periodically: new entities and
          annotations show up here after the next catalog sync.
        </Typography>
      }
    />
  );
}
