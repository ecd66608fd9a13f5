import {
  Chip,
  LinearProgress,
  makeStyles,
  Typography,
} from '@material-ui/core';
import { CampaignStanding } from '../../api';
import { describeStanding } from './campaignText';

const useStyles = makeStyles(theme => ({
  root: { display: 'grid', gap: theme.spacing(0.5), minWidth: 160 },
  line: { display: 'flex', alignItems: 'center', gap: theme.spacing(1) },
}));

/**
 * How many covered entities are at target, as a bar, and whether that is
 * behind the straight line to the deadline.
 */
export function CampaignStandingBar(props: {
  standing: CampaignStanding;
  /** Labels the bar, e.g. the campaign or team it is for. */
  label: string;
}) {
  const { standing, label } = props;
  const classes = useStyles();
  const text = describeStanding(standing);
  return (
    <div className={classes.root}>
      <div className={classes.line}>
        <Typography variant="body2">{text}</Typography>
        {standing.behind ? (
          <Chip
            size="small"
            color="secondary"
            label="Behind the line to the deadline"
          />
        ) : (
          <Chip size="small" label="On track" />
        )}
      </div>
      <LinearProgress
        variant="determinate"
        value={
          standing.covered ? (100 * standing.atTarget) / standing.covered : 0
        }
        aria-label={`${label}: ${text}`}
      />
    </div>
  );
}
