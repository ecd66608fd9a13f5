import {
  Content,
  ContentHeader,
  Header,
  Link,
  Page,
  Progress,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sreMaturityApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { LoadError } from '../shared/LoadError';
import { ModelExplained } from './ModelExplained';

/**
 * The model explained: its areas, phases and criteria, what in the catalog
 * counts as evidence for which, and how phase, score, target and gap are
 * computed, with a worked example.
 */
export function ModelPage() {
  const api = useApi(sreMaturityApiRef);
  const scorecardLink = useRouteRef(rootRouteRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getModel(),
    [api],
  );

  const renderContent = () => {
    if (loading) {
      return <Progress />;
    }
    if (error || !value) {
      return (
        <LoadError
          title="Could not load the SRE maturity model"
          error={error ?? new Error('No model')}
          onRetry={retry}
        />
      );
    }
    return (
      <ModelExplained
        model={value.model}
        staleAfterDays={value.staleAfterDays}
      />
    );
  };

  return (
    <Page themeId="tool">
      <Header
        title="SRE Maturity"
        subtitle="What the model asks, what counts as evidence and how it is scored"
      />
      <Content>
        <ContentHeader title="How the model works">
          <Link to={scorecardLink()}>Back to the scorecard</Link>
        </ContentHeader>
        {renderContent()}
      </Content>
    </Page>
  );
}
