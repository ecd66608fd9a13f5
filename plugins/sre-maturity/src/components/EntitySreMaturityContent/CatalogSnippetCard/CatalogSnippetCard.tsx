import { CodeSnippet, InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MaturityTargets } from '@sre-maturity/backstage-plugin-common';
import { AreaView } from '../areaViews/buildAreaViews';
import { buildCatalogSnippet } from '../areaViews/catalogSnippet';

// Long lines scroll inside the snippet: wrapped, YAML loses its indentation
// and looks invalid; unwrapped without a scroll, it widens the page.
const SNIPPET_STYLE = { overflowX: 'auto', maxWidth: '100%' } as const;

const useStyles = makeStyles({
  // A long entity name breaks anywhere rather than widen the card.
  name: { overflowWrap: 'anywhere' },
});

/**
 * The `catalog-info.yaml` lines that would supply this entity's missing
 * evidence and target, with placeholders to fill in, ready to copy.
 */
export function CatalogSnippetCard(props: {
  views: AreaView[];
  targets: MaturityTargets;
  entityName: string;
}) {
  const { views, targets, entityName } = props;
  const classes = useStyles();
  const snippet = buildCatalogSnippet(views, targets);
  return (
    <InfoCard title="Improve it from the catalog">
      {snippet ? (
        <>
          <Typography variant="body2" paragraph>
            Add these to the <code>catalog-info.yaml</code> of{' '}
            <strong className={classes.name}>{entityName}</strong>, replacing
            each <code>&lt;placeholder&gt;</code> with the real link or value,
            and the criteria named in the comments count as met from the
            catalog, no clicks needed.
          </Typography>
          <CodeSnippet
            language="yaml"
            text={snippet}
            showCopyCodeButton
            customStyle={SNIPPET_STYLE}
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
