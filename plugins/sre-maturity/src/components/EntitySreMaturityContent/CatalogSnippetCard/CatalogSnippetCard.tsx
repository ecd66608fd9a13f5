import { CodeSnippet, InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { AreaView } from '../areaViews/buildAreaViews';
import { buildCatalogSnippet } from '../areaViews/catalogSnippet';

/**
 * The `catalog-info.yaml` annotations that would supply the missing
 * evidence, ready to copy.
 */
export function CatalogSnippetCard(props: { views: AreaView[] }) {
  const snippet = buildCatalogSnippet(props.views);
  return (
    <InfoCard title="Improve it from the catalog">
      {snippet ? (
        <>
          <Typography variant="body2" paragraph>
            Add these to the entity's <code>catalog-info.yaml</code> (with real
            values) and the criteria named in the comments count as met from the
            catalog, no clicks needed.
          </Typography>
          <CodeSnippet
            language="yaml"
            text={snippet}
            showCopyCodeButton
            wrapLongLines
          />
        </>
      ) : (
        <Typography variant="body2">
          Nothing to add: every criterion the catalog can prove is met or
          already has evidence.
        </Typography>
      )}
    </InfoCard>
  );
}
