import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ReportProblemOutlinedIcon from '@material-ui/icons/ReportProblemOutlined';
import { UnreadableSource } from '@sre-maturity/backstage-plugin-common';
import { formatProvider, formatTimeAgo } from '../../shared/format';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    gap: theme.spacing(0.5),
    alignItems: 'flex-start',
    color: theme.palette.warning.dark,
    overflowWrap: 'anywhere',
  },
  icon: { fontSize: '1.1rem', marginTop: 1 },
}));

/**
 * A source of evidence for the criterion that could not be read: nothing is
 * known from it, which is not the same as not met.
 */
export function UnreadableNote(props: { source: UnreadableSource }) {
  const { source } = props;
  const classes = useStyles();
  return (
    <Typography variant="body2" component="div" className={classes.root}>
      <ReportProblemOutlinedIcon className={classes.icon} aria-hidden />
      <span>
        Could not read the {formatProvider(source.provider)}{' '}
        <Link to={source.source}>{source.source}</Link>: {source.message} (tried{' '}
        {formatTimeAgo(source.checkedAt)}). Whether it shows this practice is
        not known until it is read.
      </span>
    </Typography>
  );
}
