import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  CATALOG_EVIDENCE_PROVIDER,
  Evidence,
} from '@sre-maturity/backstage-plugin-common';
import { formatProvider } from '../../shared/format';

const useStyles = makeStyles({
  // Long paths and URLs wrap instead of widening the tab.
  root: { overflowWrap: 'anywhere' },
});

/** The built-in repository provider: `key` is the file's path, `value` what it shows. */
const REPOSITORY_PROVIDER = 'repository';

/**
 * One piece of evidence and where it was found: an annotation or link of
 * the catalog (key = value), a file of the repository (what it shows, and
 * its path linked to the file), or another provider's finding.
 */
export function EvidenceItem(props: { item: Evidence; decides: boolean }) {
  const { item, decides } = props;
  const classes = useStyles();
  const where =
    item.provider === CATALOG_EVIDENCE_PROVIDER
      ? 'the catalog'
      : `the ${formatProvider(item.provider)}`;
  const prefix = decides ? `Met from ${where}` : `In ${where}`;
  const linked = (text: string) =>
    item.url ? <Link to={item.url}>{text}</Link> : text;
  return (
    <Typography variant="body2" component="div" className={classes.root}>
      {prefix}:{' '}
      {item.provider === REPOSITORY_PROVIDER ? (
        <>
          {item.value}, {linked(item.key)}
        </>
      ) : (
        <>
          <code>{item.key}</code> = {linked(item.value)}
        </>
      )}
    </Typography>
  );
}
