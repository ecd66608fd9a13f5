import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useAssessmentData } from '../../hooks/useAssessmentData';
import { useCanUpdateAssessment } from '../../hooks/useCanUpdateAssessment';
import { LoadError } from '../shared/LoadError';
import { AssessmentView } from './AssessmentView/AssessmentView';
import { TabSkeleton } from './TabSkeleton/TabSkeleton';

/**
 * The SRE Maturity tab of an entity page: where the entity stands in each
 * area, the campaigns it is in, recording answers, next steps, catalog
 * hints, trend and history.
 */
export function EntitySreMaturityContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error, retry } = useAssessmentData(entityRef);
  const permission = useCanUpdateAssessment(entityRef);

  if (loading) {
    return <TabSkeleton />;
  }
  if (error || !value) {
    return (
      <LoadError
        title="Could not load the SRE maturity assessment"
        error={error ?? new Error('No assessment')}
        onRetry={retry}
      />
    );
  }
  return (
    <AssessmentView
      // A fresh editor per entity, so drafts never leak between entities.
      key={entityRef}
      model={value.model}
      staleAfterDays={value.staleAfterDays}
      initial={value.assessment}
      canEdit={permission.allowed}
      permissionLoading={permission.loading}
    />
  );
}
